import { describe, expect, test } from 'vitest';
import { keepNumbersWithUnits } from '../../../src/lib/format/keep-together.ts';

const NB = '\u00a0';
const WJ = '\u2060';

describe('keepNumbersWithUnits', () => {
  test('joins a number to the unit after it', () => {
    expect(keepNumbersWithUnits('Năm 2023 có 52.139 người, đạt 81,5 % và đóng 330.000 đồng.')).toBe(`Năm 2023 có 52.139${NB}người, đạt 81,5${NB}% và đóng 330.000${NB}đồng.`);
  });

  test('keeps "triệu đồng" and "đồng/tháng" with their number', () => {
    expect(keepNumbersWithUnits('1,5 triệu đồng')).toBe(`1,5${NB}triệu${NB}đồng`);
    expect(keepNumbersWithUnits('46.800.000 đồng/tháng')).toBe(`46.800.000${NB}đồng/${WJ}tháng`);
  });

  test('leaves a unit word that is part of a longer word, or that comes before the number', () => {
    expect(keepNumbersWithUnits('5 đồngx, tháng 5, năm 2023')).toBe('5 đồngx, tháng 5, năm 2023');
  });

  test('is idempotent', () => {
    const once = keepNumbersWithUnits('10.296.000 đồng/tháng, 10 năm');
    expect(keepNumbersWithUnits(once)).toBe(once);
  });
});
