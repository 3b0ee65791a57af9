// The rules of voluntary social insurance as dated data (content/rules/bhxh-tu-nguyen.yaml) and a
// province's top-ups on the State's support (content/rules/dia-phuong/<id>.yaml). Every value
// carries the day it takes effect and the legal document that sets it: amounts on the site are
// computed from these, never typed. Ordering and overlaps between dates, references to documents
// and combined percentages are checked in src/lib/rules/check-rules.ts (they need the whole file).
import { z } from 'zod';
import { href, isoDate, line, slug, text } from './common.ts';

import { GROUP_IDS, type GroupId } from '../lib/rules/groups.ts';

export { GROUP_IDS, type GroupId };

const PERCENT_ERROR = 'cần một tỷ lệ phần trăm từ 0 đến 100 (ví dụ 22)';
/** A percentage written as a number of per cent: 22 means 22 %. Above 100 is a typing slip. */
const percent = () =>
  z.number({ error: PERCENT_ERROR }).min(0, { error: PERCENT_ERROR }).max(100, { error: PERCENT_ERROR });

/** An amount of money in đồng, written without separators: 1500000. */
const money = () =>
  z.int({ error: 'cần số tiền bằng đồng, là số nguyên viết liền không dấu chấm (ví dụ 1500000)' }).positive({ error: 'số tiền phải lớn hơn 0' });

/** A whole number of months or years. */
const count = (what: string) => z.int({ error: `cần ${what} là số nguyên` }).positive({ error: `${what} phải lớn hơn 0` });

/** A legal document cited by values; values name it by its id in `documents`. */
export const ruleDocumentSchema = z.strictObject({
  /** Number and kind as people cite it: "Nghị định 159/2025/NĐ-CP". */
  title: line(160),
  /** Public address of the text, if there is one (https only). */
  url: href().optional(),
  /** A plain note shown next to the document, e.g. what could not be verified. */
  note: text().optional(),
});

/** Where a value comes from: a document of `documents`, and the article when known. */
export const ruleSourceSchema = z.strictObject({
  /** Id of a document in this file's `documents`. */
  document: slug(),
  /** Article and clause, e.g. "Điều 36 khoản 1". */
  article: line(120).optional(),
  /** A note about this value (for instance how it was derived), shown with the source. */
  note: text().optional(),
});

/**
 * One value of a series: in force from `from` until the next entry's `from` (or until `until`,
 * when the rule has its own end date, e.g. a local resolution for 2022–2025).
 */
const dated = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    /** First day the value applies, YYYY-MM-DD. */
    from: isoDate(),
    /** Last day it applies, when the document sets one; otherwise it runs until the next entry. */
    until: isoDate().optional(),
    /** The value itself. */
    value,
    /** The legal source: every value needs one. */
    source: ruleSourceSchema,
  });

/** A dated series: entries sorted by `from`, never overlapping (checked with the whole file). */
const series = <T extends z.ZodType>(value: T) =>
  z.array(dated(value), { error: 'cần một danh sách các giá trị theo thời gian (mỗi mục: from, value, source)' }).min(1, {
    error: 'cần ít nhất một giá trị',
  });

/** Support percentages by group: `khac` (everyone else) is required, other groups optional. */
const groupRates = (required: boolean) =>
  z.strictObject({
    'ho-ngheo': percent().optional(),
    'xa-dao': percent().optional(),
    'can-ngheo': percent().optional(),
    'dan-toc-thieu-so': percent().optional(),
    khac: required ? percent() : percent().optional(),
  });

/** The State's support for the contribution (hỗ trợ tiền đóng). */
export const stateSupportSchema = z.strictObject({
  /**
   * What the support percentages apply to, in per cent of the income floor: 22 means
   * 22 % × the rural poverty line (not the income the person chooses).
   */
  basePercentOfFloor: percent(),
  /** Percentage of that base per group; a person in several groups gets the highest one. */
  rates: groupRates(true),
  /** Most months of support one person can receive in a lifetime (120 = 10 years). */
  maxMonths: count('số tháng'),
});

/** How often people may pay, and the limits of paying ahead or making up missing years. */
export const paymentModesSchema = z.strictObject({
  /** Periods in months that may be paid at once: 1, 3, 6, 12. */
  periods: z.array(count('số tháng')).min(1, { error: 'cần ít nhất một kỳ đóng' }),
  /** Most years that may be paid ahead in one payment (discounted by the office). */
  aheadYearsMax: count('số năm'),
  /** Most missing years that may be made up in one payment at retirement age. */
  missingYearsMax: count('số năm'),
});

/** The national rules file, content/rules/bhxh-tu-nguyen.yaml. */
export const rulesSchema = z.strictObject({
  /** Legal documents cited below, by an id of your choice (e.g. nd-159-2025). */
  documents: z.record(slug(), ruleDocumentSchema, { error: 'cần danh sách văn bản: mã: { title: … }' }),
  /** Contribution rate, per cent of the monthly income the person chooses (22). */
  contributionRate: series(percent()),
  /** Lowest income that may be chosen, in đồng per month: the rural poverty line. */
  incomeFloor: series(money()),
  /** Reference level (mức tham chiếu; the base salary, mức lương cơ sở, until one is set), đồng per month. */
  referenceLevel: series(money()),
  /** Highest income that may be chosen, as a multiple of the reference level (20). */
  ceilingMultiple: series(count('bội số')),
  /** Funeral allowance as a multiple of the reference level (10). */
  funeralMultiple: series(count('bội số')),
  /** State support: base, percentages by group, lifetime limit. */
  stateSupport: series(stateSupportSchema),
  /** Payment periods and limits. */
  paymentModes: series(paymentModesSchema),
  /** Lump sum per child at birth, in đồng (from 1/7/2025). */
  maternityPerChild: series(money()),
  /** Social pension allowance per month for the elderly without a pension, in đồng. */
  socialPensionAllowance: series(money()),
});

/** A province's support on top of the State's (content/rules/dia-phuong/<id>.yaml). */
export const localTopUpSchema = z.strictObject({
  /** Extra percentage by group, of the same base as the State's support. */
  rates: groupRates(false),
});

export const localRulesSchema = z.strictObject({
  /** The locality, as shown on the calculator: "Thành phố Hà Nội". */
  name: line(80),
  /** Documents cited below, as in the national file. */
  documents: z.record(slug(), ruleDocumentSchema, { error: 'cần danh sách văn bản: mã: { title: … }' }),
  /** Top-ups over time; a gap between entries means no local support in that time. */
  topUps: series(localTopUpSchema),
});

export type Rules = z.output<typeof rulesSchema>;
export type LocalRules = z.output<typeof localRulesSchema>;
export type RuleDocument = z.output<typeof ruleDocumentSchema>;
export type RuleSource = z.output<typeof ruleSourceSchema>;
export type StateSupport = z.output<typeof stateSupportSchema>;
export type PaymentModes = z.output<typeof paymentModesSchema>;
export type LocalTopUp = z.output<typeof localTopUpSchema>;
/** The series of the national file, by name. */
export type SeriesName = Exclude<keyof Rules, 'documents'>;
export const SERIES_NAMES: readonly SeriesName[] = [
  'contributionRate',
  'incomeFloor',
  'referenceLevel',
  'ceilingMultiple',
  'funeralMultiple',
  'stateSupport',
  'paymentModes',
  'maternityPerChild',
  'socialPensionAllowance',
];
