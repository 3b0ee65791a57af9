// The progress pages' images in the built example site: every page's og:image is its own unit
// card at 1200×630, and under the headline and ranking charts the share images are linked with
// their real pixel size and file size.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../src/schemas/snapshot.ts';
import { progressRoutes } from '../../src/lib/data/progress-routes.ts';
import { FORMATS } from '../../src/lib/images/formats.ts';
import { formatFileSize, formatPixels } from '../../src/lib/images/file-size.ts';
import { viImages } from '../../src/i18n/vi-images.ts';
import { ROOT } from '../helpers/build-site.ts';

const { dist, status, stderr } = inject('exampleBuild');
const dataDir = path.join(ROOT, 'content/data');
const snapshots: Snapshot[] = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .map((f) => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'))));
const pages = snapshots.flatMap((s) => s.units.map((u) => ({ s, u, url: progressRoutes.unit(s.campaign, u.id, u.parent === null) })));
const html = (url: string) => load(fs.readFileSync(path.join(dist, url, 'index.html'), 'utf8'));

describe('progress page images', () => {
  test('the example build succeeded', () => {
    expect(status, stderr).toBe(0);
    expect(pages.length).toBeGreaterThan(30);
  });

  test('every progress page’s og:image is its own card, a 1200×630 PNG', async () => {
    for (const { url } of pages) {
      const $ = html(url);
      const image = new URL($('meta[property="og:image"]').attr('content')!).pathname;
      expect(image, url).toBe(`/anh${url}og.png`);
      const meta = await sharp(path.join(dist, image)).metadata();
      expect([meta.format, meta.width, meta.height], url).toEqual(['png', FORMATS.og.width, FORMATS.og.height]);
      expect($('meta[property="og:image:width"]').attr('content')).toBe(String(FORMATS.og.width));
    }
  });

  test('the headline and ranking charts link their share images with real pixel and file sizes', async () => {
    let rankings = 0;
    for (const { s, u, url } of pages) {
      const $ = html(url);
      const hasChildren = s.units.some((k) => k.parent === u.id);
      const lists = $('figure.chart ul.chart-images');
      for (const list of lists.toArray()) {
        const links = $(list).find('a');
        expect(links.map((_, a) => $(a).text()).get(), url).toEqual([viImages.chartImages.og, viImages.chartImages.square]);
        for (const a of links.toArray()) {
          const href = a.attribs.href!;
          const file = path.join(dist, href);
          const meta = await sharp(file).metadata();
          // One file per distinct image: the headline chart's image is the page's own card (og.png).
          const format = /[/-]og\.png$/.test(href) ? FORMATS.og : FORMATS.square;
          expect([meta.width, meta.height], href).toEqual([format.width, format.height]);
          expect($(a).next('.size').text(), href).toBe(`${formatPixels(format.width, format.height)} · ${formatFileSize(fs.statSync(file).size)}`);
        }
        if ($(list).find('a[href*="-xep-hang-"]').length > 0) rankings++;
      }
      // The ranking has share images wherever the page ranks children.
      expect($('a[href*="-xep-hang-og.png"]').length > 0, url).toBe(hasChildren && $('figure.chart table caption').text().includes('Bảng xếp hạng'));
    }
    expect(rankings).toBeGreaterThanOrEqual(snapshots.length);
  });
});
