// du-lieu.csv over random unit names: a spreadsheet reads every name back as written, and a
// name that starts like a formula (=, +, -, @, tab, CR) gets the leading ' that keeps it text.
import { parse } from 'csv-parse/sync';
import { describe, expect } from 'vitest';
import { unitCsv } from '../../../src/lib/data/csv.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';
import { fc, test, viText } from '../../helpers/property.ts';

const name = fc.oneof(
  viText.map((t) => t.normalize('NFC').trim()).filter((t) => t.length > 0),
  fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string({ minLength: 1, maxLength: 20 })).map(([lead, rest]) => lead + rest),
  fc.string({ minLength: 1, maxLength: 20 }),
);

describe('unitCsv', () => {
  test.prop([fc.array(name, { minLength: 1, maxLength: 6 })])('every name reads back as written, formula-like ones escaped with a leading quote', (names) => {
    const snapshot = snapshotSchema.parse({
      campaign: 'x',
      source: 'Phụ lục',
      units: [{ id: 'goc', name: 'Gốc', level: 'xã', parent: null }, ...names.map((n, i) => ({ id: `u-${i}`, name: n, level: 'thôn', parent: 'goc' }))],
      figures: names.map((_, i) => ({ unit: `u-${i}`, date: '2024-05-01', value: i })),
    });
    const csv = unitCsv(buildModel(snapshot), 'goc');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    const shown = rows.slice(2).map((r) => r[1]);
    expect(shown).toEqual(names.map((n) => (/^[=+\-@\t\r]/.test(n) ? `'${n}` : n)));
  });
});
