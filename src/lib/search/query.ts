// Turns what a person typed into the searches Pagefind receives, and the phrases to highlight.
import { equivalentPhrases } from './acronyms.ts';
import { lookupWords } from './common-words.ts';
import type { PhraseGroups } from './equivalents.ts';
import { searchTokens } from './tokens.ts';

export interface PreparedQuery {
  /** Folded words of the query ("Đăng ký" → "dang ky"); empty when nothing searchable. */
  text: string;
  /** Folded words sent to Pagefind: `text` without the site's common words (see common-words.ts). */
  lookup: string;
  /**
   * The query as typed (NFC, lower case, words only) when it has tone marks or "đ": searched with
   * marks counting, so exact matches come first. Only the words `lookup` keeps: a common word left
   * out of one search is left out of the other, or its large index entry would be downloaded for
   * the exact search alone. Null for a query typed without marks (or whose kept words have none).
   */
  exact: string | null;
  /** Phrases (token lists) to highlight: the query's words and their acronym and synonym equivalents. */
  highlight: string[][];
  /** The query and its equivalents as phrases of two words or more (src/lib/search/phrases.ts). */
  phrases: string[][];
  /**
   * Other lookups searched as well, their results merged with `lookup`'s (each page once). Khmer:
   * the query's runs as typed, uncut, for a word the browser's segmenter cuts finer than the
   * indexer's did (src/lib/search/khmer.ts). Absent or empty: `lookup` alone.
   */
  alternatives?: string[];
}

export interface QueryContext {
  /** The site's synonyms, as search words. */
  synonyms?: PhraseGroups;
  /** The site's common words (word → index entries), from the indexer. */
  common?: Readonly<Record<string, number>>;
}

/** Words of a text as written: NFC, lower case, letters and digits only. */
export function writtenWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether a text has a letter with a tone or vowel mark, or "đ". */
export function hasMarks(text: string): boolean {
  return /[^\p{ASCII}]/u.test(writtenWords(text).join(''));
}

export function prepareQuery(raw: string, { synonyms = [], common = {} }: QueryContext = {}): PreparedQuery {
  const tokens = searchTokens(raw);
  const marked = tokens.length > 0 && hasMarks(raw);
  const equivalents = equivalentPhrases(tokens, synonyms);
  const lookup = lookupWords(tokens, common);
  const looked = new Set(lookup);
  const exact = writtenWords(raw).filter((word) => searchTokens(word).every((token) => looked.has(token)));
  return {
    text: tokens.join(' '),
    lookup: lookup.join(' '),
    exact: marked && hasMarks(exact.join(' ')) ? exact.join(' ') : null,
    highlight: [...tokens.map((t) => [t]), ...equivalents],
    phrases: [tokens, ...equivalents].filter((phrase) => phrase.length > 1),
  };
}
