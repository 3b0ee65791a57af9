// Hand-worked cases: every expected amount below was worked out on paper from the rules as
// published (rates, floor, reference level), not by the code under test.
import { describe, expect, test } from 'vitest';
import { contribution, highestRate, percentOf, ruleSetLine } from '../../../src/lib/rules/contribution.ts';
import { setOn } from '../../helpers/rules-fixture.ts';

const pay = (date: string, income: number, groups: Parameters<typeof contribution>[1]['groups'], months = 1, extra: { before?: number; haNoi?: boolean } = {}) =>
  contribution(setOn(date, extra.haNoi), { income, groups, months, supportedMonthsBefore: extra.before });

describe('contribution', () => {
  test('Decree 159/2025 (from 1/7/2025): near-poor at the floor pays 198.000 a month', () => {
    const r = pay('2025-08-01', 1_500_000, ['can-ngheo']);
    // 22 % × 1.500.000 = 330.000; 40 % × 330.000 = 132.000; 330.000 − 132.000 = 198.000.
    expect([r.monthly.value, r.state?.rate, r.state?.monthly.value, r.ownMonthly.value]).toEqual([330_000, 40, 132_000, 198_000]);
    expect(r.perYear.value).toBe(2_376_000); // 12 × 198.000
    expect(ruleSetLine(r)).toBe('Theo Nghị định 159/2025/NĐ-CP, áp dụng từ 1/7/2025');
    expect(r.steps.map((s) => s.text)).toEqual([
      'Tiền đóng mỗi tháng: 22 % × 1.500.000 đồng = 330.000 đồng.',
      'Tiền hỗ trợ tính trên 22 % × 1.500.000 đồng (chuẩn nghèo nông thôn) = 330.000 đồng, không tính trên mức thu nhập bạn chọn.',
      'Nhà nước hỗ trợ 40 % × 330.000 đồng = 132.000 đồng mỗi tháng (mức của người thuộc hộ cận nghèo).',
      'Bạn đóng 330.000 đồng − 132.000 đồng = 198.000 đồng mỗi tháng.',
      'Cả năm (12 tháng): 2.376.000 đồng.',
    ].map((line) => line.replace(/(\d) (đồng|%)/g, '$1\u00a0$2')));
  });

  test('Decree 134/2015 (until 30/6/2025): near-poor got 25 %, poor 30 %, others 10 %', () => {
    // 25 % × 330.000 = 82.500 → 247.500; 30 % → 99.000 → 231.000; 10 % → 33.000 → 297.000.
    expect(pay('2025-06-30', 1_500_000, ['can-ngheo']).ownMonthly.value).toBe(247_500);
    expect(pay('2025-06-30', 1_500_000, ['ho-ngheo']).state?.monthly.value).toBe(99_000);
    expect(pay('2025-06-30', 1_500_000, []).ownMonthly.value).toBe(297_000);
    expect(pay('2025-06-30', 1_500_000, []).ruleSet).toEqual({ document: 'Nghị định 134/2015/NĐ-CP', from: '2018-01-01' });
  });

  test('groups new in Decree 159 fall back to "others" under Decree 134', () => {
    expect(pay('2025-06-30', 1_500_000, ['dan-toc-thieu-so']).state).toMatchObject({ rate: 10, group: 'khac' });
    expect(pay('2025-06-30', 1_500_000, ['xa-dao']).state?.monthly.value).toBe(33_000);
    expect(pay('2025-07-01', 1_500_000, ['xa-dao']).state?.monthly.value).toBe(165_000); // 50 % × 330.000
    expect(pay('2025-07-01', 1_500_000, ['dan-toc-thieu-so']).state?.monthly.value).toBe(99_000); // 30 %
  });

  test('the floor rose from 700.000 to 1.500.000 on 1/1/2022, and the support base with it', () => {
    const before = pay('2021-12-31', 1_500_000, []);
    // Income 1.500.000: 22 % = 330.000. Support on 22 % × 700.000 = 154.000: 10 % = 15.400.
    expect([before.floor.value, before.monthly.value, before.supportBase?.value, before.state?.monthly.value, before.ownMonthly.value]).toEqual([700_000, 330_000, 154_000, 15_400, 314_600]);
    const after = pay('2022-01-01', 1_500_000, []);
    expect([after.floor.value, after.supportBase?.value, after.state?.monthly.value, after.ownMonthly.value]).toEqual([1_500_000, 330_000, 33_000, 297_000]);
    // A poor household at the old floor: 22 % × 700.000 = 154.000; 30 % × 154.000 = 46.200 → 107.800.
    expect(pay('2021-06-01', 700_000, ['ho-ngheo']).ownMonthly.value).toBe(107_800);
  });

  test('several groups: the highest rate counts, never the sum', () => {
    const r = pay('2025-08-01', 1_500_000, ['dan-toc-thieu-so', 'can-ngheo']);
    expect(r.state).toMatchObject({ rate: 40, group: 'can-ngheo' });
    expect(pay('2025-08-01', 1_500_000, ['dan-toc-thieu-so', 'ho-ngheo', 'khac']).ownMonthly.value).toBe(165_000); // 330.000 − 50 %
    expect(r.steps.some((s) => s.text.includes('mức cao nhất'))).toBe(true);
  });

  test('support is the same whatever income is chosen: it is a share of the floor contribution', () => {
    const r = pay('2025-08-01', 5_000_000, []);
    // 22 % × 5.000.000 = 1.100.000; support 20 % × 330.000 = 66.000; own 1.034.000.
    expect([r.monthly.value, r.state?.monthly.value, r.ownMonthly.value]).toEqual([1_100_000, 66_000, 1_034_000]);
  });

  test('the ceiling is 20 × the reference level: 46.800.000 until 30/6/2026, 50.600.000 from 1/7/2026', () => {
    const june = pay('2026-06-30', 60_000_000, []);
    expect([june.ceiling.value, june.income.used, june.income.clamped, june.monthly.value]).toEqual([46_800_000, 46_800_000, 'ceiling', 10_296_000]);
    const july = pay('2026-07-01', 60_000_000, []);
    // 20 × 2.530.000 = 50.600.000; 22 % = 11.132.000; minus 66.000 support = 11.066.000.
    expect([july.ceiling.value, july.monthly.value, july.ownMonthly.value]).toEqual([50_600_000, 11_132_000, 11_066_000]);
    expect(july.ceiling.sources.map((s) => s.document)).toEqual(['Luật Bảo hiểm xã hội số 41/2024/QH15', 'Nghị định 161/2026/NĐ-CP']);
    expect(july.notes).toEqual(['Mức thu nhập cao nhất được chọn là 50.600.000\u00a0đồng; phép tính dùng mức này.']);
  });

  test('an income below the floor is raised to it, with a note; odd incomes round to whole đồng', () => {
    const r = pay('2026-11-30', 1_000_000, []);
    expect([r.income.used, r.income.clamped, r.monthly.value]).toEqual([1_500_000, 'floor', 330_000]);
    // 22 % × 2.345.678 = 516.049,16 → 516.049.
    expect(pay('2026-11-30', 2_345_678, []).monthly.value).toBe(516_049);
    expect(pay('2026-11-30', Number.NaN, []).income.used).toBe(1_500_000);
  });

  test('a local top-up (Hà Nội) is added to the State support on the same base', () => {
    const nearPoor = pay('2026-11-30', 1_500_000, ['can-ngheo'], 1, { haNoi: true });
    // State 40 % × 330.000 = 132.000; city 60 % × 330.000 = 198.000; own 0.
    expect([nearPoor.state?.monthly.value, nearPoor.local?.monthly.value, nearPoor.ownMonthly.value]).toEqual([132_000, 198_000, 0]);
    const other = pay('2026-11-30', 5_000_000, [], 1, { haNoi: true });
    // 1.100.000 − 66.000 − 10 % × 330.000 (33.000) = 1.001.000.
    expect([other.local?.rate, other.local?.monthly.value, other.ownMonthly.value]).toEqual([10, 33_000, 1_001_000]);
    expect(other.steps.map((s) => s.text)).toContain('Thành phố Hà Nội hỗ trợ thêm 10\u00a0% × 330.000\u00a0đồng = 33.000\u00a0đồng mỗi tháng.');
    // Without the locality layer, the same person gets the State's part only.
    expect(pay('2026-11-30', 5_000_000, []).local).toBeNull();
  });

  test('the 10-year limit: support only for the months left of 120', () => {
    const r = pay('2026-11-30', 1_500_000, [], 12, { before: 118 });
    // 12 × 330.000 = 3.960.000, minus support for 2 months (2 × 66.000 = 132.000) = 3.828.000.
    expect([r.supportMonthsLeft, r.supportedMonths, r.perPayment.value]).toEqual([2, 2, 3_828_000]);
    const done = pay('2026-11-30', 1_500_000, [], 3, { before: 120 });
    expect([done.ownMonthly.value, done.perPayment.value]).toEqual([330_000, 990_000]);
  });

  test('per payment: 3, 6 and 12 months, and years ahead with a note on the discount', () => {
    expect(pay('2025-08-01', 1_500_000, ['can-ngheo'], 3).perPayment.value).toBe(594_000); // 3 × 198.000
    expect(pay('2026-11-30', 1_500_000, [], 6).perPayment.value).toBe(1_584_000); // 6 × 264.000
    const ahead = pay('2026-11-30', 1_500_000, [], 60);
    expect(ahead.perPayment.value).toBe(15_840_000); // 60 × 264.000, before the discount
    expect(ahead.notes).toHaveLength(1);
  });

  test('before 2018 there was no State support', () => {
    const r = pay('2017-08-01', 1_000_000, ['ho-ngheo']);
    expect([r.state, r.supportBase, r.ownMonthly.value]).toEqual([null, null, 220_000]); // 22 % × 1.000.000
  });
});

describe('percentOf', () => {
  test('rounds half up to whole đồng', () => {
    expect(percentOf(25, 330_000)).toBe(82_500);
    expect(percentOf(22, 1_234_567)).toBe(271_605); // 271.604,74
  });
});

describe('highestRate', () => {
  test('everyone is at least in "khac"', () => {
    expect(highestRate({ khac: 20, 'ho-ngheo': 50 }, [])).toEqual({ rate: 20, group: 'khac' });
    expect(highestRate({ 'ho-ngheo': 50 }, ['can-ngheo'])).toBeNull();
  });
});
