import { describe, expect, test } from 'vitest';
import { findPhrase, hasUnfoldedLetter, searchTokens } from '../../../src/lib/search/tokens.ts';

describe('searchTokens', () => {
  test('folds tone marks and đ, lower-cases, and splits on punctuation', () => {
    expect(searchTokens('Đăng ký tham gia BHXH, bưu điện!')).toEqual(['dang', 'ky', 'tham', 'gia', 'bhxh', 'buu', 'dien']);
  });
  test('marked and unmarked spellings give the same words', () => {
    for (const [marked, plain] of [['lương hưu', 'luong huu'], ['Lao Động', 'lao dong'], ['Lục Ngạn', 'luc ngan']]) {
      expect(searchTokens(marked!)).toEqual(searchTokens(plain!));
    }
  });
  test('folds every tone and vowel mark, đ and Đ, written out by hand', () => {
    expect(searchTokens('Đợt cao điểm tại phường Thọ Xương')).toEqual(['dot', 'cao', 'diem', 'tai', 'phuong', 'tho', 'xuong']);
    expect(searchTokens('ĐẮK LẮK Ưu đãi ỐNG ƠI')).toEqual(['dak', 'lak', 'uu', 'dai', 'ong', 'oi']);
  });
  test('keeps digits and splits a date or an amount into its numbers', () => {
    expect(searchTokens('Hotline 1900 9068, từ 1/7/2025: 1.500.000 đồng')).toEqual(['hotline', '1900', '9068', 'tu', '1', '7', '2025', '1', '500', '000', 'dong']);
  });
  test('an ampersand inside an acronym joins it', () => {
    expect(searchTokens('Sở LĐTB&XH')).toEqual(['so', 'ldtbxh']);
    expect(searchTokens('LĐTBXH')).toEqual(['ldtbxh']);
    expect(searchTokens('A & B')).toEqual(['a', 'b']);
  });
  test('NFD input folds like NFC input', () => {
    expect(searchTokens('Đồng Nai'.normalize('NFD'))).toEqual(['dong', 'nai']);
  });
});

describe('hasUnfoldedLetter', () => {
  test('only đ and Đ need folding by Loa', () => {
    expect(hasUnfoldedLetter('đóng')).toBe(true);
    expect(hasUnfoldedLetter('LĐTB&XH')).toBe(true);
    expect(hasUnfoldedLetter('lương')).toBe(false);
  });
});

describe('findPhrase', () => {
  test('finds every start of a token sequence', () => {
    expect(findPhrase(['a', 'b', 'a', 'b'], ['a', 'b'])).toEqual([0, 2]);
    expect(findPhrase(['a'], [])).toEqual([]);
  });
});
