// The weekly update (npm run data:update): one date's figures from a two-column table, names
// matched without case or tone marks, clear errors for unknown or shared names and numbers with
// OCR noise, and every other part of the snapshot kept exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyWeeklyUpdate, describeUpdate, foldName, tableRows, unitKeys, UpdateError } from '../../../src/lib/data/weekly-update.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8')) as Record<string, unknown>;
const problems = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UpdateError) return error.problems;
    throw error;
  }
  throw new Error('expected an UpdateError');
};

describe('foldName and unitKeys', () => {
  it('fold case, tone marks, đ and spaces', () => {
    expect(foldName('  LỤC   NGẠN ')).toBe('luc ngan');
    expect(foldName('Sơn Động')).toBe('son dong');
  });

  it('a unit answers to its name, its name without the level word, and its id; the top unit to a total row', () => {
    expect(unitKeys({ id: 'to-dan-pho-so-1', name: 'Tổ dân phố Số 1', level: 'tổ dân phố', parent: 'tho-xuong' })).toEqual(['to dan pho so 1', 'to-dan-pho-so-1', 'so 1']);
    expect(unitKeys({ id: 'tho-xuong', name: 'Phường Thọ Xương', level: 'phường', parent: null })).toEqual(['phuong tho xuong', 'tho-xuong', 'tho xuong', 'tong cong', 'tong so', 'tong', 'cong']);
  });
});

describe('tableRows', () => {
  it('drops a header row and empty lines, keeping the line numbers people see', () => {
    expect(tableRows([['Huyện', 'Số người'], ['Yên Thế', '2.560'], ['', ''], ['Lục Ngạn', '']])).toEqual([
      { line: 2, name: 'Yên Thế', value: '2.560' },
      { line: 4, name: 'Lục Ngạn', value: '' },
    ]);
    expect(tableRows([['Yên Thế', '2560']])).toEqual([{ line: 1, name: 'Yên Thế', value: '2560' }]);
  });
});

