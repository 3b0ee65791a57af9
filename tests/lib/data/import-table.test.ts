import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BLANK_NOTE, importTable, parseCount, type ImportConfig } from '../../../src/lib/data/import-table.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = path.join(ROOT, 'content/data/annexes');

function run(name: string) {
  const rows = parse(fs.readFileSync(path.join(dir, `${name}.csv`), 'utf8'), { relax_column_count: true }) as string[][];
  const config = JSON.parse(fs.readFileSync(path.join(dir, `${name}.config.json`), 'utf8')) as ImportConfig;
  return { rows, config, result: importTable(rows, config) };
}

describe('parseCount', () => {
  it('reads Vietnamese thousands, keeps blanks and dashes unknown, refuses garbage', () => {
    expect(parseCount('52.139')).toBe(52139);
    expect(parseCount('128')).toBe(128);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-')).toBeNull();
    expect(parseCount('!')).toBeUndefined();
    expect(parseCount('5,2')).toBeUndefined();
    // A row shorter than the header: the missing cell is blank.
    expect(parseCount(undefined)).toBeNull();
  });
});

describe('importTable on the seed annexes', () => {
  for (const [annex, snapshot] of [
    ['bac-giang-2023-phu-luc-01', 'bac-giang-2023'],
    ['tho-xuong-2024-phu-luc-01', 'tho-xuong-2024'],
    ['tra-vinh-2023-chi-tieu', 'tra-vinh-2023'],
  ] as const) {
    it(`${annex} gives the units, figures and targets of content/data/${snapshot}.json`, () => {
      const { result } = run(annex);
      const content = snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${snapshot}.json`), 'utf8')));
      expect(result.snapshot.units).toEqual(content.units);
      expect(result.snapshot.figures).toEqual(content.figures.filter((f) => !f.illustrative));
      const strip = (t: (typeof content.targets)[number]) => ({ ...t, coverage: [] });
      expect(result.snapshot.targets.map(strip)).toEqual(content.targets.filter((t) => content.units.some((u) => u.id === t.unit) && result.snapshot.targets.some((r) => r.unit === t.unit && r.indicator === t.indicator)).map(strip));
    });
  }

  it('keeps blank and unreadable OCR cells as null and lists the unreadable ones', () => {
    const { rows, result } = run('tho-xuong-2024-phu-luc-01');
    const header = rows[0]!;
    const rest = header.indexOf('Chỉ tiêu phát triển của các tháng cuối năm');
    const garbled = rows.slice(1).filter((r) => r[rest] !== '' && parseCount(r[rest]) === undefined);
    expect(result.unreadable).toHaveLength(garbled.length);
    // Readers get one plain sentence; the cell-by-cell list is for staff.
    expect(result.snapshot.notes).toEqual([BLANK_NOTE]);
    expect(result.snapshot.staffNotes).toEqual([`Các ô không đọc được trong bảng gốc được để trống (chưa rõ): ${result.unreadable.join('; ')}.`]);
    for (const r of rows.slice(1, -1)) {
      const t = result.snapshot.targets.find((x) => x.unit === result.snapshot.units.find((u) => u.name === r[1])!.id)!;
      expect(t.remainderNew).toBe(parseCount(r[rest]) ?? null);
    }
  });

  it('names a missing column in its error', () => {
    const { rows, config } = run('bac-giang-2023-phu-luc-01');
    expect(() => importTable(rows, { ...config, columns: { name: 'Không có cột này' } })).toThrow(/Không có cột này/);
  });
});

describe('importTable on a small table worked out by hand', () => {
  const config: ImportConfig = {
    campaign: 'x', source: 'Phụ lục', year: 2024, parent: { name: 'Xã A', level: 'xã' },
    columns: { name: 'Đơn vị', level: 'Cấp', id: 'Mã' }, childLevel: 'thôn', totalRow: 'Tổng',
    figures: [{ column: '31/1', date: '2024-01-31' }], targets: [{ column: 'Chỉ tiêu', field: 'yearTotal' }],
  };
  const header = ['Mã', 'Đơn vị', 'Cấp', '31/1', 'Chỉ tiêu'];

  it('ids from the id column or the name, levels from the level column or childLevel, the total row for the parent', () => {
    const { snapshot, unreadable } = importTable([header, ['', 'Thôn Bắc', 'thôn', '12', '40'], ['b2', 'Xóm Nam', '', '8', ''], ['', '', '', '', ''], ['Tổng', '', '', '20', '100']], config);
    expect(snapshot.units).toEqual([
      { id: 'xa-a', name: 'Xã A', level: 'xã', parent: null },
      { id: 'thon-bac', name: 'Thôn Bắc', level: 'thôn', parent: 'xa-a' },
      { id: 'b2', name: 'Xóm Nam', level: 'thôn', parent: 'xa-a' },
    ]);
    const figure = (unit: string, value: number) => ({ unit, indicator: 'bhxh-tu-nguyen', date: '2024-01-31', value });
    expect(snapshot.figures).toEqual([figure('thon-bac', 12), figure('b2', 8), figure('xa-a', 20)]);
    const target = (unit: string, yearTotal: number | null) => ({ unit, indicator: 'bhxh-tu-nguyen', year: 2024, periodNew: null, remainderNew: null, yearTotal, coverage: [] });
    expect(snapshot.targets).toEqual([target('thon-bac', 40), target('b2', null), target('xa-a', 100)]);
    expect([snapshot.campaign, snapshot.source, snapshot.counts, snapshot.staffNotes, unreadable]).toEqual(['x', 'Phụ lục', 'total', [], []]);
  });

  it('says blank cells are unknown only when the table has one: a target column the table lacks is no blank', () => {
    const full = importTable([header, ['', 'Thôn Bắc', 'thôn', '12', '40'], ['Tổng', '', '', '12', '40']], config);
    expect(full.snapshot.notes).toEqual([]);
    const blankTarget = importTable([header, ['', 'Thôn Bắc', 'thôn', '12', ''], ['Tổng', '', '', '12', '40']], config);
    expect(blankTarget.snapshot.notes).toEqual(['Ô để trống trong bảng gốc là chưa rõ, không phải 0.']);
    const blankFigure = importTable([header, ['', 'Thôn Bắc', 'thôn', '', '40'], ['Tổng', '', '', '12', '40']], config);
    expect(blankFigure.snapshot.notes).toEqual(['Ô để trống trong bảng gốc là chưa rõ, không phải 0.']);
  });

  it('a campaign window and baseline go on every target; new-in-year counts are kept', () => {
    const { snapshot } = importTable([header, ['', 'Thôn Bắc', '', '12', '40']], { ...config, counts: 'new-in-year', period: { start: '2024-05-01', end: '2024-05-31' }, baselineDate: '2024-04-30' });
    expect(snapshot.counts).toBe('new-in-year');
    expect(snapshot.targets).toEqual([{ unit: 'thon-bac', indicator: 'bhxh-tu-nguyen', year: 2024, period: { start: '2024-05-01', end: '2024-05-31' }, baselineDate: '2024-04-30', periodNew: null, remainderNew: null, yearTotal: 40, coverage: [] }]);
  });

  it('reads cells and headers as typed, spaces around them or not; lists each unreadable cell for staff', () => {
    const spaced = [' Mã', 'Đơn vị ', ' Cấp ', '31/1', 'Chỉ tiêu'];
    const { snapshot, unreadable } = importTable(
      [spaced, ['', 'Thôn Bắc', ' thôn ', '1.2.3', '40'], ['  ', ' ', '', '', '   '], ['', 'Xóm Nam'], [' Tổng cộng', '', '', '20', '100']],
      { ...config, columns: { name: ' Đơn vị', level: 'Cấp', id: 'Mã ' }, childLevel: 'xóm' },
    );
    expect(snapshot.units.map((u) => [u.id, u.level])).toEqual([['xa-a', 'xã'], ['thon-bac', 'thôn'], ['xom-nam', 'xóm']]);
    expect(snapshot.figures.map((f) => [f.unit, f.value])).toEqual([['thon-bac', null], ['xom-nam', null], ['xa-a', 20]]);
    expect(unreadable).toEqual(['dòng 2, cột "31/1": "1.2.3"']);
    expect(snapshot.staffNotes).toEqual(['Các ô không đọc được trong bảng gốc được để trống (chưa rõ): dòng 2, cột "31/1": "1.2.3".']);
    expect(snapshot.notes).toEqual([BLANK_NOTE]);
  });

  it('names the missing column and the columns there are', () => {
    expect(() => importTable([header], { ...config, columns: { name: 'Tên' } })).toThrow('Không thấy cột "Tên" trong dòng tiêu đề (có: "Mã", "Đơn vị", "Cấp", "31/1", "Chỉ tiêu")');
  });

  it('stops on an empty table, a row without a name, or a row whose level nobody says, naming the line', () => {
    expect(() => importTable([], config)).toThrow('Bảng trống: cần một dòng tiêu đề.');
    expect(() => importTable([header, ['x1', ' ', 'thôn', '5', '']], config)).toThrow('Dòng 2: thiếu tên đơn vị ở cột "Đơn vị".');
    expect(() => importTable([header, ['', 'Thôn Bắc', 'thôn', '1', '2'], ['b2', 'Xóm Nam', '', '8', '']], { ...config, childLevel: undefined })).toThrow('Dòng 3: không rõ cấp của "Xóm Nam" (thêm cột cấp hoặc "childLevel").');
  });
});

