// What the indexer adds to a page, invisibly, so folded, acronym and everyday-word queries find
// it: the words Pagefind cannot fold itself (with "đ") in their folded form, and the phrases
// equivalent to those the page writes (acronyms, the site's synonyms). These go only into the
// copy of the HTML given to Pagefind, never into the published page.
import { equivalentPhrases } from './acronyms.ts';
import type { PhraseGroups } from './equivalents.ts';
import { hasUnfoldedLetter, searchTokens } from './tokens.ts';

/** Folded words for one text, deduplicated, in first-seen order, space separated. */
export function searchAdditions(text: string, synonyms: PhraseGroups = []): string {
  const words = new Set<string>();
  for (const written of text.split(/\s+/)) {
    if (hasUnfoldedLetter(written)) for (const token of searchTokens(written)) words.add(token);
  }
  for (const phrase of equivalentPhrases(searchTokens(text), synonyms)) words.add(phrase.join(' '));
  return [...words].join(' ');
}

/**
 * The whole title folded, with acronym and synonym equivalents: the title counts five times in
 * ranking, so a folded query should meet the title as fully as a marked one does.
 */
export function titleAdditions(title: string, synonyms: PhraseGroups = []): string {
  const tokens = searchTokens(title);
  return [...tokens, ...equivalentPhrases(tokens, synonyms).flat()].join(' ');
}

/** Meta keys the additions are stored under; the search page weights the title one like a title. */
export const ADDITION_KEYS = { title: 'loa_title', text: 'loa_text' } as const;
