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

/** The HTML Pagefind indexes for one page: the page plus the invisible search additions. */
export function withSearchAdditions(html: string): string {
  const $ = cheerio.load(html);
  // Pagefind runs the text of table cells and definition lists together ("Thời gian24/4/2024");
  // a space after each keeps words apart in excerpts.
  $('[data-pagefind-body]').find('dt, dd, th, td').append(' ');
  const body = $('[data-pagefind-body]').first().clone();
  body.find('[data-pagefind-ignore], script, style, template').remove();
  // text() runs blocks together ("mớiBảo hiểm"), which would hide words and acronym phrases from
  // the additions; a space after each block keeps them apart.
  body.find('h1, h2, h3, h4, h5, h6, p, li, div, section, article, blockquote, figcaption, caption, br').after(' ');
  const title = body.find('h1').first().text();
  const fields: [string, string][] = [
    [ADDITION_KEYS.title, titleAdditions(title)],
    [ADDITION_KEYS.text, searchAdditions(body.text())],
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

/** Writes the search index into `siteDir/pagefind/`. Throws, naming the page, on any error. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexSummary> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    failIf(errors, 'khởi động được');
    if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
    let pages = 0;
    for (const file of htmlFiles(siteDir)) {
      const html = fs.readFileSync(path.join(siteDir, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlOf(file), content: withSearchAdditions(html) });
      failIf(added.errors, `đọc được trang ${file}`);
      pages++;
    }
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
