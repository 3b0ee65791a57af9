// Indexes a built site for search with Pagefind's Node API. Each page that marks its main content
// (data-pagefind-body, set by BaseLayout for searchable kinds) is given to Pagefind with two
// extra meta fields holding its folded "đ" words and the equivalents of its phrases (acronyms,
// the site's synonyms and its keywords; src/lib/search/), and, on pages that answer questions,
// weights that make their words count more (src/lib/search/ranking.ts). All this exists only in
// the copy Pagefind reads: the published HTML is not changed, so readers, screen readers and search
// engines never see them. Beside the index it writes the search page's small data file
// (src/lib/search/search-data.ts).
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { commonWords, pageWords, type PageWords } from '../lib/search/common-words.ts';
import { phraseGroups, type PhraseGroups } from '../lib/search/equivalents.ts';
import { ADDITION_KEYS, searchAdditions, titleAdditions } from '../lib/search/index-additions.ts';
import { KEYWORDS_META } from '../lib/search/kinds.ts';
import { ANSWER_MARK, answerWeights } from '../lib/search/ranking.ts';
import { minifyPagefindScript } from './pagefind-script.ts';
import { SEARCH_DATA_FILE, type SearchData } from '../lib/search/search-data.ts';

export interface SearchIndexSummary {
  /** Pages in the index. */
  pages: number;
  /** Bytes of everything under pagefind/. */
  bytes: number;
}

export interface SearchIndexOptions {
  /** Synonym groups from content/search/tu-dong-nghia.yaml, as written. */
  synonyms?: readonly (readonly string[])[];
  /** Counts pages as they are read, for the build's progress line. */
  progress?: PageProgress;
}

// Pagefind cuts its word index into chunks of about this many word positions, and a query loads
// the chunk of each word it looks up. Its default (20,000) puts a small site's whole index in
// four chunks, so any query downloads nearly all of it; smaller chunks cost a few bytes in the
// metadata file. Pagefind names this setting unstable: if a release drops it, only the download
// size changes (npm run bench:search shows it).
const INDEX_CHUNK_SIZE = '5000';

// htmlparser2 rather than parse5: ~2.5× faster on chart-heavy progress pages (32,000 of them in a
// national site), and the copy only feeds Pagefind. Entities decoded for the additions' text;
// serialized back as UTF-8 with only the characters HTML needs escaped.
const PARSE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' as const } };
const PAGEFIND_DATA = '[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]';

interface PreparedPage {
  /** The HTML Pagefind indexes. */
  html: string;
  /** The page's words as the index will hold them (for the common words). */
  words: PageWords;
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
  const fields: [string, string][] = [
    [ADDITION_KEYS.title, titleAdditions(title, synonyms)],
    [ADDITION_KEYS.text, searchAdditions(`${body} ${keywords}`, synonyms)],
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
  return { html: $.html(), words: pageWords([body, title, keywords], fields.map(([, value]) => value)) };
}

/** The HTML Pagefind indexes for one page: the page plus the invisible search additions. */
export function withSearchAdditions(html: string, synonyms: PhraseGroups = []): string {
  return prepareForIndex(html, synonyms).html;
}

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`))
    .sort();
}

/** URL of a built file: "bai-viet/x/index.html" → "/bai-viet/x/". */
function urlOf(file: string): string {
  const url = `/${file.split(path.sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

function failIf(errors: string[], step: string): void {
  if (errors.length > 0) throw new Error(`Pagefind không ${step}:\n  • ${errors.join('\n  • ')}`);
}

/** Counts pages as they are read, for the build's progress line (see progress.ts). */
export interface PageProgress {
  start(total: number | null): void;
  tick(): void;
  done(): void;
}

/** Writes the search index into `siteDir/pagefind/`. Throws, naming the page, on any error. */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexSummary> {
  const { progress } = options;
  const synonyms = (options.synonyms ?? []).map((group) => [...group]);
  const groups = phraseGroups(synonyms);
  // The Pagefind service inherits this process's environment when it starts.
  const chunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize ?? INDEX_CHUNK_SIZE;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    failIf(errors, 'khởi động được');
    if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
    const words: PageWords[] = [];
    // Pagefind indexes one page while this process prepares the next; pages still reach it one
    // at a time and in order, so the index stays the same from build to build.
    let previous: { file: string; added: ReturnType<typeof index.addHTMLFile> } | null = null;
    const files = htmlFiles(siteDir);
    progress?.start(files.length);
    for (const file of files) {
      progress?.tick();
      const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const prepared = prepareForIndex(html, groups);
      if (previous) failIf((await previous.added).errors, `đọc được trang ${previous.file}`);
      previous = { file, added: index.addHTMLFile({ url: urlOf(file), content: prepared.html }) };
      words.push(prepared.words);
    }
    if (previous) failIf((await previous.added).errors, `đọc được trang ${previous.file}`);
    progress?.done();
    const outputPath = path.join(siteDir, 'pagefind');
    failIf((await index.writeFiles({ outputPath })).errors, 'ghi được chỉ mục');
    await minifyPagefindScript(outputPath);
    const data: SearchData = { synonyms, common: commonWords(words) };
    fs.writeFileSync(path.join(outputPath, SEARCH_DATA_FILE), JSON.stringify(data));
    return { pages: words.length, bytes: folderBytes(outputPath) };
  } finally {
    await pagefind.close();
    if (chunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = chunkSize;
  }
}

export function folderBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => fs.statSync(path.join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}
