// How long a script takes to read on the commune loudspeaker ("loa truyền thanh cơ sở").
//
// Vietnamese is counted in spoken syllables (tiếng): each written word of Vietnamese is one
// syllable, and a number is counted as it is read ("264.000" is "hai trăm sáu mươi tư nghìn",
// six syllables). A studio news reader speaks about 200–260 syllables a minute; a loudspeaker on
// a pole is heard outdoors, over echo from the next horn and the noise of the market or the
// field, by listeners who cannot ask for a repeat, so announcers read markedly slower. We use
// 160 syllables a minute, the pace broadcast trainers give for clear announcing (160–170 per
// minute for a syllabic language), at the slow end so the estimate never runs short of the
// slot the commune gives the bulletin.
//
// Khmer writes no spaces between words; words are found with Intl.Segmenter('km'). A Khmer word
// has about two syllables on average, so 80 words a minute is the same slow pace. It is an
// estimate: the page says "khoảng" (about).
import { spokenSyllablesOfNumber } from './spoken-number.ts';

export type ScriptLanguage = 'vi' | 'km';

/** Units read per minute: syllables for Vietnamese, segmented words for Khmer. */
export const BROADCAST_PACE: Record<ScriptLanguage, { perMinute: number; unit: 'syllables' | 'words' }> = {
  vi: { perMinute: 160, unit: 'syllables' },
  km: { perMinute: 80, unit: 'words' },
};

const NUMBER = /^\d{1,3}(?:[.,]\d{3})+$|^\d+$/;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Spoken syllables of a Vietnamese text: one per written word, numbers as they are read. */
export function vietnameseSyllables(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!HAS_LETTER_OR_DIGIT.test(bare)) continue;
    count += NUMBER.test(bare) ? spokenSyllablesOfNumber(Number(bare.replace(/[.,]/g, ''))) : 1;
  }
  return count;
}

const khmerWords = new Intl.Segmenter('km', { granularity: 'word' });

/**
 * Words of a Khmer text as Intl.Segmenter('km') finds them. A number counts one word per group of
 * three digits and one for its scale ("330,000" ≈ "បីសែនសាមសិបពាន់"), Latin words one each.
 */
export function khmerWordCount(text: string): number {
  let count = 0;
  for (const part of khmerWords.segment(text)) {
    if (!part.isWordLike) continue;
    const digits = part.segment.replace(/[^\d\u17E0-\u17E9]/g, '');
    count += digits.length > 0 && digits.length === part.segment.replace(/[.,]/g, '').length ? Math.ceil(digits.length / 3) + 1 : 1;
  }
  return count;
}

/** Reading units of a text in its language (see BROADCAST_PACE). */
export function spokenUnits(text: string, language: ScriptLanguage): number {
  return language === 'vi' ? vietnameseSyllables(text) : khmerWordCount(text);
}

/** Seconds it takes to read `units` at the language's pace, rounded up to 5 s (a slot is never short). */
export function readingSeconds(units: number, language: ScriptLanguage): number {
  const seconds = (units / BROADCAST_PACE[language].perMinute) * 60;
  return Math.max(5, Math.ceil(seconds / 5) * 5);
}
