import { describe, expect, test } from 'vitest';
import { ACRONYM_GROUPS, equivalentPhrases } from '../../../src/lib/search/acronyms.ts';
import { searchTokens } from '../../../src/lib/search/tokens.ts';

const phrases = (text: string) => equivalentPhrases(searchTokens(text)).map((p) => p.join(' '));

describe('equivalentPhrases', () => {
  test('an acronym brings its long form', () => {
    expect(phrases('Tham gia BHXH tự nguyện')).toEqual(['bao hiem xa hoi']);
  });
  test('a long form brings its acronym, whatever the marks', () => {
    expect(phrases('bảo hiểm y tế')).toEqual(['bhyt']);
    expect(phrases('bao hiem y te')).toEqual(['bhyt']);
  });
  test('both "ủy ban" and "uỷ ban" bring UBND', () => {
    expect(phrases('Ủy ban nhân dân xã')).toEqual(['ubnd']);
    expect(phrases('Uỷ ban nhân dân xã')).toEqual(['ubnd']);
  });
  test('LĐTB&XH in any spelling brings the long form and the other spelling', () => {
    expect(phrases('Sở LĐTB&XH')).toEqual(['ld tbxh', 'lao dong thuong binh va xa hoi']);
    expect(phrases('Sở LĐTBXH')).toEqual(['ld tbxh', 'lao dong thuong binh va xa hoi']);
    expect(phrases('Sở Lao động – Thương binh và Xã hội')).toEqual(['ldtbxh', 'ld tbxh']);
  });
  test('a phrase written in the text is not added again', () => {
    expect(phrases('Bảo hiểm xã hội (BHXH)')).toEqual([]);
  });
  test('every group the issue names is in the table', () => {
    const acronyms = ACRONYM_GROUPS.map((g) => g[0]);
    for (const name of ['BHXH', 'BHYT', 'BHTN', 'UBND', 'MTTQ', 'LĐTB&XH', 'TDP']) expect(acronyms).toContain(name);
  });
  test('no text, no additions', () => {
    expect(phrases('')).toEqual([]);
  });
});
