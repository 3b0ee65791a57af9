// Links gate: no broken internal link, image, stylesheet or #anchor anywhere in the built site;
// every page has a title, a meta description, a canonical URL on the site's base URL and, once
// any page carries an og:image, an og:image that exists.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { ROOT } from '../helpers/build-site.ts';
import { anchorsOf, fileForPath, internalPath, pageRefs } from '../helpers/site-links.ts';
import { builtPages } from '../../src/integrations/built-pages.ts';

const { dist } = inject('exampleBuild');
const pages = builtPages(dist);
const baseUrl = checkContent(readContentSources(path.join(ROOT, 'content'))).entries.site!.baseUrl;
const anchorCache = new Map<string, Set<string>>();

/** Problems with one reference, or null when its target exists. */
function brokenRef(value: string, pageUrl: string, pageHtml: string): string | null {
  const sitePath = internalPath(value, pageUrl, baseUrl);
  if (sitePath === null) return null;
  const hashAt = sitePath.indexOf('#');
  const pathname = hashAt < 0 ? sitePath : sitePath.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : decodeURIComponent(sitePath.slice(hashAt + 1));
  const samePage = pathname === pageUrl;
  const file = fileForPath(dist, pathname);
  if (!file) return `${value}: no file in dist for ${pathname}`;
  if (hash) {
    const anchors = anchorCache.get(file) ?? anchorsOf(samePage ? pageHtml : fs.readFileSync(file, 'utf8'));
    anchorCache.set(file, anchors);
    if (!anchors.has(hash)) return `${value}: no element with id "${hash}" in ${pathname}`;
  }
  return null;
}

describe('links, images and anchors', () => {
  test('every internal reference of every page points at a built file (and its #anchor)', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const ref of pageRefs(page.html)) {
        const problem = brokenRef(ref.value, page.url, page.html);
        if (problem) broken.push(`${page.url} ${ref.via} ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the download links (PNG images, CSV data, campaign ZIPs) are among the checked references', () => {
    const checked = new Map<string, number>();
    for (const page of pages.filter((p) => p.kind === 'downloads' || p.kind === 'unit')) {
      for (const ref of pageRefs(page.html).filter((r) => r.via === 'a[href]')) {
        const sitePath = internalPath(ref.value, page.url, baseUrl);
        const ext = sitePath && /\.(png|csv|zip)$/.exec(sitePath)?.[1];
        if (!ext) continue;
        expect(brokenRef(ref.value, page.url, page.html), `${page.url} → ${ref.value}`).toBeNull();
        checked.set(ext, (checked.get(ext) ?? 0) + 1);
      }
    }
    expect([...checked.keys()].sort()).toEqual(['csv', 'png', 'zip']);
  });

  test('every url() in the built stylesheets points at a built file', () => {
    const cssFiles = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.css'));
    const broken: string[] = [];
    for (const file of cssFiles) {
      const css = fs.readFileSync(path.join(dist, file), 'utf8');
      for (const [, url] of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        if (url!.startsWith('data:')) continue;
        const target = new URL(url!, `https://x/${file}`).pathname;
        if (!fileForPath(dist, target)) broken.push(`${file}: ${url}`);
      }
    }
    expect(cssFiles.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  test('the check finds a broken link, a missing image and a missing anchor', () => {
    const page = pages.find((p) => p.kind === 'home')!;
    const bad = ['/khong-co/', '/images/khong-co.jpg', '/chinh-sach/#khong-co-muc-nay'];
    expect(bad.map((value) => brokenRef(value, page.url, page.html))).toEqual([
      '/khong-co/: no file in dist for /khong-co/',
      '/images/khong-co.jpg: no file in dist for /images/khong-co.jpg',
      '/chinh-sach/#khong-co-muc-nay: no element with id "khong-co-muc-nay" in /chinh-sach/',
    ]);
    expect(brokenRef('#noi-dung', page.url, page.html)).toBeNull();
  });
});

describe('head metadata on every page', () => {
  test('every page has a title, a meta description and a canonical URL that is its own address', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const $ = load(page.html);
      if (!$('title').text().trim()) problems.push(`${page.url}: no <title>`);
      if (($('meta[name="description"]').attr('content') ?? '').trim().length < 10) problems.push(`${page.url}: no meta description`);
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      if (canonical !== new URL(page.url, baseUrl).href) problems.push(`${page.url}: canonical is "${canonical}"`);
    }
    expect(problems).toEqual([]);
  });

  test("the tab icon of every page is the site's logo, and no copy of it is published as a favicon", () => {
    // site.yaml › logo of the example is /logo.svg.
    const icons = new Set(pages.map((page) => { const $ = load(page.html); return `${$('link[rel="icon"]').attr('href')} ${$('link[rel="icon"]').attr('type')}`; }));
    expect([...icons]).toEqual(['/logo.svg image/svg+xml']);
    expect(fs.existsSync(path.join(dist, 'logo.svg'))).toBe(true);
    expect(fs.readdirSync(dist).filter((f) => f.startsWith('favicon'))).toEqual([]);
  });

  test('og:image is on every page or on none, and each is an absolute URL of a built image', () => {
    const images = pages.map((page) => ({ page, image: load(page.html)('meta[property="og:image"]').attr('content') }));
    const withImage = images.filter((i) => i.image);
    if (withImage.length === 0) return;
    const problems = images.flatMap(({ page, image }) => {
      if (!image) return [`${page.url}: no og:image`];
      if (!image.startsWith(baseUrl)) return [`${page.url}: og:image "${image}" is not an absolute URL on ${baseUrl}`];
      return fileForPath(dist, new URL(image).pathname) ? [] : [`${page.url}: og:image "${image}" is not in dist`];
    });
    expect(problems).toEqual([]);
  });
});
