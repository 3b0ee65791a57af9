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
