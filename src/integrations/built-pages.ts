// The pages of a built site (for the quality gates and benchmarks), found generically: every HTML file, its URL and its template kind
// (the `kind-<kind>` body class BaseLayout sets). Gates iterate over these, so a template added
// later (unit progress, search…) is covered as soon as it is built.
import fs from 'node:fs';
import path from 'node:path';

export interface BuiltPage {
  /** File relative to dist, e.g. chinh-sach/la-gi/index.html. */
  file: string;
  /** URL path the page is served at, e.g. /chinh-sach/la-gi/. */
  url: string;
  /** Template kind from the body class, e.g. "policy"; "" when the page has none. */
  kind: string;
  html: string;
}

/** Templates that exist in the example build today; the gates assert at least these are found. */
export const KNOWN_KINDS = ['404', 'article', 'audience', 'calculator', 'campaign', 'downloads', 'enrol', 'home', 'index', 'list', 'message', 'pension', 'policy', 'search', 'unit'] as const;

export function urlOf(file: string): string {
  const posix = file.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/** Every public .html file under `dist`, in a stable order (not the editor at /admin/, a tool for staff with its own tests). */
export function builtPages(dist: string): BuiltPage[] {
  const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`)).sort();
  return files.map((file) => {
    const html = fs.readFileSync(path.join(dist, file), 'utf8');
    const bodyClass = /<body[^>]*\bclass="([^"]*)"/.exec(html)?.[1] ?? '';
    const kind = /(?:^|\s)kind-([a-z0-9-]+)/.exec(bodyClass)?.[1] ?? '';
    return { file, url: urlOf(file), kind, html };
  });
}

/** One page of each kind: the first in file order, so the choice is stable between runs. */
export function onePagePerKind(pages: readonly BuiltPage[]): Map<string, BuiltPage> {
  const chosen = new Map<string, BuiltPage>();
  for (const page of pages) if (page.kind && !chosen.has(page.kind)) chosen.set(page.kind, page);
  return new Map([...chosen].sort(([a], [b]) => a.localeCompare(b)));
}
