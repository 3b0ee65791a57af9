// What one progress page shows, from the model (src/lib/data/progress-page.ts), against numbers
// written out by hand from content/data/bac-giang-2023.json (see progress-summary.test.ts for how
// the May figures at 21/5/2023 were worked out) and small changes to it made here: a second
// indicator with targets only, an illustrative figure, a targets-only plan with gaps.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { progressPage } from '../../../src/lib/data/progress-page.ts';

// Each test builds its page itself, not the describe body or a beforeAll: StrykerJS credits the code
// a test runs to that test only while the test runs (from its beforeEach), and then runs against a
// mutant only the tests credited with reaching it. A page built outside the tests is credited to
// none of them, so every mutant only these tests catch was counted as a survivor.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (name: string): Snapshot => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8')));
const bacGiang = read('bac-giang-2023');

describe('progressPage: Bắc Giang in May 2023', () => {
  const build = () => {
    const page = progressPage(buildModel(bacGiang), 'tinh-bac-giang');
    return { page, section: page.sections[0] };
  };

  it('is the root page of one indicator counted in people, with figures up to 21/5/2023', () => {
    const { page, section } = build();
    expect(page.isRoot).toBe(true);
    expect(page.chain.map((u) => u.id)).toEqual(['tinh-bac-giang']);
    expect(page.sections.map((s) => s.view.indicator.id)).toEqual(['bhxh-tu-nguyen']);
    expect(page.targetsOnly).toBe(false);
    expect(page.asOf).toBe('2023-05-21');
    // The weekly May figures of the example are illustrative (the plan's annexes stop at 31/3).
    expect(page.illustrative).toBe(true);
    expect(section!.targets).toEqual([]);
  });

  it("names its children's level, and a district without children names none (its page promises no figures by unit below)", () => {
    const { page } = build();
    expect(page.childrenWord).toBe('các huyện, thành phố');
    expect(progressPage(buildModel(bacGiang), 'hiep-hoa').childrenWord).toBeNull();
  });

  it('ranks the ten districts highest share first; those behind carry the people they need, the others none', () => {
    const { section } = build();
    const ranking = section!.ranking.map((u) => [u.name, u.status, u.toSchedule]);
    // 39,5 % Yên Thế (73 of 185) at the bottom; the three on schedule at the top.
    expect(ranking.slice(3)).toEqual([
      ['Tân Yên', 'cham', 12],
      ['Yên Dũng', 'cham', 20],
      ['Hiệp Hòa', 'cham', 40],
      ['Lạng Giang', 'cham', 53],
      ['Sơn Động', 'cham', 27],
      ['Lục Ngạn', 'cham', 100],
      ['Yên Thế', 'cham', 53],
    ]);
    expect(ranking.slice(0, 3).map(([name]) => name).sort()).toEqual(['Bắc Giang', 'Lục Nam', 'Việt Yên']);
    for (const [, status, toSchedule] of ranking.slice(0, 3)) expect([status, toSchedule]).toEqual(['dung-tien-do', 0]);
  });

  it('states the headline once, in the summary: no headline chart after it', () => {
    const { section } = build();
    expect(section!.charts.length).toBeGreaterThan(0);
    expect(section!.charts.map((c) => c.kind)).not.toContain('headline');
  });

  it('a district page is not the root and leads back through the province', () => {
    const district = progressPage(buildModel(bacGiang), 'yen-the');
    expect(district.isRoot).toBe(false);
    expect(district.chain.map((u) => u.id)).toEqual(['tinh-bac-giang', 'yen-the']);
  });
});

describe('progressPage: several indicators', () => {
  // Health insurance added with targets only (no figure yet, so nothing illustrative in it).
  const withBhyt: Snapshot = {
    ...bacGiang,
    targets: [...bacGiang.targets, ...bacGiang.targets.map((t) => ({ ...t, indicator: 'bhyt', periodNew: null, remainderNew: null, period: undefined, baselineDate: undefined }))],
  };
  const build = () => ({ page: progressPage(buildModel(snapshotSchema.parse(withBhyt)), 'tinh-bac-giang') });

  it('is not "targets only" while one indicator has figures', () => {
    const { page } = build();
    expect(page.sections.map((s) => s.view.indicator.id)).toEqual(['bhxh-tu-nguyen', 'bhyt']);
    expect(page.sections[1]!.view.measure.kind).toBe('targets-only');
    expect(page.targetsOnly).toBe(false);
  });

  it('is illustrative when any indicator shows an illustrative figure', () => {
    const { page } = build();
    expect(page.sections.map((s) => s.view.illustrative)).toEqual([true, false]);
    expect(page.illustrative).toBe(true);
  });

  it('the latest figure date over the indicators, not an indicator without figures', () => {
    const { page } = build();
    expect(page.asOf).toBe('2023-05-21');
  });
});

