// Aggregation over random unit trees with random blanks, checked against a plain recursive
// reading of the README's rule: a unit shows its own report, else the sum of its children that
// are known; children with nothing known anywhere below stay unknown, never 0.
import { describe, expect } from 'vitest';
import { amounts, buildTree, figureReader, targetReader } from '../../../src/lib/data/aggregate.ts';
import { chooseMeasure, progressTable, snapshotYear } from '../../../src/lib/data/progress.ts';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { fc, test } from '../../helpers/property.ts';
import { INDICATORS, validSnapshot } from '../../helpers/snapshot-arbitraries.ts';

const snapshot = validSnapshot.map((raw) => snapshotSchema.parse(raw));

/** The rule, written the slow and obvious way: recursion over the units. */
function expected(s: Snapshot, reported: (unit: string) => number | null) {
  const kids = (id: string) => s.units.filter((u) => u.parent === id);
  const value = (id: string): number | null => {
    const own = reported(id);
    if (own !== null) return own;
    const known = kids(id).map((k) => value(k.id)).filter((v): v is number => v !== null);
    return known.length > 0 ? known.reduce((a, b) => a + b, 0) : null;
  };
  return (id: string) => {
    const children = kids(id).map((k) => value(k.id));
    const known = children.filter((v): v is number => v !== null);
    return {
      value: value(id),
      reported: reported(id),
      childSum: known.length > 0 ? known.reduce((a, b) => a + b, 0) : null,
      missingChildren: children.length - known.length,
    };
  };
}

describe('amounts', () => {
  test.prop([snapshot, fc.constantFrom(...INDICATORS), fc.constantFrom('2023-03-31', '2023-05-21', '2024-04-24')])(
    'every unit: its report, else the sum of its known children; unknown stays unknown',
    (s, indicator, date) => {
      const tree = buildTree(s);
      const table = amounts(tree, figureReader(tree, indicator, date));
      const reported = (unit: string) => s.figures.find((f) => f.unit === unit && f.indicator === indicator && f.date === date)?.value ?? null;
      const rule = expected(s, reported);
      for (const u of s.units) expect(table.get(u.id), u.id).toEqual(rule(u.id));
    },
  );

  test.prop([snapshot, fc.constantFrom(...INDICATORS), fc.constantFrom('periodNew', 'remainderNew', 'yearTotal')])(
    'targets add up the same way, for the year in view only',
    (s, indicator, field) => {
      const tree = buildTree(s);
      const year = snapshotYear(s);
      const table = amounts(tree, targetReader(tree, indicator, field));
      const reported = (unit: string) => s.targets.find((t) => t.unit === unit && t.indicator === indicator && t.year === year)?.[field] ?? null;
      const rule = expected(s, reported);
      for (const u of s.units) expect(table.get(u.id), u.id).toEqual(rule(u.id));
    },
  );
});

describe('progressTable', () => {
  test.prop([snapshot, fc.constantFrom(...INDICATORS)])('a percentage only where both numbers are known and the target is above 0; unknown is "chưa rõ"', (s, indicator) => {
    const tree = buildTree(s);
    const table = progressTable(tree, chooseMeasure(tree, indicator, snapshotYear(s)));
    for (const [id, p] of table.byUnit) {
      if (p.attained === null || p.target === null || p.target === 0) expect(p.percent, id).toBeNull();
      else expect(p.percent, id).toBeCloseTo((p.attained / p.target) * 100, 9);
      expect(p.status === 'chua-ro', id).toBe(p.percent === null);
      if (p.percent !== null && p.percent >= 100) expect(p.status, id).toBe('dat');
    }
  });
});
