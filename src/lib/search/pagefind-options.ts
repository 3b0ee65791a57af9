// How the search page sets Pagefind up; the benchmark uses the same options, so it measures
// what readers download.
import { ADDITION_KEYS } from './index-additions.ts';
import { KEYWORDS_META } from './kinds.ts';

export const PAGEFIND_OPTIONS = {
  // Search on the page's own thread: Pagefind's worker is one more 42 KB script to download
  // before the first result, and ranking a site of this size takes milliseconds.
  noWorker: true,
  ranking: {
    // The folded title counts like the title; the folded body words like body text; keywords a
    // page declares about like a title (they are few and chosen).
    metaWeights: { title: 5, [ADDITION_KEYS.title]: 5, [ADDITION_KEYS.text]: 1, [KEYWORDS_META]: 4 },
  },
} as const;

/** Results whose excerpts are loaded before the person asks for more: a phone's first screen. */
export const FIRST_RESULTS = 5;
/** Results added by each "Xem thêm kết quả". */
export const MORE_RESULTS = 10;
