// Indexes a built site for search with Pagefind's Node API. Each page that marks its main content
// (data-pagefind-body, set by BaseLayout for searchable kinds) is given to Pagefind with two
// extra meta fields holding its folded "đ" words and acronym equivalents (src/lib/search/). Those
// fields exist only in the copy Pagefind reads: the published HTML is not changed, so readers,
// screen readers and search engines never see them.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { ADDITION_KEYS, searchAdditions, titleAdditions } from '../lib/search/index-additions.ts';

export interface SearchIndexSummary {
  /** Pages in the index. */
  pages: number;
  /** Bytes of everything under pagefind/. */
  bytes: number;
}

// htmlparser2 rather than parse5: ~2.5× faster on chart-heavy progress pages (32,000 of them in a
// national site), and the copy only feeds Pagefind. Entities decoded for the additions' text;
// serialized back as UTF-8 with only the characters HTML needs escaped.
const PARSE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' as const } };
const PAGEFIND_DATA = '[data-pagefind-filter], [data-pagefind-meta], [data-pagefind-sort]';

/** The HTML Pagefind indexes for one page: the page plus the invisible search additions. */
export function withSearchAdditions(html: string): string {
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
  const fields: [string, string][] = [
    [ADDITION_KEYS.title, titleAdditions(text.find('h1').first().text())],
    [ADDITION_KEYS.text, searchAdditions(text.text())],
  ];
  for (const [key, value] of fields) {
    if (value) $('head').append($('<meta>').attr('data-pagefind-meta', `${key}[content]`).attr('content', value));
  }
  return $.html();
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
export async function buildSearchIndex(siteDir: string, progress?: PageProgress): Promise<SearchIndexSummary> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    failIf(errors, 'khởi động được');
    if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
    let pages = 0;
    // Pagefind indexes one page while this process prepares the next; pages still reach it one
    // at a time and in order, so the index stays the same from build to build.
    let previous: { file: string; added: ReturnType<typeof index.addHTMLFile> } | null = null;
    const files = htmlFiles(siteDir);
    progress?.start(files.length);
    for (const file of files) {
      progress?.tick();
      const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const content = withSearchAdditions(html);
      if (previous) failIf((await previous.added).errors, `đọc được trang ${previous.file}`);
      previous = { file, added: index.addHTMLFile({ url: urlOf(file), content }) };
      pages++;
    }
    if (previous) failIf((await previous.added).errors, `đọc được trang ${previous.file}`);
    progress?.done();
    const outputPath = path.join(siteDir, 'pagefind');
    failIf((await index.writeFiles({ outputPath })).errors, 'ghi được chỉ mục');
    return { pages, bytes: folderBytes(outputPath) };
  } finally {
    await pagefind.close();
  }
}

export function folderBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => fs.statSync(path.join(dir, f)))
    .filter((s) => s.isFile())
    .reduce((sum, s) => sum + s.size, 0);
}
