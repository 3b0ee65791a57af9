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

  it('says each rule of the numbers in its own words, written out in full', () => {
    type Raw = Omit<ReturnType<typeof base>, 'figures' | 'targets'> & { indicators?: object[]; figures: Record<string, unknown>[]; targets: Record<string, unknown>[] };
    const lines = (change: (s: Raw) => void) => {
      const raw: Raw = base();
      change(raw);
      return errorsOf(raw).map((e) => `${e.field}: ${e.expected}; ${e.found}`);
    };
    const rate = { id: 'ty-le', label: 'Tỷ lệ', kind: 'percent', denominator: 'lực lượng lao động' };
    expect(lines((s) => (s.indicators = [{ ...rate, denominator: undefined }]))).toEqual(['indicators[0].denominator: chỉ tiêu tính bằng phần trăm cần ghi phần trăm của cái gì (ví dụ "lực lượng lao động trong độ tuổi"); (không có)']);
    expect(lines((s) => (s.figures[0]!.value = 2 ** 53))).toEqual(['figures[0].value: số quá lớn để giữ chính xác (tối đa 9.007.199.254.740.991); 9007199254740992']);
    expect(lines((s) => (s.figures[0]!.value = 200_000_001))).toEqual(['figures[0].value: cần số người không quá 200.000.000 (nhiều hơn dân số cả nước: gõ thừa chữ số?); 200000001']);
    expect(lines((s) => (s.figures[0]!.value = 200_000_000))).toEqual([]);
    expect(lines((s) => s.figures.push({ unit: 'huyen-a', date: '2023-03-31', value: 11 }))).toEqual(['figures[1]: mỗi đơn vị, chỉ tiêu và ngày chỉ có một số liệu; "huyen-a|bhxh-tu-nguyen|2023-03-31"']);
    expect(lines((s) => s.figures.push({ unit: 'huyen-a', date: '2023-04-30', value: 11 }))).toEqual([]);
    expect(lines((s) => (s.targets[0]!.period = { start: '2023-05-31', end: '2023-05-01' }))).toEqual(['targets[0].period.end: ngày kết thúc không được sớm hơn ngày bắt đầu; "2023-05-01"']);
    expect(lines((s) => (s.targets[0]!.period = { start: '2023-05-23', end: '2023-05-23' }))).toEqual([]);
    expect(lines((s) => (s.targets[0]!.baselineDate = '2023-02-29'))).toEqual(['targets[0].baselineDate: ngày này không có trên lịch; "2023-02-29"']);
    expect(lines((s) => s.targets.push({ unit: 'huyen-a', year: 2023, yearTotal: 25 }))).toEqual(['targets[1]: mỗi đơn vị, chỉ tiêu và năm chỉ có một dòng chỉ tiêu; "huyen-a|bhxh-tu-nguyen|2023"']);
    expect(lines((s) => s.targets.push({ unit: 'huyen-a', year: 2024, yearTotal: 25 }))).toEqual([]);
    expect(lines((s) => (s.targets[0]!.percent = 45))).toEqual(['targets[0].percent: "percent" chỉ dùng cho chỉ tiêu tính bằng phần trăm (indicators[].kind: "percent"); "bhxh-tu-nguyen" đếm số người; 45']);
    expect(lines((s) => (s.targets[0]!.coverage = [{ percent: 30, denominator: 'population', denominatorValue: -5 }]))).toEqual(['targets[0].coverage[0].denominatorValue: cần số người là số nguyên không âm (ô trống ghi null); -5']);
  });

  it('holds a percentage indicator to 0–100 and a percent target, never a count of people', () => {
    const lines = (figures: object[], targets: object[]) => errorsOf({ ...base(), indicators: [{ id: 'ty-le', label: 'Tỷ lệ', kind: 'percent', denominator: 'lực lượng lao động' }], figures, targets }).map((e) => `${e.field}: ${e.expected}; ${e.found}`);
    const result = (value: number) => ({ unit: 'huyen-a', indicator: 'ty-le', date: '2023-12-31', value });
    const goal = (over: object) => ({ unit: 'huyen-a', indicator: 'ty-le', year: 2023, ...over });
    // 47,5 % is a share, not a count: no "whole number" rule.
    expect(lines([result(0), { ...result(47.5), date: '2023-06-30' }, { ...result(100), date: '2022-12-31' }], [goal({ percent: 35, percentMax: 50 })])).toEqual([]);
    expect(lines([result(475)], [])).toEqual(['figures[0].value: cần một tỷ lệ phần trăm từ 0 đến 100 (45 nghĩa là 45 %); 475']);
    expect(lines([result(-1)], [])).toEqual(['figures[0].value: cần một tỷ lệ phần trăm từ 0 đến 100 (45 nghĩa là 45 %); -1']);
    expect(lines([], [goal({ yearTotal: 45 })])).toEqual([
      'targets[0].yearTotal: chỉ tiêu "ty-le" tính bằng phần trăm: ghi mục tiêu ở "percent", không ghi số người; 45',
      'targets[0].percent: chỉ tiêu "ty-le" tính bằng phần trăm: cần "percent" (45 nghĩa là 45 %); (không có)',
    ]);
    expect(lines([], [goal({ percent: 120 })])).toEqual(['targets[0].percent: cần một tỷ lệ phần trăm từ 0 đến 100 (45 nghĩa là 45 %); 120']);
    expect(lines([], [goal({ percent: 35, percentMax: 30 })])).toEqual(['targets[0].percentMax: cần mức trên của khoảng không nhỏ hơn "percent" (35); 30']);
    expect(lines([], [goal({ percent: 35, percentMax: 35 })])).toEqual([]);
  });

  it('finds a cycle of parents', () => {
    const raw = base();
    raw.units.push({ id: 'x', name: 'X', level: 'xã', parent: 'y' }, { id: 'y', name: 'Y', level: 'xã', parent: 'x' });
    const errors = errorsOf(raw);
    expect(errors.some((e) => /vòng/.test(e.expected) && e.field.startsWith('units['))).toBe(true);
    // Said once, on the first unit of the cycle, with the way round it.
    expect(errors.map((e) => `${e.field}: ${e.expected}; ${e.found}`)).toEqual(['units[2].parent: đơn vị cấp trên tạo thành vòng (x → y → x); "y"']);
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
    expect(report.errors).toEqual([
      { file: 'b.json', field: 'campaign', expected: 'mỗi chiến dịch chỉ có một tệp số liệu (đã có a.json)', found: '"bac-giang-2023"' },
      // "{ oops": a property name was due at the third character.
      { file: 'c.json', field: '', expected: 'cần một tệp JSON hợp lệ (dòng 1, cột 3: sai cú pháp)' },
    ]);
    expect(report.snapshots.map((s) => s.file)).toEqual(['a.json']);
    const binary = checkSnapshots([{ file: 'd.json', text: Uint8Array.from([0x7b, 0x00, 0x7d]) }, { file: 'e.json', text: new TextEncoder().encode(text) }], CAMPAIGNS);
    expect(binary.errors).toEqual([{ file: 'd.json', field: '', expected: 'cần một tệp văn bản (UTF-8); đây là tệp nhị phân' }]);
    expect(binary.snapshots.map((s) => s.file)).toEqual(['e.json']);
  });

  it('gives each good file its snapshot, its warnings and its staff notes, by file', () => {
    const raw = { ...base(), staffNotes: ['Bảng gõ lại từ bản quét.'], figures: [{ unit: 'tinh', date: '2023-03-31', value: 12 }, { unit: 'huyen-a', date: '2023-03-31', value: 10 }] };
    const report = checkSnapshots([{ file: 'a.json', text: JSON.stringify(raw) }], CAMPAIGNS);
    expect(report.errors).toEqual([]);
    expect(report.snapshots.map((s) => [s.file, s.snapshot.units.length])).toEqual([['a.json', 2]]);
    expect(report.staffNotes).toEqual([{ file: 'a.json', field: 'staffNotes[0]', expected: 'Bảng gõ lại từ bản quét.' }]);
    expect(report.warnings).toEqual([{ file: 'a.json', field: 'units[id=tinh]', expected: 'Tỉnh, BHXH tự nguyện, số người tham gia đến 31/3/2023: Tổng các huyện: 10 — số báo cáo: 12.' }]);
  });
});

describe('JSON Schema', () => {
  it('is generated from the zod schema and checked in up to date (npm run data:schema)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'content/data/_snapshot.schema.json'), 'utf8')).toBe(snapshotJsonSchemaText());
  });
});
