// Pixel tests of the unit-progress images: exact sizes; the longest unit name and the longest
// ranking of the example keep exactly the margins of a short render (no text crosses the safe
// margins); the headline bar's drawn length is the card's percentage; too many units fold
// instead of overflowing.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { loadAssets, type LoadedAssets } from '../../../src/integrations/images/assets.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import { FORMATS, type ImageFormat } from '../../../src/lib/images/formats.ts';
import { progressImageJobs, PROGRESS_FORMATS } from '../../../src/lib/images/progress-images.ts';
import { progressLayout } from '../../../src/lib/images/progress-layout.ts';
import type { HeadlineSpec, RankingSpec } from '../../../src/lib/images/progress-spec.ts';
import { renderCard, satoriMeasure } from '../../../src/lib/images/render-card.ts';
import { progressTree } from '../../../src/lib/images/render-progress.ts';
import { rankingPages } from '../../../src/lib/images/ranking-pages.ts';
import { normalizeProps } from '../../../src/lib/images/card-props.ts';
import { drawnTexts } from '../../helpers/text-ink.ts';
import { marginStrips, rgba } from '../../helpers/pixels.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const dataDir = path.join(ROOT, 'content/data');
const jobs = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .flatMap((f) => {
    const s = snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8')));
    return progressImageJobs(buildModel(s), { site: entries.site!, campaignTitle: entries.campaigns.find((c) => c.id === s.campaign)!.data.title }, f);
  });
const cards = jobs.filter((j) => j.props.progress?.kind === 'headline' && j.format === 'og').map((j) => j.props);
// The longest unit name and the ranking with the most rows, as the build draws them.
const longestName = [...cards].sort((a, b) => b.headline.length - a.headline.length)[0]!;
const biggestRanking = jobs.filter((j) => j.props.progress?.kind === 'ranking').map((j) => j.props).sort((a, b) => (b.progress as RankingSpec).rows.length - (a.progress as RankingSpec).rows.length)[0]!;
let assets: LoadedAssets;
vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  assets = loadAssets(ROOT, entries.site!.logo);
});



async function sameMargins(format: ImageFormat, long: CardProps, short: CardProps) {
  const [a, b] = await Promise.all([renderCard(format, long, assets), renderCard(format, short, assets)]);
  const ra = await rgba(a.png);
  const rb = await rgba(b.png);
  expect([ra.info.width, ra.info.height]).toEqual([format.width, format.height]);
  const m = progressLayout(format, long).margin;
  expect(marginStrips(ra.data, format.width, format.height, m).equals(marginStrips(rb.data, format.width, format.height, m))).toBe(true);
  // The long version was really drawn differently.
  expect(ra.data.equals(rb.data)).toBe(false);
}

describe.each(PROGRESS_FORMATS.map((n) => [n, FORMATS[n]] as [string, ImageFormat]))('format %s', (_name, format) => {
  test('the longest unit name keeps the margins of a one-word name', async () => {
    expect(longestName.headline.length).toBeGreaterThan(15);
    await sameMargins(format, longestName, { ...longestName, headline: 'Loa' });
  });

  test('the fullest ranking image keeps the margins of a two-row ranking', async () => {
    const spec = biggestRanking.progress as RankingSpec;
    // Thọ Xương's 17 groups: two images of 9 and 8 rows (ranking-pages.ts), each full.
    expect(spec.rows.length).toBeGreaterThanOrEqual(8);
    await sameMargins(format, biggestRanking, { ...biggestRanking, progress: { ...spec, rows: spec.rows.slice(0, 2) } });
  });

  test('sixty units with long names fold into a ranking that still keeps the margins', async () => {
    const spec = biggestRanking.progress as RankingSpec;
    const many = Array.from({ length: 60 }, (_, i) => ({ ...spec.rows[i % spec.rows.length]!, name: `Tổ dân phố Cung Nhượng ${i + 1}` }));
    await sameMargins(format, { ...biggestRanking, progress: { ...spec, rows: many } }, { ...biggestRanking, progress: { ...spec, rows: many.slice(0, 2) } });
    // The fold row says, in the words of src/i18n, how many units it stands for: the first and
    // last units are drawn, and the drawn names plus the folded count make sixty.
    const { tree } = await progressTree(format, normalizeProps({ ...biggestRanking, progress: { ...spec, rows: many } }), assets.fonts, satoriMeasure(assets.fonts), '');
    const texts = drawnTexts(tree).map((t) => t.text);
    const named = texts.filter((t) => t.startsWith('Tổ dân phố Cung Nhượng '));
    const fold = texts.find((t) => t.startsWith('… và '))!;
    expect(fold).toMatch(/^… và \d+ đơn vị khác$/);
    expect(named.length + Number(fold.match(/\d+/)![0])).toBe(60);
    expect(named[0]).toBe('Tổ dân phố Cung Nhượng 1');
    expect(named.at(-1)).toBe('Tổ dân phố Cung Nhượng 60');
    expect(texts).toContain('xem trên trang');
  });

  test('a province’s ninety-eight communes, all behind: one image draws exactly the worst rows its note counts, in order, none folded', async () => {
    const spec = biggestRanking.progress as RankingSpec;
    // Highest share first, as the ranking comes: Xã 98 (49 %) … Xã 1 (0,5 %).
    const rows = Array.from({ length: 98 }, (_, k) => 98 - k).map((i) => ({ ...spec.rows[0]!, name: `Xã ${i}`, fraction: i / 200, label: `${i / 2} % · Chậm`, status: 'cham' as const }));
    const pages = rankingPages({ ...spec, rows, page: undefined, sizeLike: undefined }, format, { ...biggestRanking, progress: { ...spec, rows } });
    expect(pages).toHaveLength(1);
    const shown = Number(pages[0]!.note!.match(/ảnh ghi (\d+) đơn vị đầu/)![1]);
    const { tree } = await progressTree(format, normalizeProps({ ...biggestRanking, progress: pages[0]! }), assets.fonts, satoriMeasure(assets.fonts), '');
    const texts = drawnTexts(tree).map((t) => t.text);
    expect(texts.filter((t) => t.startsWith('… và '))).toEqual([]);
    expect(texts.filter((t) => /^Xã \d+$/.test(t))).toEqual(Array.from({ length: shown }, (_, k) => `Xã ${k + 1}`));
    expect(shown).toBeGreaterThanOrEqual(5);
  });

  test('the headline bar is drawn as long as the card’s percentage', async () => {
    const card = cards.find((c) => (c.progress as HeadlineSpec).percent !== null && (c.progress as HeadlineSpec).percent! < 100)!;
    const spec = card.progress as HeadlineSpec;
    const { png } = await renderCard(format, card, assets);
    const { data, info } = await rgba(png);
    const bar = progressLayout(format, card).body;
    const y = Math.round(bar.y + bar.height / 2);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(spec.status.color.slice(i, i + 2), 16));
    let filled = 0;
    for (let x = bar.x; x < bar.x + bar.width; x++) {
      const p = (y * info.width + x) * 4;
      if (Math.abs(data[p]! - r!) < 8 && Math.abs(data[p + 1]! - g!) < 8 && Math.abs(data[p + 2]! - b!) < 8) filled++;
    }
    expect(Math.abs(filled - (bar.width * spec.percent!) / 100)).toBeLessThanOrEqual(2);
  });
});
