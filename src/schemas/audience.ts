// A target audience group ("Tôi là…"), from the Kiên Giang plan's footnote.
import { z } from 'zod';
import { draft, isoDate, keywords, line } from './common.ts';

export const audienceSchema = z.strictObject({
  /** Name of the group, e.g. "Nông dân". */
  name: line(120),
  /** How a person recognises themselves: "Tôi là nông dân". */
  iAm: line(120),
  /** One or two sentences for lists and the meta description. */
  summary: line(300),
  /** Kept out of the site while true: see src/lib/content/publication.ts. */
  draft: draft(),
  /** Day the entry appears on the site; until then it is held like a draft (scheduled). */
  publishDate: isoDate().optional(),
  /** Position in lists. */
  order: z.int().min(0).default(100),
  /** Extra search words the page does not write itself (see keywords() in common.ts). */
  keywords: keywords(),
});

export type Audience = z.output<typeof audienceSchema>;
