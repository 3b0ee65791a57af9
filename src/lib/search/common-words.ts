// Words nearly every page contains ("bhxh", "tu", "nguyen" on a site about BHXH tự nguyện) say
// almost nothing about which page a person wants — Pagefind's BM25 gives a word on 80 % of pages
// a tenth of the weight of a word on a few — but their index entries are the largest part of
// what the browser downloads for a query. The indexer lists them (with how many index entries
// each has); the search page leaves them out of the words it looks up when the query has other
// words, and looks up only the lightest one when it has none. The highlight keeps every word.
import { searchTokens } from './tokens.ts';

/** Share of indexed pages from which a word counts as common. */
export const COMMON_SHARE = 0.8;

export interface WordCounts {
  /** Pages that have the word. */
  pages: number;
  /** Times it is indexed, over all pages: what its index entry weighs. */
  entries: number;
}

/** What the indexer saw of one page: its search words, and how often each is indexed. */
export interface PageWords {
  /** Folded words a query can match on the page (its text, title and additions). */
  words: ReadonlySet<string>;
  /** Index entries per folded word (see pagefindEntries). */
  entries: ReadonlyMap<string, number>;
}

/** Common words of a site: word → index entries, for words on at least `share` of its pages. */
export function commonWords(pages: readonly PageWords[], share = COMMON_SHARE): Record<string, number> {
  const counts = new Map<string, WordCounts>();
  for (const page of pages) {
    for (const word of page.words) {
      const c = counts.get(word) ?? { pages: 0, entries: 0 };
      c.pages++;
      counts.set(word, c);
    }
    for (const [word, n] of page.entries) {
      const c = counts.get(word);
      if (c) c.entries += n;
    }
  }
  const out: Record<string, number> = {};
  const least = Math.max(1, share * pages.length);
  for (const [word, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (c.pages >= least) out[word] = c.entries;
  }
  return out;
}

/**
 * The words to look up for a folded query: the uncommon ones in their order, or, when all are
 * common, the one with the lightest index entry. Repeated words are looked up once.
 */
export function lookupWords(tokens: readonly string[], common: Readonly<Record<string, number>>): string[] {
  const unique = [...new Set(tokens)];
  const isCommon = (t: string) => Object.hasOwn(common, t);
  const rare = unique.filter((t) => !isCommon(t));
  if (rare.length > 0 || unique.length === 0) return rare;
  return [unique.reduce((best, t) => (common[t]! < common[best]! ? t : best))];
}

/** Pagefind's key for a written word: lower case, marks removed, "đ" kept ("Đóng" → "đong"). */
function pagefindKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/**
 * The words of one page as the index holds them: `written` is what Pagefind indexes as the page
 * wrote it (body text, title, keywords), `additions` the folded words Loa adds. A folded query
 * word reaches Pagefind's entry of the same spelling, which holds the page's words without "đ"
 * that fold to it and the additions (where words with "đ" appear folded).
 */
export function pageWords(written: readonly string[], additions: readonly string[]): PageWords {
  const entries = new Map<string, number>();
  const add = (key: string) => entries.set(key, (entries.get(key) ?? 0) + 1);
  for (const text of written) {
    for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
      const key = pagefindKey(word);
      if (key && /^[a-z0-9]+$/.test(key)) add(key);
    }
  }
  for (const value of additions) for (const token of searchTokens(value)) add(token);
  return { words: new Set([...written, ...additions].flatMap((text) => searchTokens(text))), entries };
}
