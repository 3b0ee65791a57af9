// The small file the indexer writes next to Pagefind's index for the search page: the site's
// synonyms (to highlight them in excerpts) and its common words (to leave them out of lookups).
import { phraseGroups, type PhraseGroups } from './equivalents.ts';

/** File name inside the pagefind/ folder. */
export const SEARCH_DATA_FILE = 'loa-tim-kiem.json';

export interface SearchData {
  /** Synonym groups as written in content/search/tu-dong-nghia.yaml. */
  synonyms: string[][];
  /** Common words → index entries (src/lib/search/common-words.ts). */
  common: Record<string, number>;
}

export interface SearchContext {
  synonyms: PhraseGroups;
  common: Readonly<Record<string, number>>;
}

/** Reads the file's JSON defensively: anything unexpected means no synonyms and no common words. */
export function searchContext(json: unknown): SearchContext {
  const data = (json && typeof json === 'object' ? json : {}) as Partial<SearchData>;
  const synonyms = Array.isArray(data.synonyms) ? data.synonyms.filter((g) => Array.isArray(g) && g.every((p) => typeof p === 'string')) : [];
  const common: Record<string, number> = {};
  if (data.common && typeof data.common === 'object') {
    for (const [word, entries] of Object.entries(data.common)) if (typeof entries === 'number') common[word] = entries;
  }
  return { synonyms: phraseGroups(synonyms), common };
}
