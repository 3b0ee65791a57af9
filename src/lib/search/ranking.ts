// The order of search results, on top of Pagefind's own scores. Two things Pagefind cannot know:
// - a query typed with tone marks means those words: pages that write them exactly ("mức") come
//   before pages that only match once the marks are folded away ("mục");
// - a citizen asks to be answered: pages that explain (policies, the pages for each audience)
//   come before slogans and news for the same match; so do the enrolment guide and the
//   calculators, which answer "where do I sign up" and "how much do I pay" outright.
import type { SearchKind } from './kinds.ts';

/** Kinds whose pages answer a question; they carry the ANSWER_FILTER and get ANSWER_BOOST. */
export const ANSWER_KINDS: readonly SearchKind[] = ['policy', 'audience', 'enrol', 'calculator', 'pension'];

/** A hidden Pagefind filter on answer pages, so one filtered search tells which results they are. */
export const ANSWER_FILTER = { key: 'answer', value: 'yes' } as const;

/** How much more an answer page's score counts. Chosen on the example site's query table. */
export const ANSWER_BOOST = 2;

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
  /** Ids of answer pages among the results. */
  answers: ReadonlySet<string>;
  boost?: number;
}

export interface Ranked<T> {
  /** Every result, best first. */
  results: T[];
  /** How many of the first results match the query as typed, marks counting. */
  exactCount: number;
}

/**
 * Pages matching the query as typed first (marked queries only), then the others; within each
 * group by score, an answer page's score counting `boost` times. Equal scores keep Pagefind's
 * order. Every folded result appears once; exact results missing from the folded ones are kept.
 */
export function rankResults<T extends ScoredResult>({ folded, exact, answers, boost = ANSWER_BOOST }: RankInput<T>): Ranked<T> {
  const weight = (r: T) => r.score * (answers.has(r.id) ? boost : 1);
  const order = (list: readonly T[]) =>
    list
      .map((result, index) => ({ result, index, score: weight(result) }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .map((x) => x.result);
  const first = exact ? order(exact) : [];
  const seen = new Set(first.map((r) => r.id));
  const byId = new Map(folded.map((r) => [r.id, r]));
  // The folded search's result object for the same page (its data() is the one shown).
  const tier0 = first.map((r) => byId.get(r.id) ?? r);
  return { results: [...tier0, ...order(folded.filter((r) => !seen.has(r.id)))], exactCount: tier0.length };
}
