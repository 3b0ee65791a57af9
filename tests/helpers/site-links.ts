// Finds what a built page points at (links, images, stylesheets, scripts, meta URLs) and
// whether each internal target exists in the built site: a file, and the #anchor in it.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';

export interface PageRef {
  /** Where the reference is, e.g. "a[href]". */
  via: string;
  value: string;
}

/** Every URL a page references, as written. */
export function pageRefs(html: string): PageRef[] {
  const $ = load(html);
  const refs: PageRef[] = [];
  const add = (selector: string, attr: string) =>
    $(selector).each((_, el) => {
      const value = $(el).attr(attr);
      if (value !== undefined) refs.push({ via: `${selector}[${attr}]`, value });
    });
  add('a', 'href');
  add('area', 'href');
  add('link', 'href');
  add('img', 'src');
  add('script', 'src');
  add('source', 'src');
  add('iframe', 'src');
  add('form', 'action');
  add('meta[property="og:image"]', 'content');
  add('meta[property="og:url"]', 'content');
  $('img[srcset], source[srcset]').each((_, el) => {
    for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ via: 'srcset', value: url });
    }
  });
  return refs;
}

/** The site path of an internal URL, or null for another host or scheme (tel:, mailto:). */
export function internalPath(value: string, pageUrl: string, baseUrl: string): string | null {
  const base = new URL(baseUrl);
  const url = new URL(value, new URL(pageUrl, base));
  if (url.origin !== base.origin) return null;
  return url.pathname + url.hash;
}

/** The built file served at a site path, or null when there is none. */
export function fileForPath(dist: string, sitePath: string): string | null {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/') ? [path.join(dist, decoded, 'index.html')] : [path.join(dist, decoded), path.join(dist, decoded, 'index.html')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile()) ?? null;
}

/** The ids (and legacy a[name]s) a page's fragments can point at. */
export function anchorsOf(html: string): Set<string> {
  const $ = load(html);
  return new Set([...$('[id]').map((_, el) => $(el).attr('id')!).get(), ...$('a[name]').map((_, el) => $(el).attr('name')!).get()]);
}
