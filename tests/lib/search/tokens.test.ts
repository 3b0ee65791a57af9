import { describe, expect, test } from 'vitest';
import { findPhrase, hasUnfoldedLetter, searchTokens } from '../../../src/lib/search/tokens.ts';
import { foldMarks } from '../../../src/lib/format/text.ts';

describe('searchTokens', () => {
  test('folds tone marks and đ, lower-cases, and splits on punctuation', () => {
    expect(searchTokens('Đăng ký tham gia BHXH, bưu điện!')).toEqual(['dang', 'ky', 'tham', 'gia', 'bhxh', 'buu', 'dien']);
  });
  test('marked and unmarked spellings give the same words', () => {
    for (const [marked, plain] of [['lương hưu', 'luong huu'], ['Lao Động', 'lao dong'], ['Lục Ngạn', 'luc ngan']]) {
      expect(searchTokens(marked!)).toEqual(searchTokens(plain!));
    }
  });
  test('agrees with foldMarks, the one fold of the project', () => {
    const text = 'Đợt cao điểm tại phường Thọ Xương';
    expect(searchTokens(text).join(' ')).toBe(foldMarks(text).toLowerCase());
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
