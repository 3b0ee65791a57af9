// Which page kinds the search indexes. A page joins the index by passing one of these kinds to
// BaseLayout; its label (src/i18n/vi.ts, vi.search.kinds) is the "kind" filter and result label.
// The enrolment guide ("enrol") and the two calculators ("calculator", "pension") are single
// pages, but they answer the questions citizens type most ("đăng ký ở đâu", "mức đóng").
export const SEARCH_KINDS = ['article', 'policy', 'campaign', 'message', 'unit', 'audience', 'enrol', 'calculator', 'pension'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(kind: string): kind is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(kind);
}

/** What a page tells the search besides its kind: shown with the result and used as filters. */
export interface SearchFacets {
  /** ISO date (YYYY-MM-DD): shown with the result; articles are sortable by it. */
  date?: string;
  /** Whether the date sorts the page among "newest first" results (articles). */
  sortByDate?: boolean;
  /** Campaign titles the page belongs to ("campaign" filter). */
  campaigns?: string[];
  /** Localities the page is about ("locality" filter), e.g. "Tỉnh Bắc Giang". */
  localities?: string[];
  /** Extra words people search for that the page does not write (frontmatter `keywords`). */
  keywords?: string[];
  /**
   * False when another page stands for this one in search: a slogan used word for word by
   * several campaigns is indexed once, on the page that lists them all (src/lib/search/slogans.ts).
   */
  indexed?: boolean;
}

/** Pagefind meta key of a page's declared keywords (searched, weighted like a short title). */
export const KEYWORDS_META = 'keywords';
