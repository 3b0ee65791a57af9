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
