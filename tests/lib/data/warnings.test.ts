// The odd-but-possible numbers said in plain words, on a snapshot small enough to work every
// warning out by hand: a commune A with two villages B and C, one count indicator and one
// percentage (which never adds up across units and is never compared).
import { describe, expect, it } from 'vitest';
import { buildTree } from '../../../src/lib/data/aggregate.ts';
import { childrenLabel, dataWarnings, isAboutShownNumber, warningIssues, type DataWarning } from '../../../src/lib/data/warnings.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';

const s = snapshotSchema.parse({
  campaign: 'x',
  source: 's',
  indicators: [{ id: 'ty-le', label: 'Tỷ lệ tham gia', kind: 'percent', denominator: 'lực lượng lao động' }],
  units: [
    { id: 'a', name: 'Xã A', level: 'xã', parent: null },
    { id: 'b', name: 'Thôn B', level: 'thôn', parent: 'a' },
    { id: 'c', name: 'Thôn C', level: 'thôn', parent: 'a' },
  ],
  // Written out of date order on purpose: the warnings sort dates themselves.
  figures: [
    { unit: 'a', date: '2024-03-31', value: 10 },
    { unit: 'a', date: '2024-01-31', value: 9 },
    { unit: 'b', date: '2024-03-31', value: 4 },
    { unit: 'b', date: '2024-01-31', value: 6 },
    { unit: 'b', date: '2024-02-29', value: null },
    { unit: 'c', date: '2024-03-31', value: 5 },
    // The percentage falls and its parts do not add up: neither is a warning.
    { unit: 'a', indicator: 'ty-le', date: '2024-01-31', value: 60 },
    { unit: 'a', indicator: 'ty-le', date: '2024-03-31', value: 50 },
    { unit: 'b', indicator: 'ty-le', date: '2024-03-31', value: 40 },
    { unit: 'c', indicator: 'ty-le', date: '2024-03-31', value: 45 },
  ],
  targets: [
    {
      unit: 'a', year: 2024, baselineDate: '2024-01-31', periodNew: 3, remainderNew: 5, yearTotal: 20,
      coverage: [
        { percent: 30, denominator: 'labour-force', denominatorValue: 8 },
        { percent: 90, denominator: 'population', denominatorValue: 9 },
        { percent: 50, denominator: 'population', denominatorValue: null },
      ],
    },
  ],
});

describe('dataWarnings', () => {
  it('says each odd number once, in plain words, with the number it is about', () => {
    expect(dataWarnings(s, buildTree(s))).toEqual([
      // 31/1: B 6, C has no figure (one blank), A reports 9.
      { kind: 'children-sum', unit: 'a', indicator: 'bhxh-tu-nguyen', about: { date: '2024-01-31' }, text: 'Xã A, BHXH tự nguyện, số người tham gia đến 31/1/2024: Tổng các thôn: 6 (1 đơn vị để trống) — số báo cáo: 9.' },
      // 29/2: only B's blank: nothing known, nothing to compare.
      { kind: 'children-sum', unit: 'a', indicator: 'bhxh-tu-nguyen', about: { date: '2024-03-31' }, text: 'Xã A, BHXH tự nguyện, số người tham gia đến 31/3/2024: Tổng các thôn: 9 — số báo cáo: 10.' },
      // 9 at the baseline + 3 + 5 = 17, not the year's 20.
      { kind: 'target-parts', unit: 'a', indicator: 'bhxh-tu-nguyen', text: 'Xã A, BHXH tự nguyện: số đến 31/1/2024 (9) + chỉ tiêu trong đợt (3) + các tháng còn lại (5) = 17, khác chỉ tiêu cả năm 20.' },
      // Labour force 8: already 9 on 31/1 (the earliest date above it, though written second).
      { kind: 'above-denominator', unit: 'a', indicator: 'bhxh-tu-nguyen', text: 'Xã A, BHXH tự nguyện: 9 người tham gia (31/1/2024), nhiều hơn lực lượng lao động ghi trong chỉ tiêu (8).' },
      // Population 9: 9 is not more than 9; 10 on 31/3 is.
      { kind: 'above-denominator', unit: 'a', indicator: 'bhxh-tu-nguyen', text: 'Xã A, BHXH tự nguyện: 10 người tham gia (31/3/2024), nhiều hơn dân số ghi trong chỉ tiêu (9).' },
      // B: 6 on 31/1, blank on 29/2 (skipped, not a fall to nothing), 4 on 31/3.
      { kind: 'decrease', unit: 'b', indicator: 'bhxh-tu-nguyen', about: { date: '2024-03-31' }, text: 'Thôn B, BHXH tự nguyện: số người tham gia giảm từ 6 (31/1/2024) xuống 4 (31/3/2024).' },
    ]);
  });

  it('compares target fields of the year across units, naming the field', () => {
    const t = snapshotSchema.parse({
      ...s,
      figures: [],
      targets: [
        { unit: 'a', year: 2024, periodNew: 10, remainderNew: 30, yearTotal: 100 },
        { unit: 'b', year: 2024, periodNew: 4, remainderNew: 20, yearTotal: 60 },
        { unit: 'c', year: 2024, periodNew: 6, remainderNew: null, yearTotal: 30 },
      ],
    });
    expect(dataWarnings(t, buildTree(t)).map((w) => [w.kind, w.about, w.text])).toEqual([
      // periodNew: 4 + 6 = 10, as reported: no warning.
      ['children-sum', { field: 'remainderNew' }, 'Xã A, BHXH tự nguyện, chỉ tiêu các tháng còn lại: Tổng các thôn: 20 (1 đơn vị để trống) — số báo cáo: 30.'],
      ['children-sum', { field: 'yearTotal' }, 'Xã A, BHXH tự nguyện, chỉ tiêu cả năm: Tổng các thôn: 90 — số báo cáo: 100.'],
    ]);
  });

  it('target parts of an indicator with no figure at all: no baseline, no warning', () => {
    const t = snapshotSchema.parse({ ...s, figures: [], targets: [{ unit: 'a', indicator: 'bhyt', year: 2024, baselineDate: '2024-01-31', periodNew: 3, remainderNew: 5, yearTotal: 20 }] });
    expect(dataWarnings(t, buildTree(t))).toEqual([]);
  });
});

