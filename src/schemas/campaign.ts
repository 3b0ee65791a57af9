// A campaign (chiến dịch): one plan with its theme, period, issuing document and milestones.
import { z } from 'zod';
import { draft, isoDate, isRealDate, keywords, line, ref } from './common.ts';

export const ISSUER_LEVELS = ['trung-uong', 'tinh', 'huyen', 'xa'] as const;

const period = z
  .strictObject({
    /** First day of the campaign. */
    start: isoDate(),
    /** Last day of the campaign. */
    end: isoDate(),
  })
  .refine((p) => !isRealDate(p.start) || !isRealDate(p.end) || p.start <= p.end, { error: 'ngày kết thúc phải sau ngày bắt đầu', path: ['end'] });

export const campaignSchema = z.strictObject({
  /** Name of the campaign as people say it. */
  title: line(160),
  /** Theme (chủ đề) exactly as the plan states it. */
  theme: line(200),
  /** One or two sentences for lists and the meta description. */
  summary: line(300),
  /** When the campaign runs. */
  period,
  /** Locality the campaign covers. */
  locality: line(80),
  /** The plan that sets the campaign up. */
  document: z.strictObject({
    /** Document number, e.g. "76/KH-UBND"; leave out when the copy has none (never invent one). */
    number: line(60).optional(),
    /** Date of signature; leave out when the copy has none (never invent one). */
    date: isoDate().optional(),
    /** Who issued it. */
    issuer: line(160),
    /** Level of government of the issuer. */
    level: z.enum(ISSUER_LEVELS, { error: `cần một trong: ${ISSUER_LEVELS.join(', ')}` }),
  }),
  /** Audience groups the campaign targets (ids in content/audiences). */
  audiences: z.array(ref('audiences')).default([]),
  /** Channels used: fanpage, Zalo OA, loudspeakers… */
  channels: z.array(line(120)).default([]),
  /** Deadlines and events in the plan. */
  milestones: z
    .array(
      z.strictObject({
        /** The day it is due, exactly as the plan writes it (even when the plan slipped a year). */
        date: isoDate(),
        /**
         * The day the plan clearly meant, when `date` is a slip (a 2022 deadline in a 2023 plan):
         * citizens see this date with "(kế hoạch ghi 2022)"; the written date stays in the staff
         * notes and in content:check's warning. Leave it out when the plan's date is right.
         */
        correctedDate: isoDate().optional(),
        /** What is due. */
        what: line(300),
        /** Who is responsible. */
        who: line(200).optional(),
      }),
    )
    .default([]),
  /** Who does what: each body and its tasks. */
  roles: z
    .array(
      z.strictObject({
        who: line(160),
        tasks: z.array(line(300)).min(1, { error: 'cần ít nhất một nhiệm vụ' }),
      }),
    )
    .default([]),
  /** Kept out of the site while true: see src/lib/content/publication.ts. */
  draft: draft(),
  /** Day the entry appears on the site; until then it is held like a draft (scheduled). */
  publishDate: isoDate().optional(),
  /** Where the data came from, e.g. the seed plan's file name: for staff, shown only in the staff notes. */
  source: line(200).optional(),
  /** Extra search words the page does not write itself (see keywords() in common.ts). */
  keywords: keywords(),
});

export type Campaign = z.output<typeof campaignSchema>;
