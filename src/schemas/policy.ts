// A plain-language policy explanation (chính sách).
import { z } from 'zod';
import { draft, indexTerms, isoDate, keywords, legalSource, line, ref, slug, text } from './common.ts';

export const POLICY_TOPICS = ['tong-quan', 'quyen-loi', 'muc-dong', 'ho-tro', 'phuong-thuc', 'dang-ky', 'huu-tri', 'mot-lan', 'chuyen-tiep'] as const;

/** A figure typed by the author, with its own source. */
const typedFigure = z.strictObject({
  /** What the figure is, e.g. "Mức đóng tối thiểu". */
  label: line(120),
  /** The number. */
  value: z.number({ error: 'cần một số' }).nonnegative({ error: 'không được âm' }),
  /** Unit: đồng/tháng, %, năm… */
  unit: line(30),
  /** From when it applies. */
  effective: isoDate(),
  /** The document that sets it. */
  source: line(160),
});

/** A figure computed from the rule data on the build's reference date. */
const ruleFigure = z.strictObject({
  /** Name of the amount, as in {{…}} (README, "Số tiền tính từ quy định"), e.g. "muc-dong-thap-nhat". */
  rule: slug(),
  /** Text of the first column; default: the amount's own description. */
  label: line(120).optional(),
});

/**
 * One row of the key-figures table: a figure with "rule" is computed, any other is typed. Chosen by
 * that key rather than a zod union, so a typo in a typed figure still names its field.
 */
const policyFigure = z.unknown().transform((value, ctx): z.output<typeof typedFigure> | z.output<typeof ruleFigure> => {
  const schema = value !== null && typeof value === 'object' && 'rule' in value ? ruleFigure : typedFigure;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ ...issue, input: undefined } as never);
  return z.NEVER;
}).meta({ variants: [ruleFigure, typedFigure] }); // the editor at /admin/ offers both shapes' fields

export type PolicyFigure = z.output<typeof policyFigure>;

export const policySchema = z.strictObject({
  /** Question-like title people search for. */
  title: line(160),
  /** One or two sentences for lists and the meta description. */
  summary: line(300),
  /**
   * The short answer to the title's question, shown on the page under the title, on its share
   * images and on home-page cards ("Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần"). Optional.
   */
  answer: line(160).optional(),
  /** Topics of the A–Z index this page answers (see indexTerms in common.ts). */
  indexTerms: indexTerms(),
  /** Topic, used to group the policy list. */
  topic: z.enum(POLICY_TOPICS, { error: `cần một trong: ${POLICY_TOPICS.join(', ')}` }),
  /** Audience groups (ids in content/audiences) this page is written for. */
  audiences: z.array(ref('audiences')).default([]),
  /** Legal sources the explanation rests on. */
  sources: z.array(legalSource()).min(1, { error: 'cần ít nhất một văn bản làm căn cứ' }),
  /**
   * Amounts and rates that change with the law, shown in the key-figures table. Either computed
   * from the rule data ({ rule: name } — value, first day and source come from content/rules/)
   * or typed with their source and effective date (for figures the rule data does not hold).
   */
  figures: z.array(policyFigure).default([]),
  /** When an officer last checked this page against the law. */
  reviewed: isoDate(),
  /** Frequently asked questions, also published as FAQPage structured data. */
  faq: z.array(z.strictObject({ q: line(200), a: text() })).default([]),
  /**
   * The commune loudspeaker script ("Bản tin phát thanh", …/phat-thanh/) written by staff, used
   * instead of the generated one. Paragraphs separated by a blank line; amounts as {{…}}.
   */
  broadcast: text().optional(),
  /** Kept out of the site while true: see src/lib/content/publication.ts. */
  draft: draft(),
  /** Day the entry appears on the site; until then it is held like a draft (scheduled). */
  publishDate: isoDate().optional(),
  /** Position in lists (smaller first). */
  order: z.int().min(0).default(100),
  /** Extra search words the page does not write itself (see keywords() in common.ts). */
  keywords: keywords(),
});

export type Policy = z.output<typeof policySchema>;
