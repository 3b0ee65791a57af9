import { describe, expect, test } from 'vitest';
import { formatAmountKm, formatDateKm, formatNumberKm } from '../../../src/lib/format/km-format.ts';

// Expected strings written out from CLDR's Khmer conventions: comma between thousands, decimal
// point, the month's Khmer name; units ដុង (đồng), ខែ (months), ឆ្នាំ (years).
describe('Khmer formats', () => {
  test('numbers and amounts', () => {
    expect(formatNumberKm(52139)).toBe('52,139');
    expect(formatAmountKm(330000, 'money')).toBe('330,000\u00a0ដុង');
    expect(formatAmountKm(22, 'percent')).toBe('22%');
    expect(formatAmountKm(7.5, 'years')).toBe('7.5\u00a0ឆ្នាំ');
    expect(formatAmountKm(120, 'months')).toBe('120\u00a0ខែ');
  });

  test('dates with the Khmer month name, no time-zone shift', () => {
    expect(formatDateKm('2026-11-30')).toBe('30 វិច្ឆិកា 2026');
    expect(formatDateKm('2025-07-01')).toBe('1 កក្កដា 2025');
  });
});
