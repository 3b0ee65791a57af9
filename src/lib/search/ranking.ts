// The order of search results. Two things Pagefind cannot know by itself:
// - a query typed with tone marks means those words: pages that write them exactly ("mức") come
//   before pages that only match once the marks are folded away ("mục") — rankResults below;
// - a citizen asks to be answered: pages that explain (policies, the pages for each audience)
//   come before slogans and news for the same match; so do the enrolment guide and the
//   calculators, which answer "where do I sign up" and "how much do I pay" outright. Their words
//   weigh more in the index itself (answerWeights, applied by src/integrations/search-index.ts),
//   so Pagefind's own scores rank them: no second, filtered search, whose filter file every
//   first query would download.
import type { SearchKind } from './kinds.ts';

/** Kinds whose pages answer a question; the indexer weights their words ANSWER_WEIGHT times. */
export const ANSWER_KINDS: readonly SearchKind[] = ['policy', 'audience', 'enrol', 'calculator', 'pension'];

/** Attribute of the hidden facet that marks an answer page for the indexer (SearchFacets.astro). */
export const ANSWER_MARK = 'data-search-answer';

/**
 * How many times an answer page's words count, against 1 for other pages. Chosen on the example
 * site's query tables (tests/build/search*.test.ts): at 2 and 5 short slogans whose title is the
 * query ("quyền lợi") still came first, since a title match is a bonus Pagefind adds apart from
 * the words' weights; at 10, audience pages crowded the policy out of "bảo hiểm y tế". At 7 every
 * table holds. Headings reach Pagefind's maximum (10), so on an answer page a heading counts
 * about 1.4 times its text rather than 7: the page's weight matters more than where the word is.
 */
export const ANSWER_WEIGHT = 7;

/** Pagefind's own weights for headings (its default), body text 1. */
const HEADING_WEIGHTS = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 } as const;
/** The largest weight Pagefind takes. */
const MAX_WEIGHT = 10;

/**
 * The data-pagefind-weight of an answer page's main element (`body`) and of each heading level.
 * A weight set on the main element would also replace the headings' own (Pagefind lets an
 * explicit weight win over a heading's), so each heading gets its default times the factor,
 * within Pagefind's maximum.
 */
export function answerWeights(factor = ANSWER_WEIGHT): { body: number; headings: Record<keyof typeof HEADING_WEIGHTS, number> } {
  // Two decimals: what the attribute says is what Pagefind reads (it keeps 1/24 steps anyway).
  const weight = (w: number) => Math.min(MAX_WEIGHT, Math.round(w * factor * 100) / 100);
  const headings = Object.fromEntries(Object.entries(HEADING_WEIGHTS).map(([tag, w]) => [tag, weight(w)]));
  return { body: weight(1), headings: headings as Record<keyof typeof HEADING_WEIGHTS, number> };
}

export interface ScoredResult {
  /** Pagefind's page id: the same page has the same id in every search of one index. */
  id: string;
  score: number;
}

export interface RankInput<T extends ScoredResult> {
  /** Results of the folded query: everything that matches, as today. */
  folded: readonly T[];
  /** Results of the query as typed, marks counting (null when it was typed without marks). */
  exact: readonly T[] | null;
}

export interface Ranked<T> {
  /** Every result, best first. */
  results: T[];
  /** How many of the first results match the query as typed, marks counting. */
  exactCount: number;
}

/**
 * Pages matching the query as typed first (marked queries only), then the others; within each
 * group by score. Equal scores keep Pagefind's order. Every folded result appears once; exact
 * results missing from the folded ones are kept.
 */
export function rankResults<T extends ScoredResult>({ folded, exact }: RankInput<T>): Ranked<T> {
  const order = (list: readonly T[]) =>
    list
      .map((result, index) => ({ result, index }))
      .sort((a, b) => b.result.score - a.result.score || a.index - b.index)
      .map((x) => x.result);
  const first = exact ? order(exact) : [];
  const seen = new Set(first.map((r) => r.id));
  const byId = new Map(folded.map((r) => [r.id, r]));
  // The folded search's result object for the same page (its data() is the one shown).
  const tier0 = first.map((r) => byId.get(r.id) ?? r);
  return { results: [...tier0, ...order(folded.filter((r) => !seen.has(r.id)))], exactCount: tier0.length };
}

/**
 * The results of several searches of one query (its lookup and its alternatives, see
 * PreparedQuery), each page once: the first search's result object, the best score any search gave.
 */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const result of list) {
      const seen = byId.get(result.id);
      if (!seen) byId.set(result.id, result);
      else if (result.score > seen.score) byId.set(result.id, { ...seen, score: result.score });
    }
  }
  return [...byId.values()];
}

