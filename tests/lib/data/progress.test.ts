// Which measure a campaign is judged by, and the small readers around the unit tree, on
// snapshots small enough to work out by hand (May 2024: 31 days; 2024: 366 days).
import { describe, expect, it } from 'vitest';
import { ancestry, buildTree, latestDate, usedIndicators } from '../../../src/lib/data/aggregate.ts';
import { chooseMeasure, elapsedShare, shortfall, snapshotYear, statusOf } from '../../../src/lib/data/progress.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';

const units = [
  { id: 'a', name: 'Xã A', level: 'xã', parent: null },
  { id: 'b', name: 'Thôn B', level: 'thôn', parent: 'a' },
  { id: 'c', name: 'Xóm C', level: 'xóm', parent: 'b' },
];
const may = { start: '2024-05-01', end: '2024-05-31' };
const tree = (figures: { date: string; value: number }[], targets: object[] = []) =>
  buildTree(snapshotSchema.parse({ campaign: 'x', source: 's', units, figures: figures.map((f) => ({ unit: 'a', ...f })), targets }));
const mayTarget = { unit: 'a', year: 2024, period: may, periodNew: 60, yearTotal: 200 };

describe('elapsedShare', () => {
  it('counts whole days, the day of the figures included, and stays within 0–1', () => {
    expect(elapsedShare(may.start, may.end, '2024-05-01')).toBe(1 / 31);
    expect(elapsedShare(may.start, may.end, '2024-05-21')).toBe(21 / 31);
    expect(elapsedShare(may.start, may.end, '2024-05-31')).toBe(1);
    expect(elapsedShare(may.start, may.end, '2024-06-10')).toBe(1);
    expect(elapsedShare(may.start, may.end, '2024-04-15')).toBe(0);
    expect(elapsedShare('2024-01-01', '2024-12-31', '2024-06-30')).toBe(182 / 366);
  });
});

describe('chooseMeasure', () => {
  it('the campaign window when a figure before it and one inside it exist', () => {
    const t = tree([{ date: '2024-06-30', value: 150 }, { date: '2024-05-21', value: 130 }, { date: '2024-04-30', value: 100 }, { date: '2023-12-31', value: 80 }], [mayTarget]);
    expect(chooseMeasure(t, 'bhxh-tu-nguyen', 2024)).toEqual({ kind: 'period', indicator: 'bhxh-tu-nguyen', ...may, baselineDate: '2024-04-30', asOf: '2024-05-21', pace: 21 / 31 });
  });

  it('a figure on the window’s first day is its baseline; one on its last day counts', () => {
    const t = tree([{ date: '2024-05-01', value: 100 }, { date: '2024-05-31', value: 160 }], [mayTarget]);
    expect(chooseMeasure(t, 'bhxh-tu-nguyen', 2024)).toMatchObject({ kind: 'period', baselineDate: '2024-05-01', asOf: '2024-05-31', pace: 1 });
  });

  it('the year when no figure falls inside the window, or the window has no target of its own', () => {
    const year = { kind: 'year', indicator: 'bhxh-tu-nguyen', start: '2024-01-01', end: '2024-12-31', baselineDate: null, asOf: '2024-06-30', pace: 182 / 366 };
    expect(chooseMeasure(tree([{ date: '2024-04-30', value: 100 }, { date: '2024-06-30', value: 150 }], [mayTarget]), 'bhxh-tu-nguyen', 2024)).toEqual(year);
    // Inside the window but nothing before it: no baseline to count from.
    expect(chooseMeasure(tree([{ date: '2024-05-21', value: 100 }, { date: '2024-06-30', value: 150 }], [mayTarget]), 'bhxh-tu-nguyen', 2024)).toEqual(year);
    const noPeriodTarget = { ...mayTarget, periodNew: null };
    expect(chooseMeasure(tree([{ date: '2024-04-30', value: 100 }, { date: '2024-05-21', value: 130 }], [noPeriodTarget]), 'bhxh-tu-nguyen', 2024)).toMatchObject({ kind: 'year', asOf: '2024-05-21' });
  });

  it('the year’s last figure on or before 31/12; targets only when there is none', () => {
    expect(chooseMeasure(tree([{ date: '2024-12-31', value: 100 }, { date: '2025-01-15', value: 120 }]), 'bhxh-tu-nguyen', 2024)).toMatchObject({ kind: 'year', asOf: '2024-12-31', pace: 1 });
    expect(chooseMeasure(tree([{ date: '2025-01-15', value: 120 }]), 'bhxh-tu-nguyen', 2024)).toEqual({ kind: 'targets-only', indicator: 'bhxh-tu-nguyen', start: '2024-01-01', end: '2024-12-31', baselineDate: null, asOf: null, pace: null });
  });
});

