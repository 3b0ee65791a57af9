import { describe, expect, test } from 'vitest';
import { joinNumberUnits, splitNumberUnits } from '../../../src/lib/format/keep-together.ts';

const kept = (text: string) => splitNumberUnits(text).filter((s) => s.keep).map((s) => s.text);

describe('splitNumberUnits', () => {
  test('finds each number with the unit after it and gives the text back unchanged', () => {
    const text = 'Năm 2023 có 52.139 người, đạt 81,5 % và đóng 330.000 đồng trong 10 năm.';
    expect(kept(text)).toEqual(['52.139 người', '81,5 %', '330.000 đồng', '10 năm']);
    expect(splitNumberUnits(text).map((s) => s.text).join('')).toBe(text);
  });

  test('keeps "triệu đồng" and "đồng/tháng" in the group', () => {
    expect(kept('1,5 triệu đồng và 46.800.000 đồng/tháng')).toEqual(['1,5 triệu đồng', '46.800.000 đồng/tháng']);
  });

  test('leaves a unit word that is part of a longer word, or that comes before the number', () => {
    expect(kept('5 đồngx, tháng 5, năm 2023, 20 tháng5')).toEqual([]);
  });
});

describe('joinNumberUnits', () => {
  test('joins each number to its unit with a non-breaking space and leaves the rest', () => {
    expect(joinNumberUnits('Nhà nước hỗ trợ từ 66.000 đồng, tức 20 % của 1,5 triệu đồng.')).toBe('Nhà nước hỗ trợ từ 66.000\u00a0đồng, tức 20\u00a0% của 1,5\u00a0triệu\u00a0đồng.');
  });
});
