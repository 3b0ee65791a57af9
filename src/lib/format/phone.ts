// Telephone numbers: found in any text, shown one way everywhere (header, bodies, FAQs, data)
// and dialled with a tel: link. A number must never break across two lines ("1900" at the end
// of one line, "9068" on the next reads as two numbers), so its groups are joined with
// non-breaking spaces.

const NBSP = '\u00a0';

/** Replaces the spaces in a displayed phone number with non-breaking spaces. */
export function keepPhoneTogether(display: string): string {
  return display.replace(/ /g, NBSP);
}

export interface PhoneNumber {
  /** The digits to dial, domestic form: "19009068", "02943864635". */
  digits: string;
  /** As shown on the site: "1900 9068", groups joined by non-breaking spaces. */
  display: string;
  /** "tel:19009068". */
  href: string;
}

// One optional separator may stand between any two digits: "1900 9068", "1900.9068",
// "0294 3864635", "0912-345-678". A comma or slash never does ("1.500.000", "07/2021").
const SEP = '[ .\\-\\u00a0]?';
const digits = (n: number) => `(?:${SEP}\\d){${n}}`;
/** 1900 / 1800 service numbers (8 or 10 digits), mobiles (10), landlines (11), and +84 forms. */
const NUMBER = `(?:1[89]00(?:${digits(6)}|${digits(4)})|0${SEP}[35789]${digits(8)}|0${SEP}2${digits(9)}|\\+84${SEP}(?:[35789]${digits(8)}|2${digits(9)}))`;
// Not glued to a longer number or word on either side (an amount, a code, a date).
const PHONE_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}.,/+])${NUMBER}(?![\\p{L}\\p{N}]|[.,/\\-]\\p{N})`, 'gu');
/** The same, for a whole string (no shared lastIndex with the global one). */
const PHONE_ALONE = new RegExp(`^${NUMBER}$`, 'u');

/** Groups for display: 1900 9068 · 1900 545 482 · 0912 345 678 · 024 3936 6666 · 0294 386 4635. */
function group(digitsOnly: string): string[] {
  const cut = (sizes: number[]) => {
    const out: string[] = [];
    let at = 0;
    for (const size of sizes) out.push(digitsOnly.slice(at, (at += size)));
    return out;
  };
  if (/^1[89]00/.test(digitsOnly)) return digitsOnly.length === 8 ? cut([4, 4]) : cut([4, 3, 3]);
  if (digitsOnly.length === 10) return cut([4, 3, 3]);
  if (/^02[48]/.test(digitsOnly)) return cut([3, 4, 4]);
  return cut([4, 3, 4]);
}

/**
 * A phone number written any of the usual ways ("1900.9068", "0294 3864635", "+84 912 345 678"),
 * or null when the text is not one. The display is the site's single format for numbers.
 */
export function parsePhone(written: string): PhoneNumber | null {
  const text = written.trim();
  if (!PHONE_ALONE.test(text)) return null;
  const raw = text.replace(/\D/g, '');
  const digitsOnly = raw.startsWith('84') && text.startsWith('+') ? `0${raw.slice(2)}` : raw;
  return { digits: digitsOnly, display: group(digitsOnly).join(NBSP), href: `tel:${digitsOnly}` };
}

/** Formats a number for display, or keeps text that is not a recognised number (joined with non-breaking spaces). */
export function formatPhone(written: string): string {
  return parsePhone(written)?.display ?? keepPhoneTogether(written.trim());
}

export type PhoneSegment = { text: string } | { phone: PhoneNumber; written: string };

/** Cuts a text into plain runs and phone numbers, in order; joining the runs and `written` gives the text back. */
export function splitPhones(text: string): PhoneSegment[] {
  const segments: PhoneSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(PHONE_IN_TEXT)) {
    const phone = parsePhone(match[0]);
    if (!phone) continue;
    if (match.index > at) segments.push({ text: text.slice(at, match.index) });
    segments.push({ phone, written: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/** True when the text holds at least one phone number. */
export function hasPhone(text: string): boolean {
  return splitPhones(text).some((s) => 'phone' in s);
}
