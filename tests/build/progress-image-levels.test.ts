// Progress images at scale, in a whole build: with site.yaml › progressImages set to cards down to
// level 1 and chart images for the top unit only, a three-level snapshot builds; pages below
// level 1 show their ancestor's card (a real 1200×630 PNG, with that page's title as alt text),
// no images are drawn for them, only the top page links chart images, and the build says so.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { FORMATS } from '../../src/lib/images/formats.ts';

const work = tempDir('progress-levels');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const campaign = 'hoa-binh-2026';
// Xã (0) → 3 thôn (1) → 2 tổ each (2); figures on the tổ, targets on the thôn.
const units = [{ id: 'hoa-binh', name: 'Xã Hòa Bình', level: 'xã', parent: null as string | null }];
const figures: { unit: string; date: string; value: number }[] = [];
const targets: { unit: string; year: number; yearTotal: number }[] = [];
for (const t of [1, 2, 3]) {
  units.push({ id: `thon-${t}`, name: `Thôn ${t}`, level: 'thôn', parent: 'hoa-binh' });
  targets.push({ unit: `thon-${t}`, year: 2026, yearTotal: 50 });
  for (const g of [1, 2]) {
    units.push({ id: `to-${t}-${g}`, name: `Tổ ${g} thôn ${t}`, level: 'tổ', parent: `thon-${t}` });
    figures.push({ unit: `to-${t}-${g}`, date: '2026-05-31', value: 5 * t + g });
  }
}
const depth = (id: string) => (id === 'hoa-binh' ? 0 : id.startsWith('thon-') ? 1 : 2);
const pageOf = (id: string) => (id === 'hoa-binh' ? `/tien-do/${campaign}/` : `/tien-do/${campaign}/${id}/`);
const parentOf = (id: string) => units.find((u) => u.id === id)!.parent!;
let result: BuildResult;

beforeAll(() => {
  fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
  fs.appendFileSync(path.join(content, 'site.yaml'), 'progressImages:\n  cardLevels: 1\n  chartLevels: 0\n');
  fs.mkdirSync(path.join(content, 'data'));
  fs.writeFileSync(path.join(content, 'data', `${campaign}.json`), JSON.stringify({ campaign, source: 'Báo cáo thử của xã', units, figures, targets }));
  result = buildSite(outDir, content);
});

describe('progress images limited by site.yaml › progressImages', () => {
  test('the build succeeds and says which pages share a card', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Ảnh tiến độ (data/${campaign}.json): 4/10 trang đơn vị có ảnh xem trước riêng (đến cấp 1 dưới đơn vị gốc)`);
    expect(result.stdout).toContain('ảnh biểu đồ cho 1 đơn vị (đến cấp 0)');
  });

  test('every page’s og:image is a 1200×630 PNG: its own card down to level 1, its thôn’s below', async () => {
    for (const u of units) {
      const $ = load(readPage(outDir, pageOf(u.id)));
      const cardUnit = depth(u.id) <= 1 ? u.id : parentOf(u.id);
      const image = new URL($('meta[property="og:image"]').attr('content')!).pathname;
      expect(image, u.id).toBe(`/anh${pageOf(cardUnit)}og.png`);
      const meta = await sharp(path.join(outDir, image)).metadata();
      expect([meta.format, meta.width, meta.height], u.id).toEqual(['png', FORMATS.og.width, FORMATS.og.height]);
      // The alt text describes what the picture shows: the card's own unit.
      const cardName = units.find((x) => x.id === cardUnit)!.name;
      expect($('meta[property="og:image:alt"]').attr('content'), u.id).toBe(`Tiến độ ${cardName} — Tháng vận động xã Hòa Bình 2026 — BHXH xã Hòa Bình thử`);
    }
  });

  test('nothing is drawn for the pages below level 1', () => {
    for (const u of units) expect(fs.existsSync(path.join(outDir, `anh${pageOf(u.id)}`)), u.id).toBe(depth(u.id) <= 1);
  });

  test('only the top page links chart share images (chartLevels: 0)', () => {
    for (const u of units) {
      const $ = load(readPage(outDir, pageOf(u.id)));
      const links = $('ul.chart-images a').map((_, a) => $(a).attr('href')).get();
      if (depth(u.id) === 0) {
        expect(links.length).toBeGreaterThanOrEqual(4); // headline and ranking, og and square
        for (const href of links) expect(fs.existsSync(path.join(outDir, href)), href).toBe(true);
      } else expect(links, u.id).toEqual([]);
    }
  });
});
