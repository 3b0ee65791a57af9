// fast-check generators of participation snapshots for the property suites: unit trees of any
// shape and depth, figures with blanks, targets over one or several years, and raw JSON that is
// wrong in any place (random values swapped into a good snapshot).
import { mutated } from './json-mutations.ts';
import { fc } from './property.ts';

export const INDICATORS = ['bhxh-tu-nguyen', 'bhxh-bat-buoc', 'bhtn', 'bhyt'] as const;

export interface RawUnit {
  id: string;
  name: string;
  level: string;
  parent: string | null;
}

/** A valid tree: unit i's parent is one of the units before it (or none), so no cycle. */
export const unitTree = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.tuple(
    fc.array(fc.integer({ min: -1, max: n }), { minLength: n, maxLength: n }),
    fc.array(fc.constantFrom('tỉnh', 'huyện', 'xã', 'phường', 'thôn', 'tổ dân phố'), { minLength: n, maxLength: n }),
  ).map(([parents, levels]): RawUnit[] =>
    parents.map((p, i) => ({ id: `u-${i}`, name: `Đơn vị ${i}`, level: levels[i]!, parent: i === 0 || p < 0 ? null : `u-${p % i}` })),
  ),
);

/** A count as data files hold it: a whole number ≥ 0, or null (blank in the source). */
export const cell = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 100_000 }) }, { weight: 1, arbitrary: fc.constant(null) });

const DATES = ['2023-03-31', '2023-04-30', '2023-05-21', '2023-12-31', '2024-04-24', '2024-06-30'];

/** A valid snapshot over `units`: figures on a few dates, targets for one or two years. */
export const snapshotOf = (units: RawUnit[]) =>
  fc.record({
    figures: fc.uniqueArray(
      fc.record({ unit: fc.constantFrom(...units.map((u) => u.id)), indicator: fc.constantFrom(...INDICATORS), date: fc.constantFrom(...DATES), value: cell }),
      { selector: (f) => `${f.unit}|${f.indicator}|${f.date}`, maxLength: 60 },
    ),
    targets: fc.uniqueArray(
      fc.record({ unit: fc.constantFrom(...units.map((u) => u.id)), indicator: fc.constantFrom(...INDICATORS), year: fc.constantFrom(2023, 2024), periodNew: cell, remainderNew: cell, yearTotal: cell }),
      { selector: (t) => `${t.unit}|${t.indicator}|${t.year}`, maxLength: 30 },
    ),
    counts: fc.constantFrom('total', 'new-in-year'),
  }).map((parts) => ({ campaign: 'chien-dich', source: 'Phụ lục 01', units, ...parts }));

export const validSnapshot = unitTree.chain(snapshotOf);

/** A good snapshot with 1–4 places replaced by junk, removed, or given an extra key. */
export const brokenSnapshot = validSnapshot.chain(mutated);
