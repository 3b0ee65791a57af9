// Pagefind's copy of one built page: the page plus its invisible search additions (folded "đ"
// words and the equivalents of its phrases, src/lib/search/), Khmer words cut by the segmenter on
// Khmer pages, and answer pages' weights (src/lib/search/ranking.ts). The published HTML is not
// changed: readers, screen readers and search engines never see any of it. Pure apart from
// cheerio; runs in the worker threads of search-prepare-pool.ts.
import * as cheerio from 'cheerio';
import { pageWords, type PageWords } from '../lib/search/common-words.ts';
import type { PhraseGroups } from '../lib/search/equivalents.ts';
import { ADDITION_KEYS, searchAdditions, titleAdditions } from '../lib/search/index-additions.ts';
import { KEYWORDS_META } from '../lib/search/kinds.ts';
import { khmerSearchAdditions } from '../lib/search/khmer.ts';
import { ANSWER_MARK, answerWeights } from '../lib/search/ranking.ts';

// htmlparser2 rather than parse5: ~2.5× faster on chart-heavy progress pages (32,000 of them in a
// national site), and the copy only feeds Pagefind. Entities decoded for the additions' text;
// serialized back as UTF-8 with only the characters HTML needs escaped.
const PARSE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' as const } };
const PAGEFIND_DATA = '[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]';

export interface PreparedPage {
  /** The HTML Pagefind indexes. */
  html: string;
  /** The page's words as the index will hold them (for the common words). */
  words: PageWords;
  /** The page's language (<html lang>): Pagefind indexes each language apart. */
  lang: string;
}

/** The copy of a page Pagefind indexes: the page plus the invisible search additions. */
export function prepareForIndex(html: string, synonyms: PhraseGroups = []): PreparedPage {
  const $ = cheerio.load(html, PARSE);
  const main = $('[data-pagefind-body]').first();
  // What Pagefind would ignore anyway (charts, tables, share bar) goes first: less to copy and
  // send. A part holding filters or meta stays, since Pagefind still reads those from it.
  main.find('[data-pagefind-ignore="all"], script, style, template').each((_, el) => {
    if ($(el).find(PAGEFIND_DATA).length === 0 && !$(el).is(PAGEFIND_DATA)) $(el).remove();
  });
  // Pagefind runs the text of table cells and definition lists together ("Thời gian24/4/2024");
  // a space after each keeps words apart in excerpts.
  main.find('dt, dd, th, td').append(' ');
  // text() runs blocks together ("mớiBảo hiểm"), which would hide words and acronym phrases from
  // the additions; a space after each block keeps them apart (harmless in Pagefind's copy).
  main.find('h1, h2, h3, h4, h5, h6, p, li, div, section, article, blockquote, figcaption, caption, br').after(' ');
  const text = main.clone();
  text.find('[data-pagefind-ignore]').remove();
  const title = text.find('h1').first().text();
  const body = text.text();
  // Keywords a page declares are searched like its words: folded, with their equivalents.
  const keywords = $(`[data-pagefind-meta^="${KEYWORDS_META}:"]`).first().attr('data-pagefind-meta')?.slice(KEYWORDS_META.length + 1) ?? '';
  // A page that names no language is Vietnamese, as every page was when the index was forced to "vi".
  const lang = $('html').attr('lang') || 'vi';
  $('html').attr('lang', lang);
  // A Khmer page's words, cut by the segmenter (the Vietnamese additions still serve the
  // Vietnamese names it quotes).
  const khmer = (text: string) => (lang === 'km' ? khmerSearchAdditions(text) : '');
  const fields: [string, string][] = [
    [ADDITION_KEYS.title, [titleAdditions(title, synonyms), khmer(title)].filter(Boolean).join(' ')],
    [ADDITION_KEYS.text, [searchAdditions(`${body} ${keywords}`, synonyms), khmer(body)].filter(Boolean).join(' ')],
  ];
  for (const [key, value] of fields) {
    if (value) $('head').append($('<meta>').attr('data-pagefind-meta', `${key}[content]`).attr('content', value));
  }
  // A page that answers questions has its words weigh more (src/lib/search/ranking.ts).
  if ($(`[${ANSWER_MARK}]`).length > 0) {
    const weights = answerWeights();
    main.attr('data-pagefind-weight', String(weights.body));
    for (const [tag, weight] of Object.entries(weights.headings)) {
      main.find(tag).not('[data-pagefind-weight]').attr('data-pagefind-weight', String(weight));
    }
  }
  return { html: whatPagefindReads($, lang), words: pageWords([body, title, keywords], fields.map(([, value]) => value)), lang };
}

// Pagefind reads, on a page with a data-pagefind-body: the page's language, the body, and the
// meta, filter and sort marks wherever they are. Everything else (header, menus, footer, the
// head's styles and links) it parses and throws away: sending only what it reads makes the
// copy half as long and Pagefind's work a quarter shorter, for the same index, byte for byte
// (tests/integrations/search-index.test.ts).
function whatPagefindReads($: cheerio.CheerioAPI, lang: string): string {
  const outside = $(PAGEFIND_DATA).filter((_, el) => $(el).closest('[data-pagefind-body]').length === 0 && $(el).parents(PAGEFIND_DATA).length === 0);
  const head = [$.html($('head > title')), $.html(outside.filter('meta'))].join('');
  const body = [$.html(outside.not('meta')), $.html($('[data-pagefind-body]').first())].join('');
  const language = lang.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html><html lang="${language}"><head>${head}</head><body>${body}</body></html>`;
}

/** The HTML Pagefind indexes for one page: the page plus the invisible search additions. */
export function withSearchAdditions(html: string, synonyms: PhraseGroups = []): string {
  return prepareForIndex(html, synonyms).html;
}
