import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSnapshot } from '../../../src/lib/data/validate.ts';
import { checkSnapshots } from '../../../src/lib/data/check-snapshots.ts';
import { snapshotJsonSchemaText } from '../../../src/schemas/snapshot-json-schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', name), 'utf8'));
const CAMPAIGNS = new Set(['bac-giang-2023', 'tho-xuong-2024', 'tra-vinh-2023', 'kien-giang-2021-2025']);
const base = () => ({
  campaign: 'bac-giang-2023',
  source: 'Phụ lục thử',
  units: [
    { id: 'tinh', name: 'Tỉnh', level: 'tỉnh', parent: null },
    { id: 'huyen-a', name: 'Huyện A', level: 'huyện', parent: 'tinh' },
  ],
  figures: [{ unit: 'huyen-a', date: '2023-03-31', value: 10 }],
  targets: [{ unit: 'huyen-a', year: 2023, yearTotal: 20 }],
});
const errorsOf = (raw: unknown) => validateSnapshot('content/data/x.json', raw, CAMPAIGNS).errors;

describe('validateSnapshot', () => {
  it('says in Vietnamese what zod checks without words of ours (found by the property suite)', () => {
    const lines = (raw: unknown) => errorsOf(raw).map((e) => `${e.field}: ${e.expected}; ${e.found}`);
    expect(lines({ ...base(), counts: 'tong' })).toEqual(['counts: cần một trong các giá trị: "total", "new-in-year"; "tong"']);
    expect(lines({ ...base(), units: [{ id: 'tinh', name: '', level: 'tỉnh', parent: null }] })).toEqual(['units[0].name: không được để trống; ""']);
    expect(lines({ ...base(), units: [] })).toEqual(['units: cần ít nhất 1 mục; []']);
    expect(lines({ ...base(), targets: [{ unit: 'huyen-a', year: 2 ** 60, yearTotal: 20 }] })).toEqual([`targets[0].year: cần số không lớn hơn ${Number.MAX_SAFE_INTEGER}; ${2 ** 60}`]);
  });

  it('accepts the four example snapshots', () => {
    for (const f of ['bac-giang-2023.json', 'tho-xuong-2024.json', 'tra-vinh-2023.json', 'kien-giang-2021-2025.json']) expect(errorsOf(read(f))).toEqual([]);
  });

  it('names the JSON path and the value of each kind of error', () => {
    const cases: [string, (s: ReturnType<typeof base>) => void, string, string][] = [
      ['unknown parent', (s) => (s.units[1]!.parent = 'khong-co'), 'units[1].parent', '"khong-co"'],
      ['duplicate id', (s) => s.units.push({ id: 'huyen-a', name: 'B', level: 'huyện', parent: 'tinh' }), 'units[2].id', '"huyen-a"'],
      ['unknown indicator', (s) => ((s.figures[0] as Record<string, unknown>).indicator = 'bhxh-sai'), 'figures[0].indicator', '"bhxh-sai"'],
      ['negative count', (s) => (s.figures[0]!.value = -3), 'figures[0].value', '-3'],
      ['non-integer count', (s) => (s.figures[0]!.value = 2.5), 'figures[0].value', '2.5'],
      ['malformed date', (s) => (s.figures[0]!.date = '31/3/2023'), 'figures[0].date', '"31/3/2023"'],
      ['impossible date', (s) => (s.figures[0]!.date = '2023-02-30'), 'figures[0].date', '"2023-02-30"'],
      ['unknown campaign', (s) => (s.campaign = 'ha-noi-2030'), 'campaign', '"ha-noi-2030"'],
      ['unknown unit of a target', (s) => (s.targets[0]!.unit = 'xa-z'), 'targets[0].unit', '"xa-z"'],
    ];
    for (const [name, change, field, found] of cases) {
      const raw = base();
      change(raw);
      const errors = errorsOf(raw);
      expect(errors.map((e) => [e.field, e.found]), name).toContainEqual([field, found]);
    }
  });

  it('finds a cycle of parents', () => {
    const raw = base();
    raw.units.push({ id: 'x', name: 'X', level: 'xã', parent: 'y' }, { id: 'y', name: 'Y', level: 'xã', parent: 'x' });
    const errors = errorsOf(raw);
    expect(errors.some((e) => /vòng/.test(e.expected) && e.field.startsWith('units['))).toBe(true);
  });

  it('keeps a blank as null, not 0', () => {
    const raw = base();
    raw.figures[0]!.value = null as unknown as number;
    const check = validateSnapshot('x.json', raw, CAMPAIGNS);
    expect(check.snapshot?.figures[0]?.value).toBeNull();
  });

  it('allows only one snapshot per campaign, and reports bad JSON with the file name', () => {
    const text = JSON.stringify(base());
    const report = checkSnapshots([{ file: 'a.json', text }, { file: 'b.json', text }, { file: 'c.json', text: '{ oops' }], CAMPAIGNS);
    expect(report.errors.map((e) => `${e.file}|${e.field}`)).toEqual(['b.json|campaign', 'c.json|']);
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and checked in up to date (npm run data:schema)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'content/data/_snapshot.schema.json'), 'utf8')).toBe(snapshotJsonSchemaText());
  });
});
