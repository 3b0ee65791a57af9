// How a piece of content text reads on a phone: every phone number becomes a tel: link shown in
// the site's one format ("1900 9068"), and each number keeps its unit on one line ("330.000
// đồng"). The same parts feed the MDX step (src/integrations/markdown/) and InlineText.astro
// (FAQs, summaries, labels, data), so a number looks and behaves the same wherever it was typed.
import { splitNumberUnits } from './keep-together.ts';
import { splitPhones } from './phone.ts';

export type InlinePart =
  | { kind: 'text'; text: string }
  /** A number with its unit, shown on one line (a no-wrap span). */
  | { kind: 'keep'; text: string }
  | { kind: 'tel'; href: string; text: string };

/**
 * The text cut into plain runs, number-with-unit groups and phone links. With `phones: false`
 * (text that is already inside a link) numbers are left as written.
 */
export function inlineParts(text: string, { phones = true }: { phones?: boolean } = {}): InlinePart[] {
  const segments = phones ? splitPhones(text) : [{ text }];
  return segments.flatMap((segment): InlinePart[] =>
    'phone' in segment
      ? [{ kind: 'tel', href: segment.phone.href, text: segment.phone.display }]
      : splitNumberUnits(segment.text).map((s) => ({ kind: s.keep ? 'keep' : 'text', text: s.text })),
  );
}
