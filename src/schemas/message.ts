// A campaign message (thông điệp): a slogan that also becomes images.
import { z } from 'zod';
import { draft, href, isoDate, keywords, line, ref, text } from './common.ts';

export const messageSchema = z.strictObject({
  /** The slogan exactly as the plan words it. */
  text: line(300),
  /** A shorter form for small images, optional. */
  short: line(90).optional(),
  /** Campaigns (ids in content/campaigns) that use this message. At least one. */
  campaigns: z.array(ref('campaigns')).min(1, { error: 'cần ít nhất một chiến dịch' }),
  /** Position in the campaign's list (1 = first), as in the plan. */
  order: z.int({ error: 'cần một số nguyên' }).min(1, { error: 'cần số từ 1 trở lên' }).default(1),
  /**
   * The commune loudspeaker script ("Bản tin phát thanh", …/phat-thanh/) written by staff, used
   * instead of the generated one. Paragraphs separated by a blank line; amounts as {{…}}.
   */
  broadcast: text().optional(),
  /** Kept out of the site while true: see src/lib/content/publication.ts. */
  draft: draft(),
  /** Day the entry appears on the site; until then it is held like a draft (scheduled). */
  publishDate: isoDate().optional(),
  /** What the reader should do next. */
  cta: z
    .strictObject({
      label: line(60),
      href: href(),
    })
    .optional(),
  /** Extra search words the page does not write itself (see keywords() in common.ts). */
  keywords: keywords(),
});

export type Message = z.output<typeof messageSchema>;
