// The cacheKey routes return from getStaticPaths (see src/integrations/page-cache-key.ts). Set by
// scripts/build.ts; absent under `astro dev` and in other tools, where Astro then renders every page.
import { PAGE_CACHE_KEY_ENV } from '../integrations/page-cache-key.ts';

export function pageCacheKey(): string | undefined {
  return process.env[PAGE_CACHE_KEY_ENV] || undefined;
}
