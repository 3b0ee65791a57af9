// The example site's images: every page has its preview and a share bar of plain links, every
// seed message has every format downloadable from its page, each campaign has its ZIP, and a
// rebuild with nothing changed renders no image. Uses the build's default cache (warm after the
// first example build).
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { FORMAT_NAMES, FORMATS } from '../../src/lib/images/formats.ts';
import { campaignZipPath, imagePath } from '../../src/lib/images/image-paths.ts';
import { facebookShareUrl, zaloShareUrl } from '../../src/lib/share/share-links.ts';
import { ROOT, buildSite, tempDir, type BuildResult } from '../helpers/build-site.ts';

const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const outDir = path.join(tempDir('example-images'), 'dist');
let first: BuildResult;

beforeAll(() => {
  first = buildSite(outDir);
  expect(first.status, first.stderr).toBe(0);
});

describe('the example site’s images', () => {
  test('every page’s og:image exists at 1200×630', async () => {
    // The editor at /admin/ is not a public page (tests/build/admin.test.ts covers it).
    const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(entries.messages.length + entries.campaigns.length);
    for (const page of pages) {
      const url = load(fs.readFileSync(path.join(outDir, page), 'utf8'))('meta[property="og:image"]').attr('content');
      const meta = await sharp(path.join(outDir, new URL(url!).pathname)).metadata();
      expect([meta.width, meta.height], page).toEqual([FORMATS.og.width, FORMATS.og.height]);
    }
  });

  test('every page has a share bar of plain links to its own address, and loads nothing from another site', () => {
    // The editor at /admin/ is not a public page (tests/build/admin.test.ts covers it); the
    // page-not-found page has nothing to share (tests/build/share-bar.test.ts).
    const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    const origin = new URL(entries.site!.baseUrl).origin;
    for (const page of pages) {
      const $ = load(fs.readFileSync(path.join(outDir, page), 'utf8'));
      const canonical = $('link[rel="canonical"]').attr('href')!;
      const hrefs = $('.share-bar a').map((_, a) => a.attribs.href).get();
      expect(hrefs, page).toEqual(page === '404.html' ? [] : [facebookShareUrl(canonical), zaloShareUrl(canonical), canonical]);
      // Anything the browser fetches by itself on page view: scripts, styles, images, frames.
      const fetched = $('script[src], link[rel="stylesheet"], link[rel="preload"], img[src], iframe[src]')
        .map((_, el) => el.attribs.src ?? el.attribs.href)
        .get()
        .filter((u) => new URL(u, origin).origin !== origin);
      expect(fetched, page).toEqual([]);
    }
  });

  test('every seed message has every format downloadable from its page', async () => {
    for (const m of entries.messages) {
      const $ = load(fs.readFileSync(path.join(outDir, 'thong-diep', m.id, 'an-pham', 'index.html'), 'utf8'));
      for (const format of FORMAT_NAMES) {
        const href = imagePath('thong-diep', m.id, format);
        expect($(`a[href="${href}"]`).length, href).toBe(1);
        const meta = await sharp(path.join(outDir, href)).metadata();
        expect([meta.width, meta.height], href).toEqual([FORMATS[format].width, FORMATS[format].height]);
      }
    }
  });

  test('each campaign’s download page links its ZIP', () => {
    for (const c of entries.campaigns) {
      const $ = load(fs.readFileSync(path.join(outDir, 'chien-dich', c.id, 'an-pham', 'index.html'), 'utf8'));
      expect($(`a[href="${campaignZipPath(c.id)}"]`).length).toBe(1);
      expect(fs.statSync(path.join(outDir, campaignZipPath(c.id))).size).toBeGreaterThan(0);
    }
  });

  test('every preview and print PDF published is linked from a page (nothing drawn and shipped for nobody)', () => {
    const linked = new Set<string>();
    for (const page of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const $ = load(fs.readFileSync(path.join(outDir, page), 'utf8'));
      $('img[src], a[href]').each((_, el) => void linked.add(decodeURI($(el).attr('src') ?? $(el).attr('href')!)));
    }
    const published = fs
      .readdirSync(path.join(outDir, 'anh'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.xem-truoc.webp') || f.endsWith('.pdf'))
      .map((f) => `/anh/${f.split(path.sep).join('/')}`);
    // The seed campaigns and messages have previews and PDFs; articles and policies none.
    expect(published.filter((f) => f.startsWith('/anh/thong-diep/') && f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(entries.messages.length * 4);
    expect(published.filter((f) => f.startsWith('/anh/bai-viet/') || f.startsWith('/anh/chinh-sach/'))).toEqual([]);
    expect(published.filter((f) => !linked.has(f))).toEqual([]);
  });

  test('a rebuild with nothing changed renders zero images', () => {
    const second = buildSite(outDir);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/Ảnh: vẽ mới 0, dùng lại [1-9]\d*/);
  });
});
