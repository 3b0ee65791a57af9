// Groups of phrases that mean the same to a searcher (acronyms, synonyms). A page that writes one
// phrase of a group is indexed under the others too, and a query's highlight marks them all.
import { findPhrase, searchTokens } from './tokens.ts';

/** Groups of equivalent phrases, each phrase as folded search words. */
export type PhraseGroups = readonly (readonly (readonly string[])[])[];

/**
 * Phrases as written ("bảo hiểm y tế") → search words (["bao", "hiem", "y", "te"]). Phrases
 * without words and repeats within a group are dropped, then groups left with one phrase.
 */
export function phraseGroups(groups: readonly (readonly string[])[]): PhraseGroups {
  return groups
    .map((group) => [...new Map(group.map(searchTokens).filter((p) => p.length > 0).map((p) => [p.join(' '), p])).values()])
    .filter((group) => group.length > 1);
}

/**
 * The phrases (as token lists) equivalent to those found in `tokens` but not written there:
 * for tokens of "tham gia BHYT" → [["bao", "hiem", "y", "te"]]. Groups are read in order; each
 * phrase comes once.
 */
export function equivalentsIn(tokens: readonly string[], groups: PhraseGroups): string[][] {
  const out: string[][] = [];
  for (const group of groups) {
    const present = group.filter((phrase) => findPhrase(tokens, phrase).length > 0);
    if (present.length === 0) continue;
    for (const phrase of group) {
      if (!present.includes(phrase) && !out.some((p) => p.join(' ') === phrase.join(' '))) out.push([...phrase]);
    }
  }
  return out;
}
