import { describe, expect, test } from 'vitest';
import { calculatorQuery, parseCalculatorQuery, paymentPeriods } from '../../../src/lib/rules/calculator-state.ts';

const defaults = { income: 1_500_000, groups: [], months: 1, date: '2026-11-30', supportedBefore: 0, firstDate: '2017-07-01' };
const allowed = [1, 3, 6, 12, 24, 36, 48, 60];

describe('parseCalculatorQuery', () => {
  test('reads the parameters of a shared link', () => {
    expect(parseCalculatorQuery('?thu-nhap=2000000&nhom=can-ngheo,dan-toc-thieu-so&phuong-thuc=6&ngay=2025-08-01&da-ho-tro=24', defaults, allowed)).toEqual({
      state: { income: 2_000_000, groups: ['can-ngheo', 'dan-toc-thieu-so'], months: 6, date: '2025-08-01', supportedBefore: 24 },
      ignored: [],
    });
  });
  test('reads the form submitted without the script (repeated nhom, income with dots)', () => {
    expect(parseCalculatorQuery('?thu-nhap=1.500.000&nhom=ho-ngheo&nhom=xa-dao&phuong-thuc=3&ngay=2026-11-30', defaults, allowed).state).toMatchObject({ income: 1_500_000, groups: ['ho-ngheo', 'xa-dao'], months: 3 });
  });
  test('malformed parameters keep their default and are listed with the reason', () => {
    const { state, ignored } = parseCalculatorQuery('?thu-nhap=abc&nhom=giau,ho-ngheo&phuong-thuc=5&ngay=2026-02-30&da-ho-tro=-1', defaults, allowed);
    expect(state).toEqual({ income: 1_500_000, groups: ['ho-ngheo'], months: 1, date: '2026-11-30', supportedBefore: 0 });
    expect(ignored.map((i) => `${i.name}=${i.value}`)).toEqual(['thu-nhap=abc', 'nhom=giau', 'phuong-thuc=5', 'ngay=2026-02-30', 'da-ho-tro=-1']);
    expect(ignored[0]!.reason).toBe('cần số đồng mỗi tháng, ví dụ 1500000');
  });
  test('a date before the rule data starts is ignored', () => {
    expect(parseCalculatorQuery('?ngay=2015-01-01', defaults, allowed).ignored.map((i) => i.name)).toEqual(['ngay']);
  });
});

describe('calculatorQuery', () => {
  test('writes every parameter, "khac" when no group is ticked, and round-trips', () => {
    const state = { income: 1_500_000, groups: [], months: 1, date: '2026-11-30', supportedBefore: 0 };
    expect(calculatorQuery(state)).toBe('?thu-nhap=1500000&nhom=khac&phuong-thuc=1&ngay=2026-11-30');
    const other = { income: 3_000_000, groups: ['ho-ngheo', 'can-ngheo'] as const, months: 12, date: '2025-08-01', supportedBefore: 10 };
    expect(calculatorQuery({ ...other, groups: [...other.groups] })).toBe('?thu-nhap=3000000&nhom=ho-ngheo,can-ngheo&phuong-thuc=12&ngay=2025-08-01&da-ho-tro=10');
    expect(parseCalculatorQuery(calculatorQuery({ ...other, groups: [...other.groups] }), defaults, allowed).state).toEqual({ ...other, groups: [...other.groups] });
  });
});

describe('paymentPeriods', () => {
  test('the rule periods, then each whole number of years ahead up to the limit', () => {
    expect(paymentPeriods({ periods: [1, 3, 6, 12], aheadYearsMax: 5, missingYearsMax: 5 })).toEqual([1, 3, 6, 12, 24, 36, 48, 60]);
  });
});
