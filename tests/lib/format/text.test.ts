import { describe, expect, test } from 'vitest';
import { compareVi, foldMarks, truncateWords } from '../../../src/lib/format/text.ts';

describe('foldMarks', () => {
  test('removes tone marks and folds đ to d', () => {
    expect(foldMarks('Đăng ký tham gia bảo hiểm')).toBe('Dang ky tham gia bao hiem');
    expect(foldMarks('lương hưu, bưu điện, lao động')).toBe('luong huu, buu dien, lao dong');
  });
  test('works on NFD input too', () => {
    expect(foldMarks('Lục Ngạn'.normalize('NFD'))).toBe('Luc Ngan');
  });
});

describe('compareVi', () => {
  test('orders by the Vietnamese alphabet (d before đ before e)', () => {
    expect(['Em', 'Đông', 'Dân'].sort(compareVi)).toEqual(['Dân', 'Đông', 'Em']);
  });
});

describe('truncateWords', () => {
  test('leaves short text alone', () => {
    expect(truncateWords('Ngắn gọn', 20)).toBe('Ngắn gọn');
  });
  test('cuts at a word boundary and adds an ellipsis', () => {
    const cut = truncateWords('Tham gia bảo hiểm xã hội tự nguyện để có lương hưu', 30);
    expect(cut).toBe('Tham gia bảo hiểm xã hội tự…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });
});

// Added for mutants that survived `npm run mutation -- format`.
describe('compareVi, numbers and case', () => {
  test('numbers in names compare as numbers, and case does not count', () => {
    expect(['Phường 10', 'Phường 2', 'Phường 1'].sort(compareVi)).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
    expect(compareVi('tổ dân phố', 'Tổ Dân Phố')).toBe(0);
  });
});

describe('truncateWords at its edges', () => {
  test('a text exactly `max` long is left whole', () => {
    expect(truncateWords('abcdefghij', 10)).toBe('abcdefghij');
    expect(truncateWords('abcdefghijk', 10)).toBe('abcdefghi…');
  });
  test('cuts at the last space only when it keeps more than 60 % of the room, else mid-word', () => {
    // max 10: the first 9 characters "abcdef gh"; the space at 6 is not past 6 (60 %): cut mid-word.
    expect(truncateWords('abcdef ghijkl', 10)).toBe('abcdef gh…');
    expect(truncateWords('abcdefg hijkl', 10)).toBe('abcdefg…');
  });
  test('keeps leading spaces and never ends with one before the ellipsis', () => {
    expect(truncateWords('  Tham gia bảo hiểm xã hội', 12)).toBe('  Tham gia…');
  });
});
