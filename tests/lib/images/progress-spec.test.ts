// What the progress share images say, from small hand-written views: the ranking of a plan that
// has targets only (no figures yet) and the card of a plan in yearly percentages with results.
// The snapshots of the example site are checked end to end in progress-images.test.ts.
import { describe, expect, test } from 'vitest';
import { headlineSpec, rankingSpec, rateHeadlineSpec } from '../../../src/lib/images/progress-spec.ts';
import type { UnitView } from '../../../src/lib/data/unit-view.ts';
import type { RateSeries } from '../../../src/lib/data/rates.ts';

const FOLD = { others: '… và {n} đơn vị khác', seePage: 'xem trên trang' };

/** A district whose plan gives each commune a target and no figures yet. */
function targetsOnly(targets: (number | null)[], parentTarget: number | null): UnitView {
  const names = ['xã Tân Mộc', 'xã Kiên Lao', 'xã Biên Sơn', 'xã Phượng Sơn'];
  return {
    measure: { kind: 'targets-only', indicator: 'bhxh-tu-nguyen', start: '2023-01-01', end: '2023-12-31', baselineDate: null, asOf: null, pace: null },
    indicator: { id: 'bhxh-tu-nguyen', label: 'BHXH tự nguyện', unit: 'người' },
    progress: { attained: null, target: parentTarget, percent: null, status: 'chua-ro' },
    children: targets.map((target, i) => ({ id: `c${i}`, name: names[i]!, level: 'Xã', hasChildren: false, attained: null, target, percent: null, status: 'chua-ro' })),
    illustrative: false,
  } as unknown as UnitView;
}

describe('rankingSpec, a plan with targets only', () => {
  test('largest target first, a zero target before a missing one; bars against the largest, shares of the children’s sum', () => {
    // 300 + 100 + 0 = 400 people in all: 75 %, 25 %, 0 %.
    const spec = rankingSpec(targetsOnly([100, null, 300, 0], null))!;
    expect(spec).toEqual({
      kind: 'ranking',
      rows: [
        { name: 'Biên Sơn', fraction: 1, label: '300\u00a0người · chiếm 75\u00a0%', color: '#1f5fa8' },
        { name: 'Tân Mộc', fraction: 100 / 300, label: '100\u00a0người · chiếm 25\u00a0%', color: '#1f5fa8' },
        { name: 'Phượng Sơn', fraction: 0, label: '0\u00a0người · chiếm 0\u00a0%', color: '#1f5fa8' },
        { name: 'Kiên Lao', fraction: null, label: 'chưa có chỉ tiêu', color: '#1f5fa8' },
      ],
      target: null,
      asOf: 'Chưa có số liệu thực hiện',
      illustrative: false,
      fold: FOLD,
    });
  });

  test('the shares are of the parent’s own target when it has one (it may be more than its children’s)', () => {
    const labels = rankingSpec(targetsOnly([300, 100], 500))!.rows.map((r) => r.label);
    expect(labels).toEqual(['300\u00a0người · chiếm 60\u00a0%', '100\u00a0người · chiếm 20\u00a0%']);
  });

  test('targets that are all zero: no share to show, a dash; no target at all, or no children: no ranking image', () => {
    expect(rankingSpec(targetsOnly([0, 0], null))!.rows.map((r) => [r.fraction, r.label])).toEqual([[0, '0\u00a0người · chiếm —'], [0, '0\u00a0người · chiếm —']]);
    expect(rankingSpec(targetsOnly([null, null], 500))).toBeNull();
    expect(rankingSpec(targetsOnly([], 500))).toBeNull();
  });
});

