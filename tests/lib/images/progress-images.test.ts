// The progress images' content, checked against the snapshots themselves: the headline numbers on
// each page's card are the figures and targets written in content/data (recomputed here from the
// raw records, not from unit-view), with the date and the "minh họa" label where figures are made up.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { formatDate, formatDecimal, formatNumber } from '../../../src/lib/format/vi-format.ts';
import { cardUnitOf, progressImageCoverage, progressImageJobs, progressChartImagePath, progressPageTitle } from '../../../src/lib/images/progress-images.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { pageImagePath } from '../../../src/lib/images/image-paths.ts';
import { shortNames, type HeadlineSpec, type RankingSpec } from '../../../src/lib/images/progress-spec.ts';
import { progressRoutes } from '../../../src/lib/data/progress-routes.ts';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const site = entries.site!;
const dataDir = path.join(ROOT, 'content/data');
const snapshots: Snapshot[] = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .map((f) => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'))));

function jobsOf(s: Snapshot) {
  const title = entries.campaigns.find((c) => c.id === s.campaign)!.data.title;
  return progressImageJobs(buildModel(s), { site, campaignTitle: title }, `content/data/${s.campaign}.json`);
}

describe('progress page cards', () => {
  test('a progress page’s title, also its card’s alt text, names the unit and the campaign', () => {
    expect(progressPageTitle('huyện Lục Ngạn', 'Tháng cao điểm 2023')).toBe('Tiến độ huyện Lục Ngạn — Tháng cao điểm 2023');
  });

  test('a plan with targets only titles its ranking by the year’s targets; each image names its data file and unit for errors', () => {
    const tv = snapshots.find((s) => s.campaign === 'tra-vinh-2023')!;
    const jobs = jobsOf(tv);
    const ranking = jobs.find((j) => j.path === '/anh/tien-do/tra-vinh-2023/bhxh-tu-nguyen-xep-hang-og.png')!;
    expect(ranking.props.headline).toBe('Chỉ tiêu năm 2023 của các phường, xã thuộc Thành phố Trà Vinh');
    expect(ranking.source).toBe('content/data/tra-vinh-2023.json › Thành phố Trà Vinh');
    expect(jobs.find((j) => j.path === '/anh/tien-do/tra-vinh-2023/phuong-1/og.png')!.source).toBe('content/data/tra-vinh-2023.json › Phường 1');
  });

  test('chart image names: the indicator and the chart, a page number from the second image of a ranking on', () => {
    expect(progressChartImagePath('bac-giang-2023/luc-ngan', 'bhxh-tu-nguyen', 'attainment', 'square')).toBe('/anh/tien-do/bac-giang-2023/luc-ngan/bhxh-tu-nguyen-xep-hang-square.png');
    expect(progressChartImagePath('bac-giang-2023/luc-ngan', 'bhxh-tu-nguyen', 'attainment', 'square', 1)).toBe('/anh/tien-do/bac-giang-2023/luc-ngan/bhxh-tu-nguyen-xep-hang-square.png');
    expect(progressChartImagePath('bac-giang-2023/luc-ngan', 'bhxh-tu-nguyen', 'attainment', 'og', 2)).toBe('/anh/tien-do/bac-giang-2023/luc-ngan/bhxh-tu-nguyen-xep-hang-2-og.png');
    expect(progressChartImagePath('bac-giang-2023', 'bhxh-tu-nguyen', 'headline', 'og')).toBe('/anh/tien-do/bac-giang-2023/bhxh-tu-nguyen-tong-quan-og.png');
  });

  test('every progress page has an og and a square card at the path its og:image names', () => {
    for (const s of snapshots) {
      const paths = new Set(jobsOf(s).map((j) => j.path));
      for (const u of s.units) {
        const og = pageImagePath(progressRoutes.unit(s.campaign, u.id, u.parent === null));
        expect(og.generic).toBe(false);
        expect(paths.has(og.path), og.path).toBe(true);
        expect(paths.has(og.path.replace(/og\.png$/, 'square.png'))).toBe(true);
      }
    }
  });

  test('the headline numbers are the snapshot’s own figures and targets', () => {
    let checked = 0;
    // Numbers and their units are joined by no-break spaces (they never wrap apart in the image).
    const nb = '\u00a0';
    for (const s of snapshots) {
      const first = buildModel(s).indicators[0]?.id;
      if (!first) continue; // percentages only (Kiên Giang): its card is checked below
      for (const job of jobsOf(s).filter((j) => j.path.endsWith('/og.png'))) {
        const unitId = s.units.find((u) => job.props.headline === u.name)!.id;
        const spec = job.props.progress as HeadlineSpec;
        const target = s.targets.find((t) => t.unit === unitId && t.indicator === first);
        const figures = s.figures.filter((f) => f.unit === unitId && f.indicator === first && f.value !== null).sort((a, b) => a.date.localeCompare(b.date));
        if (!target) continue;
        if (target.period && target.periodNew !== null) {
          // The campaign window: new participants since the last figure before it opens (the
          // charts' rule), against the period target.
          const base = figures.filter((f) => f.date <= target.period!.start).at(-1);
          const latest = figures.filter((f) => f.date > target.period!.start && f.date <= target.period!.end).at(-1);
          if (!base || !latest) continue;
          const attained = latest.value! - base.value!;
          expect(spec.numbers).toBe(`${formatNumber(attained)}${nb}/${nb}${formatNumber(target.periodNew)}${nb}người — ${formatDecimal((attained / target.periodNew) * 100, 1)}${nb}%`);
          expect(spec.asOf).toContain(`Số liệu đến ngày ${formatDate(latest.date)}`);
          expect(spec.illustrative).toBe(Boolean(latest.illustrative));
          if (latest.illustrative) expect(spec.asOf).toMatch(/minh họa/);
          checked++;
        } else if (figures.length === 0 && target.yearTotal !== null) {
          expect(spec.numbers).toBe(`Chỉ tiêu: ${formatNumber(target.yearTotal)}${nb}người`);
          expect(spec.percent).toBeNull();
          checked++;
        } else if (target.yearTotal !== null && figures.length > 0) {
          const latest = figures.filter((f) => f.date.startsWith(String(target.year))).at(-1);
          if (!latest || target.yearTotal === 0) continue;
          expect(spec.numbers).toBe(`${formatNumber(latest.value!)}${nb}/${nb}${formatNumber(target.yearTotal)}${nb}người — ${formatDecimal((latest.value! / target.yearTotal) * 100, 1)}${nb}%`);
          checked++;
        }
      }
    }
    // Units with their own figures and targets in the example: most of them.
    const withTargets = snapshots.filter((s) => buildModel(s).indicators.length > 0).reduce((n, s) => n + new Set(s.targets.map((t) => t.unit)).size, 0);
    expect(checked).toBeGreaterThan(withTargets / 2);
  });

  test('a plan in yearly percentages (Kiên Giang) gets a card with its last year’s target', () => {
    const kg = snapshots.find((s) => s.campaign === 'kien-giang-2021-2025')!;
    const card = jobsOf(kg).find((j) => j.path === '/anh/tien-do/kien-giang-2021-2025/og.png')!;
    const spec = card.props.progress as HeadlineSpec;
    // The first indicator of the plan: 65 % of the working-age labour force reached by 2025.
    expect(spec.numbers).toBe('Mục tiêu 65\u00a0% vào năm 2025');
    expect(spec.percent).toBeNull();
    expect(spec.asOf).toBe('Chưa có số liệu kết quả');
  });

  test('the illustrative May 2023 series is labelled "minh họa" on the card of every unit it reaches', () => {
    for (const s of snapshots) {
      const illustrativeUnits = new Set(s.figures.filter((f) => f.illustrative).map((f) => f.unit));
      for (const job of jobsOf(s).filter((j) => j.path.endsWith('/og.png'))) {
        const unit = s.units.find((u) => u.name === job.props.headline)!;
        if (illustrativeUnits.has(unit.id)) expect((job.props.progress as HeadlineSpec).asOf, unit.name).toMatch(/số liệu minh họa/);
      }
    }
  });
});

describe('chart share images', () => {
  test('every unit with children gets a ranking, one row per child over its images, in the page’s order', () => {
    for (const s of snapshots) {
      const jobs = jobsOf(s);
      const indicator = buildModel(s).indicators[0]?.id;
      if (!indicator) continue;
      for (const u of s.units) {
        const kids = s.units.filter((k) => k.parent === u.id);
        const imageId = u.parent === null ? s.campaign : `${s.campaign}/${u.id}`;
        for (const format of ['og', 'square'] as const) {
          const pages = [1, 2, 3].map((p) => jobs.find((j) => j.path === progressChartImagePath(imageId, indicator, 'attainment', format, p))).filter((j) => j !== undefined);
          if (kids.length === 0) {
            expect(pages).toEqual([]);
            continue;
          }
          expect(pages.length, `${u.name} ${format}`).toBeGreaterThan(0);
          const specs = pages.map((j) => j.props.progress as RankingSpec);
          // Pages say where they are ("1/2", "2/2"); together they hold every child once.
          if (specs.length > 1) expect(specs.map((p) => p.page)).toEqual(specs.map((_, i) => ({ index: i + 1, count: specs.length })));
          expect(specs.flatMap((p) => p.rows.map((r) => r.name)).sort()).toEqual([...shortNames(kids)].sort());
        }
      }
    }
  });

  test('a name keeps its level word when the rest is a single word or a number', () => {
    const groups = ['Tổ dân phố Số 1', 'Tổ dân phố Cung Nhượng 1', 'Tổ dân phố Tiền', 'Tổ dân phố Mới', 'Tổ dân phố Hòa Yên'].map((name) => ({ name, level: 'tổ dân phố' }));
    expect(shortNames(groups)).toEqual(['Tổ dân phố Số 1', 'Cung Nhượng 1', 'Tổ dân phố Tiền', 'Tổ dân phố Mới', 'Hòa Yên']);
    expect(shortNames([{ name: 'Phường 7', level: 'phường' }, { name: 'Long Đức', level: 'xã' }, { name: 'Xã Long Hòa', level: 'xã' }])).toEqual(['Phường 7', 'Long Đức', 'Long Hòa']);
  });
});

describe('how deep progress images go (site.yaml › progressImages)', () => {
  // Province → 2 districts → 2 communes each → 2 groups each: depths 0 to 3.
  const units = [{ id: 'tinh', name: 'Tỉnh Mẫu', level: 'tỉnh', parent: null as string | null }];
  const figures: { unit: string; date: string; value: number }[] = [];
  const targets: { unit: string; year: number; yearTotal: number }[] = [];
  for (const h of [1, 2]) {
    units.push({ id: `huyen-${h}`, name: `Huyện ${h}`, level: 'huyện', parent: 'tinh' });
    for (const x of [1, 2]) {
      units.push({ id: `xa-${h}-${x}`, name: `Xã ${h}.${x}`, level: 'xã', parent: `huyen-${h}` });
      for (const t of [1, 2]) {
        const id = `to-${h}-${x}-${t}`;
        units.push({ id, name: `Tổ ${h}.${x}.${t}`, level: 'tổ', parent: `xa-${h}-${x}` });
        figures.push({ unit: id, date: '2024-06-30', value: 10 * h + x + t });
        targets.push({ unit: id, year: 2024, yearTotal: 40 });
      }
    }
  }
  const model = buildModel(snapshotSchema.parse({ campaign: 'mau-2024', source: 'Số liệu mẫu', units, figures, targets }));
  const parentOf = new Map(units.map((u) => [u.id, u.parent]));
  const chainOf = (id: string | null): string[] => (id === null ? [] : [...chainOf(parentOf.get(id)!), id]);
  const depthOf = (id: string): number => chainOf(id).length - 1;
  const ownCard = (id: string) => `/anh/tien-do/${id === 'tinh' ? 'mau-2024' : `mau-2024/${id}`}/og.png`;
  const siteWith = (progressImages: unknown) => siteSchema.parse({ ...site, progressImages });

  test('defaults: own cards down to level 2, chart images down to level 1', () => {
    expect(siteSchema.parse({ ...site, progressImages: undefined }).progressImages).toEqual({ cardLevels: 2, chartLevels: 1 });
    expect(siteWith({ cardLevels: 3 }).progressImages).toEqual({ cardLevels: 3, chartLevels: 1 });
  });

  for (const levels of [{ cardLevels: 0, chartLevels: 0 }, { cardLevels: 1, chartLevels: 0 }, { cardLevels: 2, chartLevels: 1 }, { cardLevels: 3, chartLevels: 3 }]) {
    test(`cards to level ${levels.cardLevels}, charts to level ${levels.chartLevels}`, () => {
      const jobs = progressImageJobs(model, { site: siteWith(levels), campaignTitle: 'Mẫu' }, 'mau.json');
      const paths = new Set(jobs.map((j) => j.path));
      for (const u of units) {
        const d = depthOf(u.id);
        expect(paths.has(ownCard(u.id)), u.id).toBe(d <= levels.cardLevels);
        expect(paths.has(ownCard(u.id).replace('og.png', 'square.png')), u.id).toBe(d <= levels.cardLevels);
        const imageId = u.id === 'tinh' ? 'mau-2024' : `mau-2024/${u.id}`;
        expect(paths.has(progressChartImagePath(imageId, 'bhxh-tu-nguyen', 'headline', 'og')), u.id).toBe(d <= levels.chartLevels);
        expect(paths.has(progressChartImagePath(imageId, 'bhxh-tu-nguyen', 'attainment', 'og')), u.id).toBe(d <= levels.chartLevels && d < 3);
        // A page without a card of its own shows the card of its ancestor at the last level that has one.
        const card = cardUnitOf(model, u.id, levels);
        expect(depthOf(card.id), u.id).toBe(Math.min(d, levels.cardLevels));
        expect(chainOf(u.id), u.id).toContain(card.id);
        expect(paths.has(ownCard(card.id)), u.id).toBe(true);
      }
      const expected = (max: number) => units.filter((u) => depthOf(u.id) <= max).length;
      expect(progressImageCoverage(model, levels)).toEqual({ units: units.length, cards: expected(levels.cardLevels), charts: expected(levels.chartLevels) });
    });
  }

  test('a level that is not a whole number from 0 to 9 is refused in words', () => {
    for (const bad of [{ cardLevels: -1 }, { cardLevels: 2.5 }, { chartLevels: 'hai' }, { chartLevels: 10 }]) {
      const result = siteSchema.safeParse({ ...site, progressImages: bad });
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error!.issues[0]!.message).toBe('cần một số nguyên từ 0 đến 9 (số cấp dưới đơn vị gốc)');
    }
  });
});
