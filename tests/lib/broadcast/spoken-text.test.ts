import { describe, expect, test } from 'vitest';
import { spokenVietnamese } from '../../../src/lib/broadcast/spoken-text.ts';

describe('spokenVietnamese', () => {
  test('acronyms are read in full', () => {
    expect(spokenVietnamese('Tham gia BHXH tự nguyện và BHYT')).toBe('Tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế');
  });
  test('at the start of a sentence the full form takes the capital', () => {
    expect(spokenVietnamese('BHXH tự nguyện là gì? UBND xã hướng dẫn.')).toBe('Bảo hiểm xã hội tự nguyện là gì? Ủy ban nhân dân xã hướng dẫn.');
  });
  test('an acronym inside a longer word is left alone', () => {
    expect(spokenVietnamese('Mã BHXHVN và VssID')).toBe('Mã BHXHVN và VssID');
  });
});
