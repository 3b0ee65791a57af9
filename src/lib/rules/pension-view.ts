// What the pension estimate shows, as plain lines both the page and its island render.
import { viGuidance } from '../../i18n/vi-guidance.ts';
import { formatDecimal } from '../format/vi-format.ts';
import { money, percentText } from './contribution.ts';
import { formatAge, type PensionEstimate } from './pension.ts';
import type { PensionRules } from '../../schemas/pension.ts';
import { pensionRate, retirementAgeInYear } from './pension.ts';

export interface PensionView {
  headline: string;
  lines: string[];
  announce: string;
}

export function pensionView(e: PensionEstimate, income: number, years: number): PensionView {
  const t = viGuidance.pension;
  const lines: string[] = [];
  let headline: string;
  if (e.rate === null || e.monthly === null) {
    headline = t.notYet(e.minYears, e.minYears - years);
    lines.push(t.makeUp);
  } else {
    headline = t.headline(money(e.monthly));
    lines.push(t.working(percentText(e.rate), money(income), money(e.monthly)));
    if (e.rate >= e.maxPercent) lines.push(t.atMax(percentText(e.maxPercent)));
  }
  if (e.nextYear && e.nextYear.rate > (e.rate ?? -1)) lines.push(t.oneMore(percentText(e.nextYear.rate), money(e.nextYear.monthly), money(Math.max(0, e.nextYear.added))));
  if (e.retirement) lines.push(t.retirement(formatAge(e.retirement.age), `${e.retirement.month}/${e.retirement.year}`));
  if (e.early) lines.push(t.early(formatAge(e.early.age), e.early.year === null ? null : `${e.early.month}/${e.early.year}`));
  return { headline, lines, announce: [headline, ...lines.slice(0, 1)].join(' ') };
}

/** Rows of the no-JavaScript table: years of contributions → rate for women and men. */
export function pensionRateRows(formula: PensionRules['pensionRate'][number]['value'], from = 15, to = 35): { years: number; women: string; men: string }[] {
  const show = (value: number | null) => (value === null ? '—' : `${formatDecimal(value)}\u00a0%`);
  return Array.from({ length: to - from + 1 }, (_, i) => {
    const years = from + i;
    return { years, women: show(pensionRate(formula, 'nu', years)), men: show(pensionRate(formula, 'nam', years)) };
  });
}

/** Rows of the retirement-age table: year → normal retirement age of men and women. */
export function retirementRows(rules: PensionRules, fromYear: number, toYear: number): { year: number; men: string; women: string }[] {
  return Array.from({ length: toYear - fromYear + 1 }, (_, i) => {
    const year = fromYear + i;
    return { year, men: formatAge(retirementAgeInYear(rules, 'nam', year)), women: formatAge(retirementAgeInYear(rules, 'nu', year)) };
  });
}
