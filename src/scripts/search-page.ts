// The Vietnamese search page's island (/tim-kiem/): the shared search page (search-ui.ts) with
// Vietnamese strings, folded queries with their acronyms and synonyms, and excerpts that follow
// the marks typed.
import { vi } from '../i18n/vi.ts';
import { formatDate } from '../lib/format/vi-format.ts';
import { compareVi } from '../lib/format/text.ts';
import { buildExcerpt } from '../lib/search/excerpt.ts';
import { prepareQuery } from '../lib/search/query.ts';
import { startSearchPage } from './search-ui.ts';

startSearchPage({
  strings: vi.search,
  formatDate,
  compare: compareVi,
  prepare: prepareQuery,
  excerpt: (content, query) => buildExcerpt(content, query.highlight, undefined, query.phrases, query.exact),
  indexHref: '/a-z/',
});
