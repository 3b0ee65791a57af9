// robots.txt: everything may be indexed; points crawlers at the sitemap.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/content.ts';
import { absoluteUrl } from '../lib/site/routes.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.baseUrl, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
