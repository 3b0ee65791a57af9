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
import { create, type Font as FontFile } from 'fontkitten';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { loadAssets } from '../../src/integrations/images/assets.ts';
import { imageFontPath, IMAGE_FONT_FILES } from '../../src/integrations/font-metrics-source.ts';
import { buildModel } from '../../src/lib/data/unit-view.ts';
import { progressImageJobs } from '../../src/lib/images/progress-images.ts';
import { progressTree } from '../../src/lib/images/render-progress.ts';
import { satoriMeasure } from '../../src/lib/images/render-card.ts';
import { normalizeProps } from '../../src/lib/images/card-props.ts';
import { imageTextWidth } from '../../src/lib/images/image-text-width.ts';
import { rgba } from '../helpers/pixels.ts';
import { drawnTexts, inkHeight } from '../helpers/text-ink.ts';

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
      const lists = $('ul.chart-images');
      for (const list of lists.toArray()) {
        const links = $(list).find('a');
        // One link per image and format; a ranking spread over two images links "1/2" and "2/2".
        const labels = links.map((_, a) => $(a).text()).get();
        const ogs = labels.filter((l) => l.endsWith('(1200×630)')).length;
        const squares = labels.filter((l) => l.endsWith('(1080×1080)')).length;
        const expected = (n: number, one: string, page: (i: number, c: number) => string) => (n === 1 ? [one] : Array.from({ length: n }, (_, i) => page(i + 1, n)));
        expect(labels, url).toEqual([...expected(ogs, viImages.chartImages.og, viImages.chartImages.ogPage), ...expected(squares, viImages.chartImages.square, viImages.chartImages.squarePage)]);
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
      expect($('a[href*="-xep-hang-og.png"]').length > 0, url).toBe(hasChildren && /Bảng xếp hạng|Chỉ tiêu của/.test($('figure.chart table caption').text()));
    }
    // Every snapshot counted in people ranks its top unit's children (Kiên Giang sets percentages only).
    expect(rankings).toBeGreaterThanOrEqual(snapshots.filter((s) => buildModel(s).indicators.length > 0).length);
  });

  test('no text in any progress image is smaller than 3.5 % of the short side, measured on the PNGs', async () => {
    const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
    const { fonts, logo } = loadAssets(ROOT, entries.site!.logo);
    const logoUri = `data:image/${logo.type === 'svg' ? 'svg+xml' : 'png'};base64,${Buffer.from(logo.bytes).toString('base64')}`;
    // Be Vietnam Pro's capitals and digits stand this high, per pixel of font size (the fonts' own cap height).
    const cap = Math.min(...Object.values(IMAGE_FONT_FILES).map((f) => { const font = create(fs.readFileSync(imageFontPath(f))) as FontFile; return font.capHeight / font.unitsPerEm; }));
    const jobs = snapshots.flatMap((s) => progressImageJobs(buildModel(s), { site: entries.site!, campaignTitle: entries.campaigns.find((c) => c.id === s.campaign)!.data.title }, s.campaign));
    let measured = 0;
    let smallest = Infinity;
    // One file per distinct image: jobs with equal inputs (a card and its headline chart image)
    // share the path of one of them; each distinct image is measured once.
    const distinct = new Map<string, typeof jobs>();
    for (const job of jobs) {
      const key = JSON.stringify([job.format, job.props]);
      distinct.set(key, [...(distinct.get(key) ?? []), job]);
    }
    for (const same of distinct.values()) {
      const job = same[0]!;
      const format = FORMATS[job.format];
      const min = (Math.min(format.width, format.height) * 3.5) / 100;
      const file = same.map((j) => path.join(dist, j.path)).find((f) => fs.existsSync(f));
      expect(file, `${same.map((j) => j.path).join(', ')}: none published`).toBeDefined();
      const { data, info } = await rgba(fs.readFileSync(file!));
      const { tree } = await progressTree(format, normalizeProps(job.props), fonts, satoriMeasure(fonts), logoUri);
      for (const t of drawnTexts(tree)) {
        // The first glyph's ink: a capital or a digit stands cap height × the drawn size.
        const first = [...t.text.normalize('NFD')][0]!;
        if (!/[\p{Lu}\d]/u.test(first)) continue;
        const height = inkHeight(data, info.width, t, t.left, t.left + imageTextWidth([...t.text][0]!, t.fontSize, t.fontWeight));
        expect(height, `${job.path}: "${t.text}" is ${height} px high`).toBeGreaterThanOrEqual(Math.floor(cap * min) - 1);
        smallest = Math.min(smallest, height / cap / Math.min(format.width, format.height));
        measured++;
      }
    }
    expect(measured).toBeGreaterThan(distinct.size * 4);
    // The smallest drawn text, as a share of the short side: at least 3.5 % (less a pixel of antialiasing).
    expect(smallest).toBeGreaterThan(0.033);
  });
});
