// The data half of Astro 7's incremental builds (astro.config › experimental.incrementalBuild):
// Astro skips a page from getStaticPaths when its module graph is unchanged (Astro hashes that
// itself) and the `cacheKey` the route returned matches the last build's. Loa's key is one
// fingerprint of everything a page can read that is not code: every file of the content folder
// (entries, site.yaml, snapshots), the build's reference date and the image manifest (file sizes
// on download pages and chart links). Any change re-renders every keyed page, as a build without
// the cache would; nothing changed, none is rendered. Coarse on purpose: a page that starts
// reading another collection can never be served stale.
import { createHash } from 'node:crypto';
import { hashTree } from './hash-tree.ts';

export const PAGE_CACHE_KEY_ENV = 'LOA_PAGE_CACHE_KEY';

export function pageDataFingerprint(contentDir: string, referenceDate: string, manifestJson: string): string {
  const hash = createHash('sha256').update(`${referenceDate}\0`).update(manifestJson).update('\0');
  hashTree(hash, contentDir);
  return hash.digest('hex');
}
