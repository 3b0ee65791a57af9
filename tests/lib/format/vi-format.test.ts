import { describe, expect, test } from 'vitest';
import { formatDate, formatDateLong, formatMoney, formatNumber, formatPercent, formatPeriod } from '../../../src/lib/format/vi-format.ts';

describe('formatNumber', () => {
  test('separates thousands with dots', () => {
    expect(formatNumber(52139)).toBe('52.139');
    expect(formatNumber(1500000)).toBe('1.500.000');
    expect(formatNumber(128)).toBe('128');
  });
});

describe('formatPercent', () => {
  test('uses a decimal comma and a space before %', () => {
    expect(formatPercent(29.72)).toBe('29,72\u00a0%');
    expect(formatPercent(50)).toBe('50\u00a0%');
  });
});

describe('formatMoney', () => {
  test('writes amounts in đồng', () => {
    expect(formatMoney(330000)).toBe('330.000\u00a0đồng');
  });
});

describe('formatDate', () => {
  test('writes day/month/year without leading zeros', () => {
    expect(formatDate('2023-05-31')).toBe('31/5/2023');
    expect(formatDate('2023-05-01')).toBe('1/5/2023');
  });
  test('writes a date in words for headlines', () => {
    expect(formatDateLong('2020-05-23')).toBe('ngày 23 tháng 5 năm 2020');
  });
  test('writes a period with an en dash', () => {
    expect(formatPeriod('2023-05-01', '2023-05-31')).toBe('1/5/2023 – 31/5/2023');
  });
  test('writes a one-day period as that one date', () => {
    expect(formatPeriod('2020-05-23', '2020-05-23')).toBe('23/5/2020');
  });
});
