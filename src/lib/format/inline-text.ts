// How a piece of content text reads on a phone: every phone number becomes a tel: link shown in
// the site's one format ("1900 9068"), and numbers keep their units ("330.000 đồng"). The same
// parts feed the MDX step (src/integrations/markdown/) and InlineText.astro (FAQs, summaries,
// data), so a number looks and behaves the same wherever it was typed.
import { keepNumbersWithUnits } from './keep-together.ts';
import { splitPhones } from './phone.ts';

export type InlinePart = { kind: 'text'; text: string } | { kind: 'tel'; href: string; text: string };

/** The text cut into plain runs (units kept with their numbers) and phone links. */
export function inlineParts(text: string): InlinePart[] {
  return splitPhones(text).map((segment) =>
    'phone' in segment ? { kind: 'tel', href: segment.phone.href, text: segment.phone.display } : { kind: 'text', text: keepNumbersWithUnits(segment.text) },
  );
}