describe('childrenLabel and warningIssues', () => {
  it('names the children by their distinct levels, or in general words when there are none', () => {
    expect(childrenLabel(['phường', 'xã', 'phường'])).toBe('các phường, xã');
    expect(childrenLabel([])).toBe('các đơn vị trực thuộc');
  });

  it('turns a warning into a build-log line that names the unit', () => {
    const w: DataWarning = { kind: 'decrease', unit: 'b', indicator: 'bhxh-tu-nguyen', text: 'Thôn B giảm.' };
    expect(warningIssues('content/data/x.json', [w])).toEqual([{ file: 'content/data/x.json', field: 'units[id=b]', expected: 'Thôn B giảm.' }]);
  });
});

describe('isAboutShownNumber: readers see a warning beside the number it is about, staff see the rest', () => {
  const period = { kind: 'period' as const, asOf: '2024-05-21', baselineDate: '2024-04-30' };
  const year = { kind: 'year' as const, asOf: '2024-05-21', baselineDate: null };
  const targetsOnly = { kind: 'targets-only' as const, asOf: null, baselineDate: null };
  const w = (kind: DataWarning['kind'], about?: DataWarning['about']): DataWarning => ({ kind, unit: 'a', indicator: 'bhxh-tu-nguyen', text: '', about });

  it('a count above the denominator always; the plan’s own arithmetic never', () => {
    expect(isAboutShownNumber(w('above-denominator'), targetsOnly)).toBe(true);
    expect(isAboutShownNumber(w('target-parts'), period)).toBe(false);
    expect(isAboutShownNumber(w('children-sum'), year)).toBe(false);
  });

  it('a target field: the period target in a period, the year total otherwise, never the rest of the year', () => {
    expect(isAboutShownNumber(w('children-sum', { field: 'periodNew' }), period)).toBe(true);
    expect(isAboutShownNumber(w('children-sum', { field: 'yearTotal' }), period)).toBe(false);
    expect(isAboutShownNumber(w('children-sum', { field: 'yearTotal' }), year)).toBe(true);
    expect(isAboutShownNumber(w('children-sum', { field: 'yearTotal' }), targetsOnly)).toBe(true);
    expect(isAboutShownNumber(w('children-sum', { field: 'periodNew' }), year)).toBe(false);
    expect(isAboutShownNumber(w('children-sum', { field: 'remainderNew' }), year)).toBe(false);
  });

  it('a children sum at a date: only at the figures’ date or the baseline', () => {
    expect(isAboutShownNumber(w('children-sum', { date: '2024-05-21' }), period)).toBe(true);
    expect(isAboutShownNumber(w('children-sum', { date: '2024-04-30' }), period)).toBe(true);
    expect(isAboutShownNumber(w('children-sum', { date: '2024-05-10' }), period)).toBe(false);
    expect(isAboutShownNumber(w('children-sum', { date: '2024-05-21' }), year)).toBe(true);
    expect(isAboutShownNumber(w('children-sum', { date: '2024-05-21' }), { ...year, kind: 'targets-only' })).toBe(false);
    expect(isAboutShownNumber(w('children-sum', { date: '2024-05-21' }), { ...year, asOf: null })).toBe(false);
  });

  it('a decrease: when its later date is on the chart, after the baseline and up to the figures’ date', () => {
    expect(isAboutShownNumber(w('decrease', { date: '2024-05-21' }), period)).toBe(true);
    expect(isAboutShownNumber(w('decrease', { date: '2024-05-10' }), period)).toBe(true);
    expect(isAboutShownNumber(w('decrease', { date: '2024-04-30' }), period)).toBe(false);
    expect(isAboutShownNumber(w('decrease', { date: '2024-05-22' }), period)).toBe(false);
    expect(isAboutShownNumber(w('decrease', { date: '2024-01-31' }), year)).toBe(true);
    expect(isAboutShownNumber(w('decrease', { date: '2024-01-31' }), { ...year, asOf: null })).toBe(false);
  });
});
