// Khmer search end to end, on the example build served with the site's headers (the real CSP), in
// Chromium: a word typed in Khmer finds the page that writes it inside a longer run of Khmer
// letters (Khmer has no spaces between words; src/lib/search/khmer.ts cuts both sides), the
// Khmer search page speaks Khmer and offers Khmer pages only, and the Vietnamese search does not
// show them. The Vietnamese query tables (search.test.ts, search-ranking.test.ts) stay as they were.
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readPage } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/site-headers.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { km } from '../../src/i18n/km.ts';
import { khmerWords } from '../../src/lib/search/khmer.ts';

const { dist: out } = inject('exampleBuild');
const KHMER_SEARCH = '/km/tim-kiem/';
const POLICY = '/km/chinh-sach/muc-dong-va-ho-tro/';
let served: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  expect(inject('exampleBuild').status, inject('exampleBuild').stderr).toBe(0);
  served = await serveStatic(out, siteHeaders());
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Runs a query through a search page and returns the result URLs in order. */
async function search(searchPage: string, query: string, extra = ''): Promise<string[]> {
  await page.goto(`${served.origin}${searchPage}?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('.search-result .entry-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The page's main text, as a reader sees it. */
const mainText = (url: string) => cheerio.load(readPage(out, url))('main').text();

// Each query with the page it must find. The words stand inside longer runs of letters on the
// page, never after a space: without the segmenter the index would hold only whole runs.
const QUERIES: [string, string, string][] = [
  // "poor": in "គ្រួសារក្រីក្រ៖" (poor household) and "គ្រួសារជិតក្រីក្រ" (near-poor household).
  ['ក្រីក្រ', POLICY, 'គ្រួសារក្រីក្រ'],
  // "support", in "រដ្ឋឧបត្ថម្ភពី" (the State supports from).
  ['ឧបត្ថម្ភ', POLICY, 'រដ្ឋឧបត្ថម្ភ'],
  // "Khmer ethnic group", typed as one run the way Khmer is written: two words to the index.
  ['ជនជាតិខ្មែរ', POLICY, 'ជនជាតិខ្មែរ'],
];

describe('Khmer queries find their page', () => {
  test.each(QUERIES)('%s → %s', async (query, expected, run) => {
    // The expectation comes from the content: the page writes the word inside a longer run.
    expect(mainText(expected)).toContain(run);
    expect(mainText(expected)).not.toMatch(new RegExp(`(^|\\s)${query}`));
    const urls = await search(KHMER_SEARCH, query);
    expect(urls.slice(0, 3)).toContain(expected);
    for (const url of urls) expect(url.startsWith('/km/'), url).toBe(true);
  });

  test('a word Chromium cuts finer than the index did ("ធានារ៉ាប់រង", insurance) still finds its page', async () => {
    // The index was cut by Node's ICU, which keeps the word whole; Chromium's cuts it in two, and
    // the index holds no "រ៉ាប់រង" alone. The island searches the query as typed as well.
    expect(khmerWords('ធានារ៉ាប់រង')).toEqual(['ធានារ៉ាប់រង']);
    await page.goto(`${served.origin}${KHMER_SEARCH}`);
    const browserCut = await page.evaluate(() => [...new Intl.Segmenter('km', { granularity: 'word' }).segment('ធានារ៉ាប់រង')].map((s) => s.segment));
    expect(browserCut.length, browserCut.join(' | ')).toBeGreaterThan(1);
    expect(mainText(POLICY)).toContain('បង់ធានារ៉ាប់រងសង្គម');
    const urls = await search(KHMER_SEARCH, 'ធានារ៉ាប់រង');
    expect(urls).toContain(POLICY);
    expect(urls).toContain('/km/thong-diep/tho-xuong-2024-2/');
    expect(new Set(urls).size, urls.join(', ')).toBe(urls.length);
  });

  test('the excerpt shows the page’s own text and marks the word found in it', async () => {
    await search(KHMER_SEARCH, 'ក្រីក្រ');
    const first = page.locator(`.search-result:has(a[href="${POLICY}"])`);
    const marks = await first.locator('.result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toBe('ក្រីក្រ');
    expect(await first.locator('.result-excerpt').textContent()).toContain('គ្រួសារក្រីក្រ');
  });
});

describe('the Khmer search page', () => {
  test('speaks Khmer: its title, status and the kind of each result', async () => {
    await search(KHMER_SEARCH, 'ក្រីក្រ');
    expect(await page.locator('html').getAttribute('lang')).toBe('km');
    expect(await page.locator('h1').textContent()).toBe(km.search.title);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^រកឃើញ .+ ទំព័រសម្រាប់ “ក្រីក្រ”។$/);
    const kinds = await page.locator('.search-result .result-kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(Object.values(km.search.kinds)).toContain(kind);
  });

  test('its kind filter offers the kinds of the Khmer pages only, named in Khmer, and narrows the results', async () => {
    await search(KHMER_SEARCH, '', `&loai=${encodeURIComponent(km.search.kinds.policy)}`);
    const options = await page.$$eval('select[data-filter="kind"] option', (o) => o.map((x) => x.getAttribute('value')).filter(Boolean));
    expect(options.sort()).toEqual([km.search.kinds.audience, km.search.kinds.message, km.search.kinds.policy].sort());
    expect(await page.$$eval('.search-result .entry-title a', (a) => a.map((x) => x.getAttribute('href')))).toEqual([POLICY]);
  });

  test('a Khmer page’s header box leads to it', () => {
    const $ = cheerio.load(readPage(out, POLICY));
    expect($('header form.search-box').attr('action')).toBe(KHMER_SEARCH);
    expect($('header form.search-box input').attr('placeholder')).toBe(km.search.placeholder);
  });
});

describe('the Vietnamese search page', () => {
  test('shows no Khmer page, even for a Khmer word', async () => {
    expect(await search('/tim-kiem/', 'ក្រីក្រ')).toEqual([]);
    const urls = await search('/tim-kiem/', 'muc dong');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith('/km/'), url).toBe(false);
  });
});