describe('progressPage: a plan with targets only', () => {
  const traVinh = read('tra-vinh-2023');

  it('is "targets only", with no date and no ranking', () => {
    const page = progressPage(buildModel(traVinh), 'tra-vinh');
    expect(page.targetsOnly).toBe(true);
    expect(page.asOf).toBeNull();
    expect(page.illustrative).toBe(false);
    expect(page.sections.every((s) => s.ranking.length === 0)).toBe(true);
  });

  it("each ward's share of the city's target; unknown when the ward's or the city's target is unknown; unknown targets last", () => {
    // The city's voluntary-insurance target removed, and Phường 1's (165) blanked.
    const gaps: Snapshot = {
      ...traVinh,
      targets: traVinh.targets
        .filter((t) => !(t.unit === 'tra-vinh' && t.indicator === 'bhxh-tu-nguyen'))
        .map((t) => (t.unit === 'phuong-1' && t.indicator === 'bhxh-tu-nguyen' ? { ...t, yearTotal: null } : t)),
    };
    const page = progressPage(buildModel(snapshotSchema.parse(gaps)), 'tra-vinh');
    const tuNguyen = page.sections.find((s) => s.view.indicator.id === 'bhxh-tu-nguyen')!;
    const rows = tuNguyen.targets;
    expect(rows.at(-1)).toEqual({ id: 'phuong-1', name: 'Phường 1', target: null, share: null });
    expect(rows.slice(0, 2).map((r) => [r.name, r.target])).toEqual([['Long Đức', 319], ['Phường 7', 263]]);
    // The wards' targets sum to the city's when it is missing: their shares are of that sum.
    const bhyt = page.sections.find((s) => s.view.indicator.id === 'bhyt')!;
    expect(bhyt.targets.every((r) => r.share !== null && r.share > 0 && r.share < 100)).toBe(true);
  });
});

// A province of the two-level government (since 1/7/2025): a hundred communes directly under it.
// Commune i has a year target of 100 and 40 + i members at 31/12/2026, so every commune is behind
// and the worst are Xã 1 (41 %, needs 59), Xã 2 (42 %, needs 58), …
function province(communes: number, blank = 0): Snapshot {
  const units = [{ id: 'tinh-thu', name: 'Tỉnh Thử', level: 'tỉnh', parent: null as string | null }];
  const figures = [];
  const targets = [];
  for (let i = 1; i <= communes; i++) {
    units.push({ id: `xa-${i}`, name: `Xã ${i}`, level: 'xã', parent: 'tinh-thu' });
    targets.push({ unit: `xa-${i}`, year: 2026, yearTotal: 100 });
    // The first `blank` communes left their cell empty: no figure known.
    figures.push({ unit: `xa-${i}`, date: '2026-12-31', value: i <= blank ? null : 40 + i });
  }
  return snapshotSchema.parse({ campaign: 'thu-2026', source: 'Báo cáo thử', units, figures, targets });
}

describe('progressPage: a province with many communes keeps its summary and tables to a phone screen', () => {
  const sectionOf = (communes: number) => progressPage(buildModel(province(communes)), 'tinh-thu').sections[0]!;

  it('lists the ten worst communes behind and puts the other twenty behind "Xem thêm", in the same order', () => {
    const s = sectionOf(30);
    expect(s.behindShown.map((u) => [u.shortName, u.toSchedule])).toEqual([
      ['Xã 1', 59], ['Xã 2', 58], ['Xã 3', 57], ['Xã 4', 56], ['Xã 5', 55],
      ['Xã 6', 54], ['Xã 7', 53], ['Xã 8', 52], ['Xã 9', 51], ['Xã 10', 50],
    ]);
    expect(s.behindMore.map((u) => u.shortName)).toEqual(Array.from({ length: 20 }, (_, i) => `Xã ${i + 11}`));
  });

  it('shows a list with only one or two more than ten whole (12 behind), and folds from three more (13)', () => {
    expect([sectionOf(12).behindShown.length, sectionOf(12).behindMore.length]).toEqual([12, 0]);
    expect([sectionOf(13).behindShown.length, sectionOf(13).behindMore.length]).toEqual([10, 3]);
  });

  it('names ten communes without figures and puts the other five behind "Xem thêm" (15 of 30 left blank)', () => {
    const s = progressPage(buildModel(province(30, 15)), 'tinh-thu').sections[0]!;
    expect(s.unknownShown.map((u) => u.shortName)).toEqual(['Xã 1', 'Xã 2', 'Xã 3', 'Xã 4', 'Xã 5', 'Xã 6', 'Xã 7', 'Xã 8', 'Xã 9', 'Xã 10']);
    expect(s.unknownMore.map((u) => u.shortName)).toEqual(['Xã 11', 'Xã 12', 'Xã 13', 'Xã 14', 'Xã 15']);
    // The fifteen others are behind: listed whole (15 − 10 = 5 more, so folded too).
    expect(s.behindShown.map((u) => u.shortName)).toEqual(['Xã 16', 'Xã 17', 'Xã 18', 'Xã 19', 'Xã 20', 'Xã 21', 'Xã 22', 'Xã 23', 'Xã 24', 'Xã 25']);
    expect(progressPage(buildModel(province(30, 12)), 'tinh-thu').sections[0]!.unknownMore).toEqual([]);
  });

  it('folds the ranking table above 20 rows, keeping every row in it', () => {
    expect(sectionOf(20).tableFolded).toBe(false);
    const s = sectionOf(21);
    expect(s.tableFolded).toBe(true);
    expect(s.ranking).toHaveLength(21);
  });
});
