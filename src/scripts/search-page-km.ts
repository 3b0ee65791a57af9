// The Khmer search page's island (/km/tim-kiem/): the shared search page (search-ui.ts) with
// Khmer strings, queries cut into words by Intl.Segmenter('km') as the indexer cut the Khmer pages,
// and excerpts of the page's own text. Pagefind loads the index of the page's language (km), so
// results and filters hold Khmer pages only.
import { km } from '../i18n/km.ts';
import { formatDateKm } from '../lib/format/km-format.ts';
import { khmerExcerpt, prepareKhmerQuery } from '../lib/search/khmer.ts';
import { khmerHome } from '../lib/site/translations.ts';
import { startSearchPage } from './search-ui.ts';

startSearchPage({
  strings: km.search,
  formatDate: formatDateKm,
  compare: (a, b) => a.localeCompare(b, 'km'),
  prepare: (raw) => prepareKhmerQuery(raw),
  excerpt: (content, query) => khmerExcerpt(content, query.highlight),
  indexHref: khmerHome(),
});