describe('applyWeeklyUpdate', () => {
  it('adds the date’s figures for the named units, matching names without case or tone marks', () => {
    const raw = read('bac-giang-2023');
    const result = applyWeeklyUpdate(raw, [['Huyện', 'Số người'], ['yen the', '2.560'], ['LỤC NGẠN', '5190'], ['Tổng cộng', '']], { date: '2023-05-28' });
    const added = (result.raw.figures as Record<string, unknown>[]).slice(-2);
    expect(added).toEqual([
      { unit: 'yen-the', indicator: 'bhxh-tu-nguyen', date: '2023-05-28', value: 2560 },
      { unit: 'luc-ngan', indicator: 'bhxh-tu-nguyen', date: '2023-05-28', value: 5190 },
    ]);
    // Everything else is the file as read: same units, targets, notes, and the old figures in order.
    const { figures: before, ...restBefore } = raw;
    const { figures: after, ...restAfter } = result.raw;
    expect(restAfter).toEqual(restBefore);
    expect((after as unknown[]).slice(0, (before as unknown[]).length)).toEqual(before);
    expect(result.blank.map((u) => u.id)).toEqual(['tinh-bac-giang']);
    expect(result.untouched).toHaveLength(8);
  });

  it('replaces a figure of the same unit and date, and says what changed', () => {
    const raw = read('bac-giang-2023');
    const options = { date: '2023-05-21' };
    const result = applyWeeklyUpdate(raw, [['Yên Thế', '2.530'], ['Sơn Động', '2.479']], options);
    const figures = result.raw.figures as Record<string, unknown>[];
    expect(figures).toHaveLength((raw.figures as unknown[]).length);
    expect(figures.find((f) => f.unit === 'yen-the' && f.date === '2023-05-21')).toEqual({ unit: 'yen-the', indicator: 'bhxh-tu-nguyen', date: '2023-05-21', value: 2530 });
    expect(describeUpdate(result, options, 'content/data/bac-giang-2023.json', false)).toEqual([
      'Chạy thử (chưa ghi tệp): số liệu đến ngày 21/5/2023 vào content/data/bac-giang-2023.json',
      '  ~ Yên Thế: 2.523 → 2.530',
      '  = Sơn Động: 2.479 (không đổi)',
      'Không có trong bảng, giữ nguyên: Tỉnh Bắc Giang, Bắc Giang, Tân Yên, Lạng Giang, Lục Nam, Lục Ngạn, Yên Dũng, Việt Yên, Hiệp Hòa.',
    ]);
  });

  it('matches "Số 1" to "Tổ dân phố Số 1" (the level word left out, as annexes do)', () => {
    const result = applyWeeklyUpdate(read('tho-xuong-2024'), [['so 1', '3'], ['Tổ dân phố Hà Vị 2', '4']], { date: '2024-05-08' });
    expect(result.changes.map((c) => [c.unit.id, c.after])).toEqual([['to-dan-pho-so-1', 3], ['to-dan-pho-ha-vi-2', 4]]);
  });

  it('refuses an unknown unit, naming the line and the units it could be', () => {
    expect(problems(() => applyWeeklyUpdate(read('bac-giang-2023'), [['Yên Phong', '12'], ['Việt Yen', '3']], { date: '2023-05-28' }))).toEqual([
      'dòng 1: không có đơn vị nào tên "Yên Phong" trong tệp (các đơn vị: Tỉnh Bắc Giang, Bắc Giang, Yên Thế, Tân Yên, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Yên Dũng, Việt Yên, Hiệp Hòa)',
    ]);
  });

  it('refuses a name two units share once folded, asking for the unit id', () => {
    const raw = read('bac-giang-2023');
    raw.units = [...(raw.units as object[]), { id: 'yen-the-2', name: 'Yên thế', level: 'xã', parent: 'yen-the' }];
    expect(problems(() => applyWeeklyUpdate(raw, [['YEN THE', '12']], { date: '2023-05-28' }))).toEqual([
      'dòng 1: tên "YEN THE" khớp 2 đơn vị (Yên Thế, mã yen-the; Yên thế, mã yen-the-2); ghi mã đơn vị thay cho tên',
    ]);
    // The id settles it.
    expect(applyWeeklyUpdate(raw, [['yen-the-2', '12']], { date: '2023-05-28' }).changes[0]!.unit.id).toBe('yen-the-2');
  });

  it('refuses a number with OCR noise instead of guessing', () => {
    expect(problems(() => applyWeeklyUpdate(read('bac-giang-2023'), [['Yên Thế', '2.5O3'], ['Lục Ngạn', '5,19'], ['Sơn Động', '12!']], { date: '2023-05-28' }))).toEqual([
      'dòng 1, "Yên Thế": "2.5O3" không phải số người (viết như 2.523 hoặc 2523; để trống nếu chưa rõ)',
      'dòng 2, "Lục Ngạn": "5,19" không phải số người (viết như 2.523 hoặc 2523; để trống nếu chưa rõ)',
      'dòng 3, "Sơn Động": "12!" không phải số người (viết như 2.523 hoặc 2523; để trống nếu chưa rõ)',
    ]);
  });

  it('refuses a unit written twice, a bad date and an unknown indicator', () => {
    expect(problems(() => applyWeeklyUpdate(read('bac-giang-2023'), [['Yên Thế', '1'], ['yen-the', '2']], { date: '2023-02-30', indicator: 'bhxh-sai' }))).toEqual([
      '--date: cần một ngày có thật dạng YYYY-MM-DD; gặp: "2023-02-30"',
      '--indicator: cần mã một chỉ tiêu của tệp (bhxh-tu-nguyen, bhxh-bat-buoc, bhtn, bhyt); gặp: "bhxh-sai"',
      'dòng 2: "yen-the" là Yên Thế, đã có ở dòng 1',
    ]);
  });

  it('a blank cell never erases a figure', () => {
    const raw = read('bac-giang-2023');
    const result = applyWeeklyUpdate(raw, [['Yên Thế', ''], ['Sơn Động', '2.480']], { date: '2023-05-21' });
    expect((result.raw.figures as Record<string, unknown>[]).find((f) => f.unit === 'yen-the' && f.date === '2023-05-21')!.value).toBe(2523);
  });

  it('says what it wrote: new figures, blanks kept, units not in the table', () => {
    const options = { date: '2023-05-28' };
    const result = applyWeeklyUpdate(read('bac-giang-2023'), [['Yên Thế', '2.560'], ['Lục Ngạn', '']], options);
    expect(describeUpdate(result, options, 'content/data/bac-giang-2023.json', true)).toEqual([
      'Đã cập nhật: số liệu đến ngày 28/5/2023 vào content/data/bac-giang-2023.json',
      '  + Yên Thế: 2.560 (mới)',
      'Để trống trong bảng, giữ nguyên: Lục Ngạn.',
      'Không có trong bảng, giữ nguyên: Tỉnh Bắc Giang, Bắc Giang, Tân Yên, Lạng Giang, Lục Nam, Sơn Động, Yên Dũng, Việt Yên, Hiệp Hòa.',
    ]);
  });

  it('on a small file: a figure written without its indicator is the default one’s, and is replaced; illustrative figures say so', () => {
    const small = { campaign: 'x', source: 's', units: [{ id: 'a', name: 'Xã A', level: 'xã', parent: null }, { id: 'b', name: 'Thôn B', level: 'thôn', parent: 'a' }] };
    const replaced = applyWeeklyUpdate({ ...small, figures: [{ unit: 'b', date: '2024-01-31', value: 1 }] }, [['Thôn B', '2']], { date: '2024-01-31' });
    expect(replaced.raw.figures).toEqual([{ unit: 'b', indicator: 'bhxh-tu-nguyen', date: '2024-01-31', value: 2 }]);
    expect(replaced.changes.map((c) => [c.unit.id, c.before, c.after])).toEqual([['b', 1, 2]]);
    // A file with no figures yet; a ragged row (the number cell missing) reads as blank.
    const first = applyWeeklyUpdate(small, [['Thôn B', '7'], ['Xã A']], { date: '2024-01-31', illustrative: true });
    expect(first.raw.figures).toEqual([{ unit: 'b', indicator: 'bhxh-tu-nguyen', date: '2024-01-31', value: 7, illustrative: true }]);
    expect(first.blank.map((u) => u.id)).toEqual(['a']);
  });

  it('refuses a row without a name, a table with no number, a broken file, and a number the file cannot hold', () => {
    const raw = read('bac-giang-2023');
    expect(problems(() => applyWeeklyUpdate(raw, [['', '5'], ['Yên Thế', '1']], { date: '2023-05-28' }))).toEqual(['dòng 1: thiếu tên đơn vị ở cột thứ nhất']);
    expect(problems(() => applyWeeklyUpdate(raw, [['Yên Thế', '']], { date: '2023-05-28' }))).toEqual(['bảng không có dòng số liệu nào (cần hai cột: tên đơn vị, số người tham gia)']);
    expect(problems(() => applyWeeklyUpdate({ ...raw, units: [] }, [['Yên Thế', '1']], { date: '2023-05-28' }))).toEqual(['tệp số liệu › units: cần ít nhất 1 mục; gặp: []']);
    // The update itself is checked like the file: 300 million is more people than the country has.
    const at = (raw.figures as unknown[]).length;
    expect(problems(() => applyWeeklyUpdate(raw, [['Yên Thế', '300.000.000']], { date: '2023-05-28' }))).toEqual([
      `figures[${at}].value: cần số người không quá 200.000.000 (nhiều hơn dân số cả nước: gõ thừa chữ số?); gặp: 300000000`,
    ]);
  });
});

describe('tableRows with ragged rows', () => {
  it('a row with one cell or none reads its missing cells as blank', () => {
    expect(tableRows([['Yên Thế'], [], ['', '5']])).toEqual([
      { line: 1, name: 'Yên Thế', value: '' },
      { line: 3, name: '', value: '5' },
    ]);
  });
});
