// Vietnamese meaning lives in pairs of syllables ("mức đóng", "về hưu", "hỗ trợ"), but Pagefind
// scores each word on its own and cannot tell "mức đóng" from a page with "mức" in one sentence
// and "đóng" in another. Once the first results' text is loaded (it is, to show their excerpts),
// the ones that hold the query as a phrase — in their title or keywords first, then in their
// text — move to the front of that first screen. Only the first screen: the others' text is not
// downloaded before the person asks for more.
import { findPhrase, searchTokens } from './tokens.ts';

/** How well a page holds one of the phrases: 2 in its title or keywords, 1 in its text, 0 not. */
export function phraseMatch(title: string, text: string, phrases: readonly (readonly string[])[]): 0 | 1 | 2 {
  const long = phrases.filter((p) => p.length > 1);
  if (long.length === 0) return 0;
  const has = (value: string) => {
    const tokens = searchTokens(value);
    return long.some((phrase) => findPhrase(tokens, phrase).length > 0);
  };
  if (has(title)) return 2;
  return has(text) ? 1 : 0;
}

/** The items, those with a better phrase match first; otherwise in their order, and never moved across `group`. */
export function promotePhrases<T>(items: readonly T[], match: (item: T) => number, group: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, match: match(item), group: group(item) }))
    .sort((a, b) => a.group - b.group || b.match - a.match || a.index - b.index)
    .map((x) => x.item);
}
