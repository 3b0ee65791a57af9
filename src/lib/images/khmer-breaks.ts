// Khmer writes the words of a sentence without spaces between them, and satori breaks lines only
// at spaces (and at zero-width spaces): a Khmer slogan would be one unbreakable "word" too wide for
// any card. Before the text is fitted, a zero-width space goes at each word boundary that
// Intl.Segmenter('km') (ICU's Khmer dictionary) finds inside a run of Khmer letters, so lines
// break between words and never inside a cluster (a consonant with its subscripts and vowels).
// The zero-width spaces draw nothing (render-card.ts ignores them in its missing-glyph check).

const ZWSP = '\u200B';
/** A run of Khmer letters (the Khmer and Khmer Symbols blocks). */
const KHMER_RUN = /[\u1780-\u17FF\u19E0-\u19FF]+/g;
const segmenter = new Intl.Segmenter('km', { granularity: 'word' });

/** True when the text has Khmer letters (those cards need the Khmer font). */
export function hasKhmer(text: string): boolean {
  return /[\u1780-\u17FF\u19E0-\u19FF]/.test(text);
}

/** `text` with a zero-width space between the Khmer words of each run; other text unchanged. */
export function withKhmerBreaks(text: string): string {
  if (!hasKhmer(text)) return text;
  return text.replace(ZWSP_ALREADY, '').replace(KHMER_RUN, (run) => [...segmenter.segment(run)].map((s) => s.segment).join(ZWSP));
}

// Breaks written by hand are replaced by the segmenter's: the result is the same either way.
const ZWSP_ALREADY = new RegExp(`(?<=[\\u1780-\\u17FF])${ZWSP}(?=[\\u1780-\\u17FF])`, 'g');

