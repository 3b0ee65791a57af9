// Asks Pagefind for one query: the searches src/lib/search/ranking.ts needs (the folded query,
// and the query as typed when it has tone marks), one after another so the "marks count" switch
// never leaks into another search, then the ranked results. Answer pages need no search of their
// own: their words weigh more in the index.
import { mergeResults, rankResults, type Ranked } from '../lib/search/ranking.ts';
import { PAGEFIND_OPTIONS } from '../lib/search/pagefind-options.ts';
import { SEARCH_DATA_FILE, searchContext, type SearchContext } from '../lib/search/search-data.ts';
import type { PreparedQuery } from '../lib/search/query.ts';

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string | null, options: object): Promise<{ results: PagefindResult[] } | null>;
}

const BASE = '/pagefind/';
const PAGEFIND_URL = '/pagefind/pagefind.js';

export interface SearchEngine {
  /** The site's synonyms and common words (empty when the data file could not be read). */
  context: SearchContext;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** Every match for the query and filters, best first (or newest first when `newest`). */
  find(query: PreparedQuery, filters: Record<string, string>, newest: boolean): Promise<Ranked<PagefindResult>>;
}

/** Loads Pagefind and the search data file together. */
export async function loadSearchEngine(): Promise<SearchEngine> {
  const [pf, context] = await Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL).then(async (module: Pagefind) => {
      await module.options(PAGEFIND_OPTIONS);
      await module.init();
      return module;
    }),
    fetch(`${BASE}${SEARCH_DATA_FILE}`)
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null)
      .then(searchContext),
  ]);
  // One search at a time: the searches of a query share the exactDiacritics switch.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
  const search = async (term: string | null, options: object) => (await pf.search(term, options))?.results ?? [];

  // The query's lookup, then its alternatives (Khmer: the runs as typed), merged: each page once.
  const searchAll = async (query: PreparedQuery, options: object) => {
    const lists = [await search(query.lookup, options)];
    for (const alternative of query.alternatives ?? []) lists.push(await search(alternative, options));
    return mergeResults(lists);
  };

  async function find(query: PreparedQuery, filters: Record<string, string>, newest: boolean): Promise<Ranked<PagefindResult>> {
    if (!query.text) return { results: await search(query.lookup || null, { filters, sort: newest ? { date: 'desc' } : undefined }), exactCount: 0 };
    // Newest first: only the Vietnamese page sorts (Khmer pages carry no dates), and its queries
    // have no alternatives; any extra results would follow the sorted ones.
    if (newest) return { results: await searchAll(query, { filters, sort: { date: 'desc' } }), exactCount: 0 };
    const folded = await searchAll(query, { filters });
    if (folded.length === 0) return { results: [], exactCount: 0 };
    let exact: PagefindResult[] | null = null;
    if (query.exact) {
      await pf.options({ exactDiacritics: true });
      try {
        exact = await search(query.exact, { filters });
      } finally {
        await pf.options({ exactDiacritics: false });
      }
    }
    return rankResults({ folded, exact });
  }

  return { context, filters: () => serial(() => pf.filters()), find: (q, f, n) => serial(() => find(q, f, n)) };
}
