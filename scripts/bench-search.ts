// `npm run bench:search`: size of the search index and kilobytes a reader's browser fetches for
// the first query through the real search page, on the example site and on a synthetic 5,000-page
// site (the example's search page copied in), with what the bytes are. Each query is a reader's
// first (a fresh browser context): one typed without marks, one with. Prints figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { buildSearchIndex, folderBytes } from '../src/integrations/search-index.ts';
import { ANSWER_MARK } from '../src/lib/search/ranking.ts';
import { launchChromium } from '../tests/helpers/browser.ts';
import { copySearchPage } from '../tests/helpers/search-page.ts';
import { serveStatic } from '../src/integrations/static-server.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SYNTHETIC_PAGES = 5000;
/** Issue 16's budget (150 KB on the synthetic site) is for the first; the second is typed with marks. */
const QUERIES = ['dang ky bhxh tu nguyen', 'mức đóng hằng tháng'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** What kind of Pagefind file a path is, for the breakdown. */
function part(pathname: string): string {
  if (pathname.includes('/fragment/')) return 'fragments';
  if (pathname.includes('/index/')) return 'word index';
  if (pathname.includes('/filter/')) return 'filters';
  if (pathname.endsWith('.pf_meta')) return 'page list';
  if (pathname.includes('wasm')) return 'wasm';
  if (pathname.endsWith('.js')) return 'scripts';
  return 'other';
}

interface Fetched {
  bytes: number;
  files: number;
  /** Bytes per kind of file. */
  parts: Map<string, number>;
}

/** Bytes of /pagefind/ responses while `action` runs (the server sends files as they are on disk). */
async function fetchedDuring(page: Page, action: () => Promise<void>): Promise<Fetched> {
  const fetched: Fetched = { bytes: 0, files: 0, parts: new Map() };
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    const pathname = new URL(r.url()).pathname;
    if (!pathname.startsWith('/pagefind/')) return;
    fetched.files++;
    pending.push(
      r.body().then(
        (b) => {
          fetched.bytes += b.length;
          fetched.parts.set(part(pathname), (fetched.parts.get(part(pathname)) ?? 0) + b.length);
        },
        () => undefined,
      ),
    );
  });
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.removeAllListeners('response');
  return fetched;
}

/** The first query through the real search page, as a reader would. */
async function firstQueryOnSearchPage(page: Page, origin: string, query: string): Promise<Fetched & { results: string }> {
  const fetched = await fetchedDuring(page, async () => {
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-search-results][aria-busy="false"]');
  });
  return { ...fetched, results: (await page.textContent('[data-search-status]')) ?? '' };
}

/** Deterministic pseudo-random words drawn from the example content, so the vocabulary is Vietnamese. */
function syntheticSite(dir: string): void {
  const words = fs
    .readdirSync(path.join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((f) => fs.readFileSync(path.join(ROOT, 'content', f), 'utf8').split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length > 1);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
  const kinds = ['Bài viết', 'Chính sách', 'Chiến dịch', 'Thông điệp', 'Đơn vị'];
  for (let i = 0; i < SYNTHETIC_PAGES; i++) {
    const paragraphs = Array.from({ length: 6 }, () => `<p>${pick(60)}.</p>`).join('');
    const kind = kinds[i % kinds.length];
    // The hidden facets a real page carries (src/components/search/SearchFacets.astro).
    const answer = kind === 'Chính sách' ? `<span ${ANSWER_MARK}></span>` : '';
    const facets = `<div hidden data-pagefind-ignore><span data-pagefind-filter="kind:${kind}"></span><span data-pagefind-meta="kind:${kind}"></span>${answer}</div>`;
    const html = `<!doctype html><html lang="vi"><head><title>Trang ${i}</title></head><body><main data-pagefind-body>${facets}<h1>${pick(8)}</h1>${paragraphs}</main></body></html>`;
    fs.mkdirSync(path.join(dir, `trang-${i}`), { recursive: true });
    fs.writeFileSync(path.join(dir, `trang-${i}`, 'index.html'), html);
  }
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="vi"><head><title>Trang chủ</title></head><body></body></html>');
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-search-'));
  const exampleOut = path.join(tmp, 'example');
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', exampleOut], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`Dựng trang ví dụ thất bại:\n${build.stderr}`);
  const syntheticOut = path.join(tmp, 'synthetic');
  syntheticSite(syntheticOut);
  const summary = await buildSearchIndex(syntheticOut);
  // The first query goes through the real search page on both sites, so the figure is what a
  // reader's browser downloads (Pagefind's options, the searches, the results it loads).
  copySearchPage(exampleOut, syntheticOut);

  const browser = await launchChromium();
  try {
    const rows: string[] = [];
    for (const [name, dir] of [
      ['example site', exampleOut],
      [`synthetic ${SYNTHETIC_PAGES}-page site`, syntheticOut],
    ] as const) {
      const served = await serveStatic(dir);
      const pages = name.startsWith('example') ? countIndexed(dir) : summary.pages;
      rows.push(`${name}: ${pages} pages indexed; index ${kb(folderBytes(path.join(dir, 'pagefind')))} on disk`);
      for (const query of QUERIES) {
        const page = await browser.newPage();
        const first = await firstQueryOnSearchPage(page, served.origin, query);
        rows.push(
          `  first query "${query}" fetched ${kb(first.bytes)} from /pagefind/ in ${first.files} files (${first.results})\n    ` +
            [...first.parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', '),
        );
        await page.close();
      }
      await served.close();
    }
    console.log(rows.join('\n'));
  } finally {
    await browser.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Pages Pagefind indexed, from its entry file. */
function countIndexed(dir: string): number {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
}

await main();
