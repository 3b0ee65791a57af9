// Search in Khmer. Khmer writes the words of a sentence without spaces between them, and Pagefind
// splits words at spaces: a Khmer paragraph would be indexed as a few very long "words", and a
// word typed by a reader would match none of them. So the same segmenter cuts both sides: at
// index time, a Khmer page gets the words Intl.Segmenter('km') (ICU's Khmer dictionary) finds,
// space separated, in its invisible search fields (src/integrations/search-index.ts, beside the
// Vietnamese additions); at query time, the search island cuts what the reader typed the same
// way. The page's own text is shown unchanged: the excerpt marks the matched words in it.
import type { ExcerptPart } from './excerpt.ts';
import type { PreparedQuery } from './query.ts';
import { searchTokens } from './tokens.ts';

const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;
const segmenter = new Intl.Segmenter('km', { granularity: 'word' });

/** Whether a text has Khmer letters. */
export function isKhmer(text: string): boolean {
  return KHMER.test(text);
}

/** The Khmer words of a text, in order ("ធានារ៉ាប់រងសង្គម" → ["ធានារ៉ាប់រង", "សង្គម"]); other scripts are left out. */
export function khmerWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(text.normalize('NFC'))) if (s.isWordLike && isKhmer(s.segment)) words.push(s.segment);
  return words;
}

/** A Khmer page's words for its search fields: each word once, in first-seen order, space separated. */
export function khmerSearchAdditions(text: string): string {
  return [...new Set(khmerWords(text))].join(' ');
}

/** Runs of Khmer letters and signs (Khmer punctuation and digits, U+17D4–U+17E9, end a run). */
const KHMER_RUN = /[\u1780-\u17D3\u17DD\u19E0-\u19FF]+/g;

/**
 * A query typed on the Khmer search page: its Khmer words cut as the index cut them, and any
 * Vietnamese or Latin words ("BHXH", "VssID") folded as the Vietnamese search folds them.
 *
 * The browser's ICU and the one that cut the index at build time (Node's) do not always agree:
 * Chromium cuts "ធានារ៉ាប់រង" (insurance) into "ធានា" + "រ៉ាប់រង" where Node keeps one word, and
 * the index then holds no "រ៉ាប់រង" to match. So the Khmer runs as typed, uncut, are searched as
 * well (`alternatives`) and the results merged: a word typed alone is found whichever way either
 * side cuts it. (A query mixing a run cut differently with one that needs cutting is not.)
 */
export function prepareKhmerQuery(raw: string): PreparedQuery {
  const others = searchTokens(raw.replace(/[\u1780-\u17FF\u19E0-\u19FF]+/g, ' '));
  const words = [...khmerWords(raw), ...others];
  const text = words.join(' ');
  const uncut = [...(raw.normalize('NFC').replace(/[\u200B-\u200D]/g, '').match(KHMER_RUN) ?? []), ...others].join(' ');
  return { text, lookup: text, exact: null, highlight: words.map((w) => [w]), phrases: [], alternatives: uncut && uncut !== text ? [uncut] : [] };
}

/**
 * An excerpt of a Khmer page's text (as Pagefind stores it) of about `length` words around the
 * first place with the most matched words nearby, the matched words marked. The text keeps its
 * own spacing: nothing is inserted between words.
 */
export function khmerExcerpt(content: string, words: readonly (readonly string[])[], length = 40): ExcerptPart[] {
  const wanted = new Set(words.flat());
  const segments = [...segmenter.segment(content.normalize('NFC'))].map((s) => ({ text: s.segment, word: s.isWordLike ?? false }));
  if (segments.length === 0) return [];
  const wordAt = segments.flatMap((s, i) => (s.word ? [i] : []));
  const matched = (i: number) => segments[i]!.word && wanted.has(segments[i]!.text);
  // The window of `length` words with the most matches (the first of equals).
  let best = 0;
  let bestStart = 0;
  for (let w = 0; w < wordAt.length; w++) {
    let count = 0;
    for (let k = w; k < Math.min(wordAt.length, w + length); k++) if (matched(wordAt[k]!)) count++;
    if (count > best) {
      best = count;
      bestStart = w;
    }
  }
  // From two words before the window's first match, for context.
  const firstMatch = best === 0 ? 0 : wordAt.findIndex((at, w) => w >= bestStart && matched(at));
  const firstWord = Math.max(0, firstMatch - 2);
  const from = wordAt.length === 0 ? 0 : wordAt[firstWord]!;
  const lastWord = Math.min(wordAt.length, firstWord + length) - 1;
  const to = lastWord < 0 || lastWord === wordAt.length - 1 ? segments.length : wordAt[lastWord]! + 1;
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i++) push(segments[i]!.text, matched(i));
  if (to < segments.length) push(' …', false);
  return parts;
}
