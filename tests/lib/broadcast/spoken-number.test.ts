import { describe, expect, test } from 'vitest';
import { spokenSyllablesOfNumber, vietnameseNumberWords } from '../../../src/lib/broadcast/spoken-number.ts';

describe('vietnameseNumberWords', () => {
  test('the amounts of the scripts, as an announcer reads them', () => {
    expect(vietnameseNumberWords(264000)).toBe('hai trăm sáu mươi tư nghìn');
    expect(vietnameseNumberWords(330000)).toBe('ba trăm ba mươi nghìn');
    expect(vietnameseNumberWords(165000)).toBe('một trăm sáu mươi lăm nghìn');
    expect(vietnameseNumberWords(2530000)).toBe('hai triệu năm trăm ba mươi nghìn');
  });
  test('mốt, tư and lăm after tens; mười, linh; a zero hundred said after a higher group', () => {
    expect(vietnameseNumberWords(21)).toBe('hai mươi mốt');
    expect(vietnameseNumberWords(11)).toBe('mười một');
    expect(vietnameseNumberWords(15)).toBe('mười lăm');
    expect(vietnameseNumberWords(5)).toBe('năm');
    expect(vietnameseNumberWords(105)).toBe('một trăm linh năm');
    expect(vietnameseNumberWords(1005)).toBe('một nghìn không trăm linh năm');
    expect(vietnameseNumberWords(0)).toBe('không');
    expect(vietnameseNumberWords(1_000_000)).toBe('một triệu');
  });
  test('a number it cannot read is an error, not a guess', () => {
    expect(() => vietnameseNumberWords(-1)).toThrow(RangeError);
    expect(() => vietnameseNumberWords(1.5)).toThrow(RangeError);
  });
});

describe('spokenSyllablesOfNumber', () => {
  test('counts the words read: 264.000 is six syllables', () => {
    expect(spokenSyllablesOfNumber(264000)).toBe(6);
    expect(spokenSyllablesOfNumber(2026)).toBe(7); // hai nghìn không trăm hai mươi sáu
  });
});