describe('rateHeadlineSpec, a plan in yearly percentages', () => {
  const indicator = { id: 'tap-huan-cong-tac-vien', label: 'Tập huấn cộng tác viên', unit: 'người', kind: 'percent', denominator: 'số cộng tác viên' } as RateSeries['indicator'];
  test('the last year’s target, and the latest year with a result and its date', () => {
    const series: RateSeries = {
      indicator,
      years: [
        { year: 2021, target: { min: 35, max: 50 }, result: { value: 41.5, date: '2021-12-31' }, status: 'dat' },
        { year: 2022, target: { min: 70, max: null }, result: { value: 64, date: '2022-12-31' }, status: 'chua-dat' },
        { year: 2023, target: { min: 100, max: null }, result: null, status: 'chua-ro' },
      ],
    };
    expect(rateHeadlineSpec(series)).toEqual({
      kind: 'headline',
      numbers: 'Mục tiêu 100\u00a0% vào năm 2023',
      percent: null,
      // 64 % against the year's 70 %: not reached, drawn in the colour of units behind (not green).
      status: { label: 'Kết quả năm 2022: 64\u00a0%', color: '#a8361a' },
      asOf: 'Số liệu đến ngày 31/12/2022',
      measure: 'Tập huấn cộng tác viên, tính theo phần trăm số cộng tác viên',
      illustrative: false,
    });
  });

  test('a result at or above the year’s target is drawn green', () => {
    const series: RateSeries = { indicator, years: [{ year: 2021, target: { min: 35, max: 50 }, result: { value: 41.5, date: '2021-12-31' }, status: 'dat' }] };
    expect(rateHeadlineSpec(series).status).toEqual({ label: 'Kết quả năm 2021: 41,5\u00a0%', color: '#1b6e3a' });
  });

  test('a range target, no result yet: the range, and no status line', () => {
    const series: RateSeries = { indicator, years: [{ year: 2021, target: { min: 35, max: 50 }, result: null, status: 'chua-ro' }, { year: 2022, target: null, result: null, status: 'chua-ro' }] };
    expect(rateHeadlineSpec(series)).toMatchObject({ numbers: 'Mục tiêu 35–50\u00a0% vào năm 2021', status: { label: '', color: '#595959' }, asOf: 'Chưa có số liệu kết quả' });
  });
});

/** A district with figures: each commune's attainment in percent of its target. */
function withFigures(percents: (number | null)[]): UnitView {
  const names = ['xã Tân Mộc', 'xã Kiên Lao', 'xã Biên Sơn'];
  const status = (p: number | null) => (p === null ? 'chua-ro' : p >= 100 ? 'dat' : 'cham');
  return {
    measure: { kind: 'period', indicator: 'bhxh-tu-nguyen', start: '2023-05-01', end: '2023-05-31', baselineDate: '2023-04-30', asOf: '2023-05-21', pace: 0.68 },
    indicator: { id: 'bhxh-tu-nguyen', label: 'BHXH tự nguyện', unit: 'người' },
    progress: { attained: 300, target: 500, percent: 60, status: 'cham' },
    children: percents.map((percent, i) => ({ id: `c${i}`, name: names[i]!, level: 'Xã', hasChildren: false, attained: null, target: 100, percent, status: status(percent) })),
    illustrative: true,
  } as unknown as UnitView;
}

describe('rankingSpec, a plan with figures', () => {
  test('highest share first; one above 100 % sets the track (the 100 % mark moves in); an unknown share has no bar and says so', () => {
    // 120 % is the longest bar: 50 % is 50/120 of the track, the target mark at 100/120.
    expect(rankingSpec(withFigures([50, null, 120]))).toEqual({
      kind: 'ranking',
      rows: [
        { name: 'Biên Sơn', fraction: 1, label: '120\u00a0% · Đạt', color: '#1b6e3a', status: 'dat' },
        { name: 'Tân Mộc', fraction: 50 / 120, label: '50\u00a0% · Chậm', color: '#a8361a', status: 'cham' },
        { name: 'Kiên Lao', fraction: null, label: 'Chưa rõ', color: '#595959', status: 'chua-ro' },
      ],
      target: 100 / 120,
      asOf: 'số liệu đến 21/5/2023, minh họa',
      illustrative: true,
      fold: FOLD,
    });
  });

  test('a unit without children has no ranking image', () => {
    expect(rankingSpec(withFigures([]))).toBeNull();
  });

  test('all below 100 %: the track ends at 100 %, the bars are the shares themselves', () => {
    const spec = rankingSpec(withFigures([80, 40]))!;
    expect(spec.rows.map((r) => r.fraction)).toEqual([0.8, 0.4]);
    expect(spec.target).toBe(1);
  });
});

describe('headlineSpec', () => {
  test('figures: the numbers, their share and the status in words and colour', () => {
    expect(headlineSpec(withFigures([50]), 'new-in-period' as never)).toMatchObject({ kind: 'headline', percent: 60, status: { label: 'Tình trạng: Chậm', color: '#a8361a' }, asOf: 'Số liệu đến ngày 21/5/2023 · số liệu minh họa, không phải số liệu thật', illustrative: true });
  });

  test('targets only: the target alone, no share, no status line (the date line says there are no results)', () => {
    const spec = headlineSpec(targetsOnly([300], 3285), 'new-in-period' as never);
    expect(spec).toMatchObject({ kind: 'headline', numbers: 'Chỉ tiêu: 3.285\u00a0người', percent: null, status: { label: '', color: '#595959' }, asOf: 'Chưa có số liệu thực hiện', illustrative: false });
    expect(headlineSpec(targetsOnly([300], null), 'new-in-period' as never).numbers).toBe('Chỉ tiêu: chưa rõ');
  });
});

