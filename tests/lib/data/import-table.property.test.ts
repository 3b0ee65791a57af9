// The annex importer over random tables written as CSV and read back the way `npm run
// data:import` reads them: Vietnamese numbers, blanks, dashes, OCR noise and formula-like text
// in any cell. A number is read only when it is one; anything else is null (unknown, never 0)
// and listed; the importer never crashes, and what it makes goes through the snapshot check.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect } from 'vitest';
import { importTable, slug, type ImportConfig } from '../../../src/lib/data/import-table.ts';
import { validateSnapshot } from '../../../src/lib/data/validate.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { formatNumber } from '../../../src/lib/format/vi-format.ts';
import { fc, test, viWord } from '../../helpers/property.ts';

const FIGURES = ['Lũy kế 31/3/2023', 'Lũy kế 21/5/2023'];
const TARGETS = ['Chỉ tiêu tháng 5', 'Chỉ tiêu cả năm'];
const CONFIG: ImportConfig = {
  campaign: 'chien-dich',
  source: 'Phụ lục 01',
  year: 2023,
  parent: { id: 'tinh', name: 'Tỉnh Thử', level: 'tỉnh' },
  columns: { name: 'Đơn vị' },
  childLevel: 'huyện',
  totalRow: 'Tổng',
  figures: [{ column: FIGURES[0]!, date: '2023-03-31' }, { column: FIGURES[1]!, date: '2023-05-21', indicator: 'bhyt' }],
  targets: [{ column: TARGETS[0]!, field: 'periodNew' }, { column: TARGETS[1]!, field: 'yearTotal' }],
};

/** A cell as annexes hold them: good numbers, blanks and dashes, OCR noise, formulas, anything. */
const numberCell = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 2_000_000 }).map(formatNumber) },
  { weight: 1, arbitrary: fc.nat({ max: 999 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '-', '–', '—', ' - ') },
  { weight: 2, arbitrary: fc.constantFrom('!', 'l2', '1O', '5,2', '12.3', '1.2345', '1 234', '.123', '123.', '=SUM(A1:A3)', '+84', '@x', '-5', '−5', 'N/A', 'x', '1.2e3', '0x10', '١٢٣') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const nameCell = fc.oneof(
  { weight: 6, arbitrary: fc.array(viWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('=HYPERLINK("http://x")', '+Xã Mới', '@Thôn', '  Tổ 1  ', 'Phường 7', 'Tổ dân phố Số 1') },
);
const row = fc.tuple(nameCell, numberCell, numberCell, numberCell, numberCell);
const table = fc.tuple(fc.uniqueArray(row, { selector: ([name]) => slug(name), minLength: 1, maxLength: 15 }), fc.option(fc.tuple(numberCell, numberCell, numberCell, numberCell), { nil: null }), fc.boolean());

/** What a cell must read as: the number it spells the Vietnamese way, null when blank or not a number. */
function meant(cell: string): { value: number | null; unreadable: boolean } {
  const t = cell.trim();
  if (t === '' || /^[-–—]$/.test(t)) return { value: null, unreadable: false };
  if (/^\d{1,3}(\.\d{3})*$/.test(t) || /^\d+$/.test(t)) return { value: Number(t.replaceAll('.', '')), unreadable: false };
  return { value: null, unreadable: true };
}

describe('importTable', () => {
  test.prop([table])('reads numbers only where the cell is one, keeps the rest unknown and listed, and never crashes', ([rows, total, bom]) => {
    const body = rows.map((r) => [...r]);
    if (total) body.push(['Tổng cộng', ...total]);
    const csv = `${bom ? '\uFEFF' : ''}${stringify([['Đơn vị', ...FIGURES, ...TARGETS], ...body])}`;
    const parsed = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    const { snapshot, unreadable } = importTable(parsed, CONFIG);

    expect(snapshot.units.map((u) => u.name)).toEqual(['Tỉnh Thử', ...rows.map(([name]) => name.trim())]);
    let listed = 0;
    body.forEach((cells, r) => {
      const unit = r < rows.length ? slug(cells[0]!) : 'tinh';
      for (const [k, column] of [...FIGURES, ...TARGETS].entries()) {
        const want = meant(cells[k + 1]!);
        if (want.unreadable) listed++;
        const got = k < 2 ? snapshot.figures.find((f) => f.unit === unit && f.date === CONFIG.figures[k]!.date)!.value : snapshot.targets.find((t) => t.unit === unit && t.indicator === 'bhxh-tu-nguyen')![k === 2 ? 'periodNew' : 'yearTotal'];
        expect(got, `${column} of ${JSON.stringify(cells[0])}: ${JSON.stringify(cells[k + 1])}`).toBe(want.value);
      }
    });
    expect(unreadable).toHaveLength(listed);
    // What the importer makes is checked like any snapshot: a problem (a name with no letter
    // for an id) is an error naming its JSON path, never a crash.
    for (const issue of validateSnapshot('content/data/x.json', snapshot, null).errors) {
      expect(formatIssue(issue)).toMatch(/^content\/data\/x\.json › units\[\d+\]\.id: /);
    }
  });

  test.prop([fc.array(fc.array(fc.string({ maxLength: 6 }), { maxLength: 6 }), { maxLength: 6 })])('any table at all: a result or one readable Vietnamese error, never a crash', (rows) => {
    try {
      importTable([['Đơn vị', ...FIGURES, ...TARGETS], ...rows], CONFIG);
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^Dòng \d+: /);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
