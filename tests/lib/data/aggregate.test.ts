import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { amounts, buildTree, figureReader, targetReader } from '../../../src/lib/data/aggregate.ts';
import { chooseMeasure, progressTable, snapshotYear } from '../../../src/lib/data/progress.ts';
import { dataWarnings } from '../../../src/lib/data/warnings.ts';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { parseCount } from '../../../src/lib/data/import-table.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const load = (name: string): Snapshot => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8')));
const annex = (name: string) => parse(fs.readFileSync(path.join(ROOT, 'content/data/annexes', `${name}.csv`), 'utf8')) as string[][];

describe('aggregation', () => {
  it('sums children at any depth, prefers a reported total, and counts blank children', () => {
    const s = snapshotSchema.parse({
      campaign: 'x', source: 's',
      units: [
        { id: 'a', name: 'A', level: 'tỉnh', parent: null },
        { id: 'b', name: 'B', level: 'xã', parent: 'a' },
        { id: 'c', name: 'C', level: 'xã', parent: 'a' },
        { id: 'd', name: 'D', level: 'tổ', parent: 'b' },
        { id: 'e', name: 'E', level: 'tổ', parent: 'b' },
      ],
      figures: [
        { unit: 'd', date: '2024-01-01', value: 3 },
        { unit: 'e', date: '2024-01-01', value: 4 },
        { unit: 'c', date: '2024-01-01', value: null },
      ],
    });
    const tree = buildTree(s);
    const a = amounts(tree, figureReader(tree, 'bhxh-tu-nguyen', '2024-01-01'));
    expect(a.get('b')).toEqual({ value: 7, reported: null, childSum: 7, missingChildren: 0 });
    expect(a.get('a')).toEqual({ value: 7, reported: null, childSum: 7, missingChildren: 1 });
  });

  it('Trà Vinh: ward targets add up to the ward column sums of the annex, not the reported totals', () => {
    const s = load('tra-vinh-2023');
    const tree = buildTree(s);
    const rows = annex('tra-vinh-2023-chi-tieu');
    const header = rows[0]!;
    const wards = rows.slice(1, -1);
    for (const [column, indicator] of [['BHXH tự nguyện', 'bhxh-tu-nguyen'], ['BHYT', 'bhyt']] as const) {
      const col = header.indexOf(column);
      const expected = wards.reduce((sum, r) => sum + parseCount(r[col])!, 0);
      const total = amounts(tree, targetReader(tree, indicator, 'yearTotal')).get('tra-vinh')!;
      expect(total.childSum).toBe(expected);
      expect(total.reported).toBe(parseCount(rows.at(-1)![col]));
      expect(total.value).toBe(total.reported);
    }
  });

  it('Bắc Giang: progress in the peak month is the figure minus the baseline before it', () => {
    const s = load('bac-giang-2023');
    const tree = buildTree(s);
    const m = chooseMeasure(tree, 'bhxh-tu-nguyen', 2023);
    expect(m.kind).toBe('period');
    const table = progressTable(tree, m);
    const f = (unit: string, date: string) => s.figures.find((x) => x.unit === unit && x.date === date)!.value!;
    const p = table.byUnit.get('yen-the')!;
    expect(p.attained).toBe(f('yen-the', m.asOf!) - f('yen-the', m.baselineDate!));
    expect(p.target).toBe(s.targets.find((t) => t.unit === 'yen-the')!.periodNew);
    const districts = s.units.filter((u) => u.parent);
    const sum = districts.reduce((acc, u) => acc + table.byUnit.get(u.id)!.attained!, 0);
    expect(table.byUnit.get('tinh-bac-giang')!.attained).toBe(sum);
  });
});

describe('warnings', () => {
  it('Trà Vinh: states children sum and reported total in plain words for each indicator', () => {
    const s = load('tra-vinh-2023');
    const texts = dataWarnings(s, buildTree(s)).map((w) => w.text);
    expect(texts.some((t) => t.includes('Tổng các phường, xã: 1.756 — số báo cáo: 1.757'))).toBe(true);
    expect(texts.some((t) => t.includes('12.368 — số báo cáo: 12.369'))).toBe(true);
    expect(texts.some((t) => t.includes('15.304 — số báo cáo: 15.647'))).toBe(true);
    expect(texts.some((t) => t.includes('102.720 — số báo cáo: 108.441'))).toBe(true);
  });

  it('flags target parts that do not make the year total, and only those', () => {
    const s = load('tho-xuong-2024');
    const warned = new Set(dataWarnings(s, buildTree(s)).filter((w) => w.kind === 'target-parts').map((w) => w.unit));
    for (const t of s.targets) {
      const base = s.figures.find((f) => f.unit === t.unit)?.value ?? null;
      const parts = [base, t.periodNew, t.remainderNew];
      const bad = parts.every((x) => x !== null) && parts.reduce((a, b) => a! + b!, 0) !== t.yearTotal;
      expect(warned.has(t.unit), t.unit).toBe(bad);
    }
    expect(warned.size).toBeGreaterThan(0);
  });

  it('flags figures that go down over time', () => {
    const s = load('bac-giang-2023');
    const decreases = dataWarnings(s, buildTree(s)).filter((w) => w.kind === 'decrease');
    const expected = s.units.filter((u) => {
      const a = s.figures.find((f) => f.unit === u.id && f.date === '2022-12-31')?.value;
      const b = s.figures.find((f) => f.unit === u.id && f.date === '2023-03-31')?.value;
      return a != null && b != null && b < a;
    });
    expect(decreases.map((w) => w.unit).sort()).toEqual(expected.map((u) => u.id).sort());
  });
});

