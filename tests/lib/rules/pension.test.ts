// Hand-worked pension cases (Law 41/2024 Art. 99; Labour Code 2019 Art. 169(2)), at an average
// income of 2.000.000 đồng unless said otherwise.
import { describe, expect, test } from 'vitest';
import { formatAge, pensionEstimate, pensionRate, retirementAge, retirementAgeInYear } from '../../../src/lib/rules/pension.ts';
import { pensionView } from '../../../src/lib/rules/pension-view.ts';
import { checkRules } from '../../../src/lib/rules/check-rules.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { PENSION_YAML, RULES_YAML, edit, encode, examplePension as rules } from '../../helpers/rules-fixture.ts';

const DAY = '2026-11-30';
const formula = rules.pensionRate[0]!.value;

describe('pensionRate', () => {
  test('women: 45 % at 15 years, +2 % a year, at most 75 %', () => {
    expect([14, 15, 19, 20, 30, 35].map((y) => pensionRate(formula, 'nu', y))).toEqual([null, 45, 53, 55, 75, 75]);
  });
  test('men: 40 % at 15 years +1 % a year until 20, 45 % at 20, +2 % after, at most 75 %', () => {
    expect([14, 15, 19, 20, 30, 35, 36].map((y) => pensionRate(formula, 'nam', y))).toEqual([null, 40, 44, 45, 65, 75, 75]);
  });
});

describe('pensionEstimate', () => {
  const at = (sex: 'nam' | 'nu', years: number, averageIncome = 2_000_000) => pensionEstimate(rules, DAY, { sex, years, averageIncome });
  test('women at 15, 19, 20 and 35 years', () => {
    // 45 % × 2.000.000 = 900.000; 53 % → 1.060.000; 55 % → 1.100.000; 75 % → 1.500.000.
    expect([15, 19, 20, 35].map((y) => at('nu', y).monthly)).toEqual([900_000, 1_060_000, 1_100_000, 1_500_000]);
  });
  test('men at 15, 19, 20 and 35 years', () => {
    // 40 % → 800.000; 44 % → 880.000; 45 % → 900.000; 75 % → 1.500.000.
    expect([15, 19, 20, 35].map((y) => at('nam', y).monthly)).toEqual([800_000, 880_000, 900_000, 1_500_000]);
  });
  test('one more year: what it adds', () => {
    // Man at 19 years: 44 % → 45 % at 20: +1 % of 2.000.000 = 20.000. Woman at 20: +2 % = 40.000.
    expect(at('nam', 19).nextYear).toEqual({ rate: 45, monthly: 900_000, added: 20_000 });
    expect(at('nu', 20).nextYear).toEqual({ rate: 57, monthly: 1_140_000, added: 40_000 });
    expect(at('nu', 35).nextYear?.added).toBe(0);
  });
  test('below 15 years: no pension yet, and the view says how many years are missing', () => {
    const e = at('nu', 12);
    expect([e.rate, e.monthly]).toEqual([null, null]);
    expect(pensionView(e, 2_000_000, 12).headline).toBe('Cần đóng ít nhất 15 năm mới có lương hưu; bạn còn thiếu 3 năm.');
  });
  test('joined before 2021 with 20 years: pension from 60 (men) or 55 (women)', () => {
    const e = pensionEstimate(rules, DAY, { sex: 'nu', years: 22, averageIncome: 1_500_000, birth: { year: 1971, month: 3 }, joinedEarly: true });
    expect(e.early).toEqual({ age: { years: 55, months: 0 }, year: 2026, month: 3 });
    expect(pensionEstimate(rules, DAY, { sex: 'nu', years: 19, averageIncome: 1_500_000, joinedEarly: true }).early).toBeNull();
  });
});

describe('retirementAge', () => {
  test('the schedule by year: 2026 men 61 y 6 m, women 57 y; ends at 62 (2028) and 60 (2035)', () => {
    expect(formatAge(retirementAgeInYear(rules, 'nam', 2026))).toBe('61 tuổi 6 tháng');
    expect(formatAge(retirementAgeInYear(rules, 'nu', 2026))).toBe('57 tuổi');
    expect(formatAge(retirementAgeInYear(rules, 'nam', 2028))).toBe('62 tuổi');
    expect(formatAge(retirementAgeInYear(rules, 'nu', 2035))).toBe('60 tuổi');
    expect(formatAge(retirementAgeInYear(rules, 'nu', 2020))).toBe('55 tuổi');
  });
  test('by birth month: the age of the year in which it is reached', () => {
    // Man born 10/1961: 60 y 3 m (2021) would be reached 1/2022, too late; 2022's 60 y 6 m → 4/2022.
    expect(retirementAge(rules, 'nam', 1961, 10)).toEqual({ age: { years: 60, months: 6 }, year: 2022, month: 4 });
    // Man born 3/1966: 2027's 61 y 9 m → 12/2027.
    expect(retirementAge(rules, 'nam', 1966, 3)).toEqual({ age: { years: 61, months: 9 }, year: 2027, month: 12 });
    // Woman born 3/1971: 2028's 57 y 8 m → 11/2028. Woman born 1/1975: 2034's 59 y 8 m → 9/2034.
    expect(retirementAge(rules, 'nu', 1971, 3)).toEqual({ age: { years: 57, months: 8 }, year: 2028, month: 11 });
    expect(retirementAge(rules, 'nu', 1975, 1)).toEqual({ age: { years: 59, months: 8 }, year: 2034, month: 9 });
    // Woman born 1990: the schedule has ended, 60.
    expect(retirementAge(rules, 'nu', 1990, 6)).toEqual({ age: { years: 60, months: 0 }, year: 2050, month: 6 });
  });
});

describe('pension rules check', () => {
  const errorsOf = (pension: string | null) =>
    checkRules({ main: { file: 'content/rules/bhxh-tu-nguyen.yaml', bytes: encode(RULES_YAML) }, locals: [], pension: pension === null ? null : { file: 'content/rules/luong-huu.yaml', bytes: encode(pension) } }).errors.map(formatIssue);
  test('the example file is valid; a missing one is an error', () => {
    expect(errorsOf(PENSION_YAML)).toEqual([]);
    expect(errorsOf(null)).toEqual(['content/rules/luong-huu.yaml: thiếu tệp quy định lương hưu (tuổi nghỉ hưu, tỷ lệ hưởng): chép từ thư mục content/rules/ của Loa']);
  });
  test('a rate above 100 % and an unknown document are errors with their path', () => {
    expect(errorsOf(edit(PENSION_YAML, 'maxPercent: 75', 'maxPercent: 750'))).toEqual(['content/rules/luong-huu.yaml › pensionRate[0].value.maxPercent: cần số không lớn hơn 100; gặp: 750']);
    expect(errorsOf(edit(PENSION_YAML, 'document: blld-2019', 'document: blld-2091'))).toEqual([
      'content/rules/luong-huu.yaml › retirementAge.source.document: cần mã của một văn bản trong documents (có: blld-2019, luat-bhxh-2024, nd-135-2020, nd-159-2025); gặp: "blld-2091"',
    ]);
  });
});
