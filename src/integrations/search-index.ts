// Indexes a built site for search with Pagefind's Node API. Each page that marks its main content
// (data-pagefind-body, set by BaseLayout for searchable kinds) is given to Pagefind with two
// extra meta fields holding its folded "đ" words and the equivalents of its phrases (acronyms,
// the site's synonyms and its keywords; src/lib/search/), and, on pages that answer questions,
// weights that make their words count more (src/lib/search/ranking.ts). All this exists only in
// the copy Pagefind reads: the published HTML is not changed, so readers, screen readers and search
// engines never see them. Beside the index it writes the search page's small data file
// (src/lib/search/search-data.ts).
//
// Khmer pages (lang="km") get, in the same fields, their Khmer words as Intl.Segmenter('km')
// cuts them (src/lib/search/khmer.ts): Khmer has no spaces between words. Pagefind keeps one index
// per page language (<html lang>), and the search page loads the one of its own language, so the
// Khmer search page (/km/tim-kiem/) finds Khmer pages only and the Vietnamese one Vietnamese pages
// only, as before.
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { commonWords, type PageWords } from '../lib/search/common-words.ts';
import { phraseGroups } from '../lib/search/equivalents.ts';
import { preparedPages } from './search-prepare-pool.ts';
import { minifyPagefindScript } from './pagefind-script.ts';
import { SEARCH_DATA_FILE, type SearchData } from '../lib/search/search-data.ts';

export { prepareForIndex, withSearchAdditions, type PreparedPage } from './search-page-copy.ts';

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

// Pages sent to Pagefind and not yet answered: enough to cover the round trip, few enough that a
// page Pagefind rejects is reported while the build has hardly gone past it.
const IN_FLIGHT = 16;

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
    // No forced language: one index per page language (the Khmer pages apart from the Vietnamese).
    const { index, errors } = await pagefind.createIndex();
    failIf(errors, 'khởi động được');
    if (!index) throw new Error('Pagefind không tạo được chỉ mục.');
    const words: PageWords[] = [];
    let pages = 0;
    // Worker threads prepare the pages (search-prepare-pool.ts) while Pagefind indexes earlier
    // ones. Pagefind's service handles its messages one by one in the order they arrive, so the
    // pages are sent in file order and the index stays the same from build to build; a few are
    // kept in flight so it never waits for this process. (Pagefind's own addDirectory takes files
    // in the order the file system lists them, which differs between machines.)
    const inFlight: { file: string; added: ReturnType<typeof index.addHTMLFile> }[] = [];
    const settle = async () => {
      const oldest = inFlight.shift()!;
      failIf((await oldest.added).errors, `đọc được trang ${oldest.file}`);
    };
    const files = htmlFiles(siteDir);
    progress?.start(files.length);
    let position = 0;
    for await (const prepared of preparedPages(files.map((file) => path.join(siteDir, file)), groups)) {
      const file = files[position++]!;
      progress?.tick();
      if (!prepared) continue;
      if (inFlight.length >= IN_FLIGHT) await settle();
      inFlight.push({ file, added: index.addHTMLFile({ url: urlOf(file), content: prepared.html }) });
      // The common words are the Vietnamese search's (src/lib/search/common-words.ts).
      if (prepared.lang !== 'km') words.push(prepared.words);
      pages++;
    }
    while (inFlight.length > 0) await settle();
    progress?.done();
    const outputPath = path.join(siteDir, 'pagefind');
    failIf((await index.writeFiles({ outputPath })).errors, 'ghi được chỉ mục');
    await minifyPagefindScript(outputPath);
    const data: SearchData = { synonyms, common: commonWords(words) };
    fs.writeFileSync(path.join(outputPath, SEARCH_DATA_FILE), JSON.stringify(data));
    return { pages, bytes: folderBytes(outputPath) };
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