describe('edge cases of aggregation', () => {
  const base = {
    campaign: 'x',
    source: 's',
    units: [
      { id: 'a', name: 'A', level: 'xã', parent: null },
      { id: 'b', name: 'B', level: 'thôn', parent: 'a' },
      { id: 'c', name: 'C', level: 'thôn', parent: 'a' },
    ],
  };

  it('children that are all blank leave the parent unknown, never 0', () => {
    const s = snapshotSchema.parse({ ...base, figures: [{ unit: 'b', date: '2024-05-01', value: null }, { unit: 'c', date: '2024-05-01', value: null }] });
    const tree = buildTree(s);
    const a = amounts(tree, figureReader(tree, 'bhxh-tu-nguyen', '2024-05-01'));
    expect(a.get('a')).toEqual({ value: null, reported: null, childSum: null, missingChildren: 2 });
    expect(a.get('b')).toEqual({ value: null, reported: null, childSum: null, missingChildren: 0 });
    // Nor does it become 0 in the progress shown: unknown attained, unknown status.
    const table = progressTable(tree, chooseMeasure(tree, 'bhxh-tu-nguyen', 2024));
    expect(table.byUnit.get('a')).toMatchObject({ attained: null, percent: null, status: 'chua-ro' });
  });

  it('the table lists every unit in the snapshot’s order with its amount', () => {
    const s = snapshotSchema.parse({ ...base, figures: [{ unit: 'b', date: '2024-05-01', value: 4 }, { unit: 'c', date: '2024-05-01', value: 5 }] });
    const tree = buildTree(s);
    expect([...amounts(tree, figureReader(tree, 'bhxh-tu-nguyen', '2024-05-01'))]).toEqual([
      ['a', { value: 9, reported: null, childSum: 9, missingChildren: 0 }],
      ['b', { value: 4, reported: 4, childSum: null, missingChildren: 0 }],
      ['c', { value: 5, reported: 5, childSum: null, missingChildren: 0 }],
    ]);
    expect(amounts(tree, figureReader(tree, 'bhxh-tu-nguyen', '2024-05-01')).get('khong-co')).toBeUndefined();
  });

  it('a childless unit with no figure is unknown, and a reported 0 stays 0', () => {
    const s = snapshotSchema.parse({ ...base, figures: [{ unit: 'b', date: '2024-05-01', value: 0 }] });
    const tree = buildTree(s);
    const a = amounts(tree, figureReader(tree, 'bhxh-tu-nguyen', '2024-05-01'));
    expect(a.get('b')).toEqual({ value: 0, reported: 0, childSum: null, missingChildren: 0 });
    expect(a.get('c')).toEqual({ value: null, reported: null, childSum: null, missingChildren: 0 });
    expect(a.get('a')).toEqual({ value: 0, reported: null, childSum: 0, missingChildren: 1 });
  });

  it('targets for several years: the year in view (the latest) wins, whatever the order in the file', () => {
    const target = (unit: string, year: number, yearTotal: number) => ({ unit, year, yearTotal });
    const s = snapshotSchema.parse({
      ...base,
      figures: [{ unit: 'b', date: '2025-03-31', value: 12 }, { unit: 'c', date: '2025-03-31', value: 9 }],
      // B: 2025 written before 2024; C: only 2024 (its 2025 target not given yet).
      targets: [target('b', 2025, 40), target('b', 2024, 30), target('c', 2024, 25), target('a', 2024, 55)],
    });
    const tree = buildTree(s);
    const year = snapshotYear(s);
    expect(year).toBe(2025);
    const table = progressTable(tree, chooseMeasure(tree, 'bhxh-tu-nguyen', year));
    expect(table.byUnit.get('b')).toMatchObject({ attained: 12, target: 40, percent: 30 });
    // Last year's target is not this year's: C's is unknown, and A's is only what is known of 2025.
    expect(table.byUnit.get('c')).toMatchObject({ attained: 9, target: null, percent: null, status: 'chua-ro' });
    expect(table.targets.get('a')).toEqual({ value: 40, reported: null, childSum: 40, missingChildren: 1 });
  });
});
