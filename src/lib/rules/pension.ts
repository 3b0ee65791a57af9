// A pension estimate from the pension rules (content/rules/luong-huu.yaml): the normal retirement
// age for a birth month and sex (Labour Code schedule), the pension rate for the years paid, the
// monthly amount on an average income, and what one more year adds. An estimate: the office
// indexes past incomes and counts months, which this leaves out (the page says so).
import type { Age, PensionRules } from '../../schemas/pension.ts';
import { formatNumber } from '../format/vi-format.ts';
import { entryOn, type SourceRef } from './rule-set.ts';
import { percentOf } from './contribution.ts';

export type Sex = 'nam' | 'nu';

export interface RetirementAge {
  age: Age;
  /** The month the person reaches it (1–12) and its year. */
  month: number;
  year: number;
}

/** Months in an age. */
const monthsOf = (age: Age) => age.years * 12 + age.months;
const ageOf = (months: number): Age => ({ years: Math.floor(months / 12), months: months % 12 });

/** The normal retirement age in force in a calendar year. */
export function retirementAgeInYear(rules: PensionRules, sex: Sex, year: number): Age {
  const s = sex === 'nam' ? rules.retirementAge.men : rules.retirementAge.women;
  if (year < rules.retirementAge.startYear) return s.before;
  const months = Math.min(monthsOf(s.final), monthsOf(s.start) + (year - rules.retirementAge.startYear) * s.stepMonths);
  return ageOf(months);
}

/**
 * The normal retirement age of a person born in `birthMonth`/`birthYear`: the age of the first
 * year in which they reach that year's age (the rising schedule is applied by the year the age is
 * reached, as the Labour Code's tables do).
 */
export function retirementAge(rules: PensionRules, sex: Sex, birthYear: number, birthMonth: number): RetirementAge {
  const born = birthYear * 12 + (birthMonth - 1);
  const s = sex === 'nam' ? rules.retirementAge.men : rules.retirementAge.women;
  for (let year = birthYear + s.before.years; year <= birthYear + s.final.years + 1; year++) {
    const age = retirementAgeInYear(rules, sex, year);
    const reached = born + monthsOf(age);
    if (Math.floor(reached / 12) <= year) return { age, year: Math.floor(reached / 12), month: (reached % 12) + 1 };
  }
  const reached = born + monthsOf(s.final);
  return { age: s.final, year: Math.floor(reached / 12), month: (reached % 12) + 1 };
}

type Formula = PensionRules['pensionRate'][number]['value'];

/** The pension rate in percent for whole years of contributions, or null below the minimum. */
export function pensionRate(formula: Formula, sex: Sex, years: number): number | null {
  if (years < formula.minYears) return null;
  const full = sex === 'nam' ? formula.men : formula.women;
  const rule = sex === 'nam' && formula.menShort && years < full.baseYears ? formula.menShort : full;
  return Math.min(formula.maxPercent, rule.basePercent + (years - rule.baseYears) * rule.perYear);
}

export interface PensionInput {
  sex: Sex;
  /** Whole years of contributions. */
  years: number;
  /** Average monthly income contributions were paid on, in đồng. */
  averageIncome: number;
  /** Birth month and year, for the retirement age. */
  birth?: { year: number; month: number } | undefined;
  /** Joined voluntary insurance before the early-pension cut-off (1/1/2021). */
  joinedEarly?: boolean | undefined;
}

export interface PensionEstimate {
  date: string;
  minYears: number;
  /** Null when the years are below the minimum. */
  rate: number | null;
  monthly: number | null;
  /** One more year of contributions. */
  nextYear: { rate: number; monthly: number; added: number } | null;
  maxPercent: number;
  retirement: RetirementAge | null;
  /** The earlier age for long-standing members, when it applies to this person. */
  early: { age: Age; year: number | null; month: number | null } | null;
  sources: SourceRef[];
}

/** The estimate on `date` (the pension formula in force that day). */
export function pensionEstimate(rules: PensionRules, date: string, input: PensionInput): PensionEstimate {
  const docs = rules.documents;
  const formula = entryOn(rules.pensionRate, date, docs);
  if (!formula) throw new RangeError(`Chưa có quy định về mức lương hưu áp dụng ngày ${date}`);
  const f = formula.value;
  const years = Math.max(0, Math.floor(input.years));
  const income = Math.max(0, Math.round(input.averageIncome));
  const rate = pensionRate(f, input.sex, years);
  const nextRate = pensionRate(f, input.sex, years + 1);
  const monthly = rate === null ? null : percentOf(rate, income);
  const nextMonthly = nextRate === null ? null : percentOf(nextRate, income);
  const retirement = input.birth ? retirementAge(rules, input.sex, input.birth.year, input.birth.month) : null;
  const sources = [formula.source];
  if (retirement) sources.push(entrySource(rules));
  const earlyRule = entryOn(rules.earlyPension, date, docs);
  let early: PensionEstimate['early'] = null;
  if (earlyRule && input.joinedEarly && years >= earlyRule.value.minYears) {
    const age = input.sex === 'nam' ? earlyRule.value.men : earlyRule.value.women;
    const reached = input.birth ? input.birth.year * 12 + (input.birth.month - 1) + monthsOf(age) : null;
    early = { age, year: reached === null ? null : Math.floor(reached / 12), month: reached === null ? null : (reached % 12) + 1 };
    sources.push(earlyRule.source);
  }
  return {
    date,
    minYears: f.minYears,
    rate,
    monthly,
    nextYear: nextRate === null || nextMonthly === null ? null : { rate: nextRate, monthly: nextMonthly, added: nextMonthly - (monthly ?? 0) },
    maxPercent: f.maxPercent,
    retirement,
    early,
    sources,
  };
}

function entrySource(rules: PensionRules): SourceRef {
  const s = rules.retirementAge.source;
  const doc = rules.documents[s.document];
  return { id: s.document, document: doc?.title ?? s.document, article: s.article, url: doc?.url, note: [doc?.note, s.note].filter(Boolean).join(' ') || undefined };
}

/** "61 tuổi 6 tháng", "60 tuổi". */
export function formatAge(age: Age): string {
  return age.months === 0 ? `${formatNumber(age.years)} tuổi` : `${formatNumber(age.years)} tuổi ${age.months} tháng`;
}
