// One unit's view of an indicator (src/lib/data/unit-view.ts): the series its chart draws and the
// sentence that says what the numbers mean. Expected values are worked out by hand from
// content/data/bac-giang-2023.json, Hiệp Hòa's figures for voluntary insurance:
//   31/12/2022 5.185 · 31/3/2023 5.078 · 30/4/2023 5.108 (illustrative from here on)
//   7/5 5.187 · 14/5 5.282 · 21/5 5.377; the May campaign (1/5–31/5) counts from 30/4.
// So the series is 30/4 0, 7/5 79, 14/5 174, 21/5 269, every point illustrative; the two
// earlier dates are before the campaign's baseline and must not appear.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { buildModel, measureLabel, unitView } from '../../../src/lib/data/unit-view.ts';
import type { Measure } from '../../../src/lib/data/progress.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const bacGiang = (): Snapshot => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data/bac-giang-2023.json'), 'utf8')));
const without = (s: Snapshot, unit: string, date: string): Snapshot => snapshotSchema.parse({ ...s, figures: s.figures.filter((f) => !(f.unit === unit && f.date === date)) });
const series = (s: Snapshot, unit = 'hiep-hoa') => unitView(buildModel(s), unit, 'bhxh-tu-nguyen').series;

test('a campaign window: people gained since the baseline, from the baseline to the last figure, nothing earlier', () => {
  const view = unitView(buildModel(bacGiang()), 'hiep-hoa', 'bhxh-tu-nguyen');
  expect(view.measure.baselineDate).toBe('2023-04-30');
  expect(view.series).toEqual([
    { date: '2023-04-30', value: 0, illustrative: true },
    { date: '2023-05-07', value: 79, illustrative: true },
    { date: '2023-05-14', value: 174, illustrative: true },
    { date: '2023-05-21', value: 269, illustrative: true },
  ]);
  expect(view.illustrative).toBe(true);
});

test('a date with no figure for the unit is left out of its series, not drawn as 0', () => {
  expect(series(without(bacGiang(), 'hiep-hoa', '2023-05-14')).map((p) => [p.date, p.value])).toEqual([
    ['2023-04-30', 0],
    ['2023-05-07', 79],
    ['2023-05-21', 269],
  ]);
});

test('without a baseline figure the gains are unknown: no series at all', () => {
  expect(series(without(bacGiang(), 'hiep-hoa', '2023-04-30'))).toEqual([]);
});

test('the province sums its districts; a point is illustrative when any district figure in it is', () => {
  const view = unitView(buildModel(bacGiang()), 'tinh-bac-giang', 'bhxh-tu-nguyen');
  expect(view.series.map((p) => p.date)).toEqual(['2023-04-30', '2023-05-07', '2023-05-14', '2023-05-21']);
  expect(view.series[0]!.value).toBe(0);
  expect(view.series.every((p) => p.illustrative)).toBe(true);
});

test('one illustrative district figure makes the province point illustrative; none, and it is a real figure', () => {
  const s = bacGiang();
  // 21/5: only Hiệp Hòa's figure stays illustrative; 14/5: none is.
  const figures = s.figures.map((f) => (f.date === '2023-05-21' && f.unit !== 'hiep-hoa') || f.date === '2023-05-14' ? { ...f, illustrative: false } : f);
  const view = unitView(buildModel(snapshotSchema.parse({ ...s, figures })), 'tinh-bac-giang', 'bhxh-tu-nguyen');
  expect(view.series.map((p) => [p.date, p.illustrative])).toEqual([
    ['2023-04-30', true],
    ['2023-05-07', true],
    ['2023-05-14', false],
    ['2023-05-21', true],
  ]);
});

test('what the numbers mean, for each kind of measure', () => {
  const m = (kind: Measure['kind'], start: string, end: string): Measure => ({ kind, indicator: 'bhxh-tu-nguyen', start, end, baselineDate: null, asOf: null, pace: null });
  expect(measureLabel(m('period', '2023-05-01', '2023-05-31'), 'total')).toBe('Số người tham gia mới trong đợt 1/5/2023 – 31/5/2023, so với chỉ tiêu của đợt');
  expect(measureLabel(m('year', '2024-01-01', '2024-12-31'), 'new-in-year')).toBe('Số người tham gia mới trong năm 2024, so với chỉ tiêu cả năm');
  expect(measureLabel(m('year', '2024-01-01', '2024-12-31'), 'total')).toBe('Tổng số người tham gia, so với chỉ tiêu cả năm 2024');
  expect(measureLabel(m('targets-only', '2023-01-01', '2023-12-31'), 'total')).toBe('Chỉ tiêu năm 2023 (chưa có số liệu thực hiện)');
});