describe('statusOf and shortfall without a date of figures', () => {
  it('behind the target is "chậm" when the pace is unknown, and no people-to-schedule is invented', () => {
    const m = { kind: 'targets-only' as const, indicator: 'x', ...may, baselineDate: null, asOf: null, pace: null };
    expect(statusOf(5, 10, m)).toBe('cham');
    expect(shortfall({ attained: 5, target: 10, percent: 50, status: 'cham' }, m)).toEqual({ toSchedule: null, toTarget: 5 });
    expect(shortfall({ attained: 12, target: 10, percent: 120, status: 'dat' }, m)).toEqual({ toSchedule: null, toTarget: 0 });
    expect(shortfall({ attained: null, target: 10, percent: null, status: 'chua-ro' }, m)).toEqual({ toSchedule: null, toTarget: null });
    expect(shortfall({ attained: 5, target: null, percent: null, status: 'chua-ro' }, m)).toEqual({ toSchedule: null, toTarget: null });
  });

  it('a negative target is unknown, not reached', () => {
    expect(statusOf(5, -1, { ...may, asOf: '2024-05-21' })).toBe('chua-ro');
    expect(statusOf(10, 10, { ...may, asOf: null })).toBe('dat');
  });
});

describe('readers of the unit tree', () => {
  const t = tree([{ date: '2024-03-31', value: 3 }, { date: '2024-01-31', value: 1 }, { date: '2024-05-21', value: 5 }], [{ unit: 'a', indicator: 'bhyt', year: 2024, yearTotal: 9 }]);

  it('latestDate: the last date with figures, on or before the day asked', () => {
    expect(latestDate(t, 'bhxh-tu-nguyen')).toBe('2024-05-21');
    expect(latestDate(t, 'bhxh-tu-nguyen', '2024-05-20')).toBe('2024-03-31');
    expect(latestDate(t, 'bhxh-tu-nguyen', '2024-03-31')).toBe('2024-03-31');
    expect(latestDate(t, 'bhxh-tu-nguyen', '2024-02-15')).toBe('2024-01-31');
    expect(latestDate(t, 'bhxh-tu-nguyen', '2024-01-30')).toBeNull();
    expect(latestDate(t, 'bhyt')).toBeNull();
  });

  it('ancestry: the chain from the top unit down, for breadcrumbs', () => {
    expect(ancestry(t, 'c').map((u) => u.id)).toEqual(['a', 'b', 'c']);
    expect(ancestry(t, 'a').map((u) => u.id)).toEqual(['a']);
    expect(ancestry(t, 'nowhere')).toEqual([]);
  });

  it('usedIndicators: those with a figure or a target, in the order asked', () => {
    expect(usedIndicators(t, ['bhtn', 'bhyt', 'bhxh-bat-buoc', 'bhxh-tu-nguyen'])).toEqual(['bhyt', 'bhxh-tu-nguyen']);
  });

  it('snapshotYear: the targets’ latest year, else the year of the latest figure', () => {
    const base = { campaign: 'x', source: 's', units };
    expect(snapshotYear(snapshotSchema.parse({ ...base, figures: [{ unit: 'a', date: '2025-02-01', value: 1 }, { unit: 'a', date: '2024-12-31', value: 1 }] }))).toBe(2025);
    expect(snapshotYear(snapshotSchema.parse({ ...base, figures: [{ unit: 'a', date: '2025-02-01', value: 1 }], targets: [{ unit: 'a', year: 2023 }, { unit: 'a', year: 2024 }] }))).toBe(2024);
  });
});
