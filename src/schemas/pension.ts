// Pension rules as data (content/rules/luong-huu.yaml): the retirement-age schedule of the Labour
// Code and the pension-rate formula of the Social Insurance Law, each with its legal source. The
// pension estimate (src/lib/rules/pension.ts) reads only these.
import { z } from 'zod';
import { isoDate, line, slug, text } from './common.ts';
import { ruleDocumentSchema, ruleSourceSchema } from './rules.ts';

const wholeNumber = (what: string) => z.int({ error: `cần ${what} là số nguyên` }).min(0, { error: `${what} không được âm` });
const percent = () => z.number({ error: 'cần một tỷ lệ phần trăm' }).min(0).max(100);

/** An age in years and months: { years: 60, months: 3 }. */
const age = () =>
  z.strictObject({
    years: wholeNumber('số năm').max(100),
    months: wholeNumber('số tháng').max(11, { error: 'số tháng từ 0 đến 11' }),
  });

/** How the normal retirement age of one sex rises year by year (Labour Code 2019, Art. 169(2)). */
const schedule = () =>
  z.strictObject({
    /** Age before the schedule starts (before 2021: men 60, women 55). */
    before: age(),
    /** Age in the schedule's first year. */
    start: age(),
    /** Months added each following year. */
    stepMonths: wholeNumber('số tháng').min(1),
    /** The age where it stops rising. */
    final: age(),
  });

/** The pension rate for one sex: base percent at base years, plus a percent per further year. */
const rateRule = () =>
  z.strictObject({
    /** Years of contributions that earn the base percent. */
    baseYears: wholeNumber('số năm'),
    /** Percent of the average contribution income at baseYears. */
    basePercent: percent(),
    /** Percent added for each further year. */
    perYear: percent(),
  });

export const pensionRulesSchema = z.strictObject({
  /** Documents cited below, as in content/rules/bhxh-tu-nguyen.yaml. */
  documents: z.record(slug(), ruleDocumentSchema),
  /** Normal retirement age by year. */
  retirementAge: z.strictObject({
    /** First year of the rising schedule (2021). */
    startYear: z.int().min(2000).max(2100),
    men: schedule(),
    women: schedule(),
    source: ruleSourceSchema,
  }),
  /** Pension rate formula over time. */
  pensionRate: z
    .array(
      z.strictObject({
        from: isoDate(),
        until: isoDate().optional(),
        value: z.strictObject({
          /** Fewest years of contributions for a monthly pension. */
          minYears: wholeNumber('số năm'),
          women: rateRule(),
          men: rateRule(),
          /** Men with at least minYears but fewer than men.baseYears (Law 41: 40 % at 15 years, +1 %). */
          menShort: rateRule().optional(),
          /** The most a pension can be, in percent of the average income. */
          maxPercent: percent(),
        }),
        source: ruleSourceSchema,
      }),
    )
    .min(1),
  /** An earlier pension for long-standing members (Decree 159/2025, Art. 13). */
  earlyPension: z
    .array(
      z.strictObject({
        from: isoDate(),
        until: isoDate().optional(),
        value: z.strictObject({
          /** Joined voluntary insurance before this day. */
          joinedBefore: isoDate(),
          /** With at least this many years of voluntary contributions. */
          minYears: wholeNumber('số năm'),
          /** May draw a pension from this age (men, women). */
          men: age(),
          women: age(),
        }),
        source: ruleSourceSchema,
      }),
    )
    .default([]),
  /** A sentence shown with every estimate (what it leaves out). */
  note: text().optional(),
  /** Label of the estimate's legal basis, e.g. "Luật Bảo hiểm xã hội số 41/2024/QH15". */
  title: line(160).optional(),
});

export type PensionRules = z.output<typeof pensionRulesSchema>;
export type Age = { years: number; months: number };
