import { describe, expect, test } from 'vitest';
import { formatPhone, hasPhone, keepPhoneTogether, parsePhone, splitPhones } from '../../../src/lib/format/phone.ts';

const NB = '\u00a0';

describe('keepPhoneTogether', () => {
  test('joins the groups of a number with non-breaking spaces and keeps the digits', () => {
    const shown = keepPhoneTogether('0204 385 0000');
    expect(shown).not.toContain(' ');
    expect(shown.split('\u00a0')).toEqual(['0204', '385', '0000']);
  });
});

describe('parsePhone', () => {
  test('reads the hotline however it is written, and shows it as the header does', () => {
    for (const written of ['1900 9068', '1900.9068', '19009068', '1900-9068', `1900${NB}9068`]) {
      expect(parsePhone(written), written).toEqual({ digits: '19009068', display: `1900${NB}9068`, href: 'tel:19009068' });
    }
  });

  test('groups 10-digit service numbers, mobiles and landlines the usual way', () => {
    expect(parsePhone('1900545482')?.display).toBe(`1900${NB}545${NB}482`);
    expect(parsePhone('0912.345.678')?.display).toBe(`0912${NB}345${NB}678`);
    expect(parsePhone('0294 3864635')).toEqual({ digits: '02943864635', display: `0294${NB}386${NB}4635`, href: 'tel:02943864635' });
    expect(parsePhone('024 3936 6666')?.display).toBe(`024${NB}3936${NB}6666`);
  });

  test('turns +84 into the domestic form', () => {
    expect(parsePhone('+84 912 345 678')).toEqual({ digits: '0912345678', display: `0912${NB}345${NB}678`, href: 'tel:0912345678' });
  });

  test('refuses amounts, years, document numbers and short numbers', () => {
    for (const text of ['1.500.000', '1900', '2023', '52.139', '07/2021', '1800 người', '0123', '1900 90681']) expect(parsePhone(text), text).toBeNull();
  });
});

describe('formatPhone', () => {
  test('formats a known number and keeps any other text whole', () => {
    expect(formatPhone('19009068')).toBe(`1900${NB}9068`);
    expect(formatPhone('113 ext 2')).toBe(`113${NB}ext${NB}2`);
  });
});

describe('splitPhones', () => {
  test('finds every number in a sentence and gives the text back unchanged around it', () => {
    const text = 'Cần hỏi, gọi số 0294 3864635 hoặc đường dây nóng 1900.9068.';
    const segments = splitPhones(text);
    expect(segments.map((s) => ('phone' in s ? s.phone.digits : s.text))).toEqual(['Cần hỏi, gọi số ', '02943864635', ' hoặc đường dây nóng ', '19009068', '.']);
    expect(segments.map((s) => ('phone' in s ? s.written : s.text)).join('')).toBe(text);
  });

  test('leaves amounts, dates and percentages alone', () => {
    const text = 'Đóng 330.000 đồng từ 1/7/2025, hỗ trợ 22 %, 1.500.000 đồng, năm 1900 và 2023.';
    expect(splitPhones(text)).toEqual([{ text }]);
    expect(hasPhone(text)).toBe(false);
    expect(hasPhone('gọi 1900 9068')).toBe(true);
  });
});
