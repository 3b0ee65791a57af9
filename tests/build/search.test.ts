// Site search end to end: builds the example site, serves it on 127.0.0.1 with the headers of
// public/_headers (the real CSP) and searches through the real search page in Chromium. Also
// indexes a tiny site of hand-written pages to show that folding "đ" and acronyms works only
// because of Loa's index-time additions.
import fs from 'node:fs';
import * as cheerio from 'cheerio';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readPage, ROOT, tempDir } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/site-headers.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { vi } from '../../src/i18n/vi.ts';
import { foldMarks } from '../../src/lib/format/text.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { searchTokens } from '../../src/lib/search/tokens.ts';
import { equivalentPhrases } from '../../src/lib/search/acronyms.ts';
import { routes } from '../../src/lib/site/routes.ts';

// The shared example build (tests/helpers/shared-build.setup.ts): this file only reads it.
const { dist: out } = inject('exampleBuild');
let served: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  expect(inject('exampleBuild').status, inject('exampleBuild').stderr).toBe(0);
  // Under the site's own headers: every search below also proves the CSP lets Pagefind run.
  served = await serveStatic(out, siteHeaders());
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Runs a query through the search page and returns the result URLs in order. */
async function search(query: string, extra = ''): Promise<string[]> {
  await page.goto(`${served.origin}${routes.search()}?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('.search-result .entry-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

// Each query with the page that must be among the first three results. Marked and unmarked
// forms, acronyms in both directions, places and names taken from the example content.
const TOP3: [string, string][] = [
  ['dang ky tham gia', routes.policy('cach-dang-ky')],
  ['đăng ký tham gia', routes.policy('cach-dang-ky')],
  ['luong huu', routes.policy('dieu-kien-huong-luong-huu')],
  ['lương hưu', routes.policy('dieu-kien-huong-luong-huu')],
  ['dieu kien huong luong huu', routes.policy('dieu-kien-huong-luong-huu')],
  // Someone typing "bưu điện" looks for where to enrol: the enrolment guide lists the post offices.
  ['buu dien', routes.enrol()],
  ['bhxh tu nguyen la gi', routes.policy('la-gi')],
  ['lao dong', routes.article('kien-giang-dua-chinh-sach-bhxh-den-65-phan-tram-nguoi-lao-dong')],
  ['lao động', routes.article('kien-giang-dua-chinh-sach-bhxh-den-65-phan-tram-nguoi-lao-dong')],
  ['bảo hiểm y tế', routes.policy('quyen-loi')],
  ['tho xuong', routes.campaign('tho-xuong-2024')],
  ['Thọ Xương', routes.campaign('tho-xuong-2024')],
  ['bac giang', routes.campaign('bac-giang-2023')],
  ['tra vinh', routes.campaign('tra-vinh-2023')],
  ['kien giang', routes.campaign('kien-giang-2021-2025')],
  ['heo dat', routes.article('nuoi-heo-dat-tiet-kiem-de-tham-gia-bhxh-tu-nguyen')],
  ['vssid', routes.article('tra-cuu-qua-trinh-dong-bhxh-tren-vssid')],
  ['1900 9068', routes.message('le-ra-quan-2020-7')],
  ['tro cap huu tri xa hoi', routes.policy('tro-cap-huu-tri-xa-hoi')],
  ['bao luu', routes.policy('bao-luu-hay-nhan-mot-lan')],
  ['nghi viec o cong ty', routes.policy('da-nghi-viec-co-bhxh-bat-buoc')],
  ['ho tro tien dong', routes.article('hoi-dap-muc-ho-tro-tien-dong-bhxh-tu-nguyen-tu-1-7-2025')],
  ['hop tac xa', routes.audience('lang-nghe-hop-tac-xa')],
  ['nong dan', routes.audience('nong-dan')],
  ['le ra quan', routes.campaign('le-ra-quan-2020')],
  ['thang cao diem', routes.campaign('bac-giang-2023')],
  ['tdp', routes.article('to-dan-pho-tho-xuong-go-cua-tung-nha-dot-cao-diem-2024')],
  ['mttq', routes.campaign('bac-giang-2023')],
  ['bhtn', routes.campaign('tra-vinh-2023')],
  ['cccd', routes.policy('cach-dang-ky')],
  // Unit progress pages, found by the unit's name with or without tone marks.
  ['luc ngan', '/tien-do/bac-giang-2023/luc-ngan/'],
  ['Lục Ngạn', '/tien-do/bac-giang-2023/luc-ngan/'],
  ['son dong', '/tien-do/bac-giang-2023/son-dong/'],
  ['to dan pho cung nhuong', '/tien-do/tho-xuong-2024/to-dan-pho-cung-nhuong-1/'],
  ['phuong 7', '/tien-do/tra-vinh-2023/phuong-7/'],
];

describe('the first query’s download', () => {
  test('Pagefind’s browser script is served minified', () => {
    // Pagefind writes it at about 47 KB; src/integrations/pagefind-script.ts brings it near 32 KB.
    const script = fs.readFileSync(path.join(out, 'pagefind', 'pagefind.js'), 'utf8');
    // Still the module the search page imports: its exports keep their names.
    for (const name of ['init', 'options', 'search', 'filters']) expect(script).toMatch(new RegExp(`export\\{[^}]*\\bas ${name}\\b`));
    expect(Buffer.byteLength(script)).toBeLessThan(40_000);
  });
});

describe('queries people type find the right page in the top 3', () => {
  test.each(TOP3)('%s → %s', async (query, expected) => {
    expect(fs.existsSync(path.join(out, expected, 'index.html')), `${expected} is a built page`).toBe(true);
    // The expectation comes from the content: the page's main text (folded, acronyms expanded)
    // holds every word of the query.
    const tokens = searchTokens(mainText(readPage(out, expected)));
    const words = new Set([...tokens, ...equivalentPhrases(tokens).flat()]);
    for (const word of searchTokens(query)) expect(words, `${expected} writes "${word}"`).toContain(word);
    expect((await search(query)).slice(0, 3)).toContain(expected);
  });

  // Marked and unmarked forms find the same pages; since issue 16 the marked form puts pages that
  // write its exact words first, so the order may differ (tests/build/search-ranking.test.ts).

  test('acronyms in the table are found through the words the page writes', () => {
    // "tdp" and "mttq" above only work through the acronym table: their pages never write them.
    const text = (url: string) => mainText(readPage(out, url));
    expect(text(routes.article('to-dan-pho-tho-xuong-go-cua-tung-nha-dot-cao-diem-2024'))).not.toMatch(/\bTDP\b/);
    expect(text(routes.campaign('bac-giang-2023'))).not.toMatch(/\bMTTQ\b/);
  });
});

/** Pagefind's own records for a query, through its API on the current origin. */
function pagefindData(query: string): Promise<{ url: string; content: string }[]> {
  // A string, not a function: Vitest would rewrite import() inside a function body.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const found = await pf.search(${JSON.stringify(query)});
    return Promise.all(found.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content }; }));
  })()`);
}

function mainText(html: string): string {
  return html.replace(/^[\s\S]*<main[^>]*>|<\/main>[\s\S]*$/g, '').replace(/<[^>]+>/g, ' ');
}

describe('results', () => {
  test('show title, kind, date and an excerpt with the matched original words marked', async () => {
    const urls = await search('dang ky');
    expect(urls.length).toBeGreaterThan(0);
    const first = await page.$eval('.search-result', (li) => ({
      kind: li.querySelector('.result-kind')?.textContent,
      title: li.querySelector('.entry-title')?.textContent,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    }));
    expect(Object.values(vi.search.kinds)).toContain(first.kind);
    expect(first.title?.length).toBeGreaterThan(0);
    expect(first.marks.length).toBeGreaterThan(0);
    // Readers see the page's own marked words, never the folded copy the index holds.
    for (const mark of first.marks) expect(foldMarks(mark).toLowerCase()).toMatch(/dang|ky/);
    expect(first.marks.some((m) => /đăng/i.test(m))).toBe(true);
  });

  test('articles carry their date, formatted the Vietnamese way', async () => {
    await search('heo dat');
    const meta = await page.$eval(`.search-result:has(a[href="${routes.article('nuoi-heo-dat-tiet-kiem-de-tham-gia-bhxh-tu-nguyen')}"]) .meta-line`, (p) => p.textContent);
    expect(meta).toBe(`${vi.search.kinds.article} · 15/6/2023`);
  });

  test('the status line, a live region, announces the number of results', async () => {
    const urls = await search('heo dat');
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    expect(await page.textContent('[data-search-status]')).toBe(vi.search.count(urls.length, 'heo dat'));
  });

  test('only main content is indexed: nothing from header, navigation or footer', async () => {
    const url = routes.article('nuoi-heo-dat-tiet-kiem-de-tham-gia-bhxh-tu-nguyen');
    const $ = cheerio.load(readPage(out, url));
    const outside = $('header, nav, footer').find('p, a, li').map((_, el) => $(el).text().replace(/\s+/g, ' ').trim()).get().filter((t) => t.length > 12);
    expect(outside.length).toBeGreaterThan(0);
    const inMain = $('main').text().replace(/\s+/g, ' ');
    await page.goto(`${served.origin}/`);
    const indexed = (await pagefindData('heo dat')).find((r) => r.url === url);
    expect(indexed?.content).toContain($('main h1').text().trim());
    for (const text of outside) if (!inMain.includes(text)) expect(indexed?.content.replace(/\s+/g, ' ')).not.toContain(text);
  });

  test('published pages carry no folded copy or acronym stuffing', () => {
    const files = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const file of files) expect(fs.readFileSync(path.join(out, file), 'utf8')).not.toMatch(/loa_title|loa_text/);
  });
});

describe('filters and sorting', () => {
  const articleCount = fs.readdirSync(path.join(ROOT, 'content/articles')).filter((f) => f.endsWith('.mdx')).length;

  test('the kind filter keeps only that kind', async () => {
    const urls = await search('bhxh', `&loai=${encodeURIComponent(vi.search.kinds.article)}`);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(routes.articles())).toBe(true);
  });

  test('newest first lists every article, dates never increasing', async () => {
    await search('', '&sap-xep=moi-nhat');
    while (await page.isVisible('[data-search-more]')) await page.click('[data-search-more]');
    // The button goes as soon as it is clicked for the last batch, before that batch's results
    // are fetched and shown: wait for them (a missing article still fails, by timeout).
    await page.waitForFunction((n) => document.querySelectorAll('.search-result time').length >= n, articleCount, { timeout: 10_000 }).catch(() => undefined);
    const dates = await page.$$eval('.search-result time', (times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates).toHaveLength(articleCount);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('campaign and locality filters offer the campaigns and narrow the results', async () => {
    const urls = await search('', `&dia-ban=${encodeURIComponent('Tỉnh Bắc Giang')}`);
    expect(urls).toContain(routes.campaign('bac-giang-2023'));
    expect(urls).not.toContain(routes.campaign('tra-vinh-2023'));
    const campaigns = await page.$$eval('select[data-filter="campaign"] option', (o) => o.map((x) => x.textContent));
    expect(campaigns).toContain('Phát triển người tham gia BHXH, BHYT, BHTN năm 2023 tại thành phố Trà Vinh');
  });
});

describe('keyboard and no-JavaScript use', () => {
  test('"/" focuses the header box; typing, arrows and Enter open a result', async () => {
    await page.goto(`${served.origin}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-o');
    await page.keyboard.type('heo dat');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results][aria-busy="false"]');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe((await page.$$eval('.search-result .entry-title a', (a) => a.map((x) => x.getAttribute('href'))))[0]);
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await Promise.all([page.waitForURL(`${served.origin}${first}`), page.keyboard.press('Enter')]);
  });

  test('results are reachable with Tab alone', async () => {
    await search('vssid');
    await page.focus('[data-search-input]');
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('.search-result') !== null && document.activeElement?.tagName === 'A');
    }
    expect(reached).toBe(true);
  });

  test('typing in the search page box updates the results', async () => {
    await search('');
    await page.fill('[data-search-input]', 'vssid');
    await page.waitForSelector(`.search-result a[href="${routes.article('tra-cuu-qua-trinh-dong-bhxh-tren-vssid')}"]`);
    expect(page.url()).toContain('q=vssid');
  });

  test('without JavaScript the search page says so and links to the A–Z index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${served.origin}${routes.search()}?q=bhxh`);
    expect(await noJs.isVisible('[data-search-nojs]')).toBe(true);
    expect(await noJs.getAttribute('[data-search-nojs] a', 'href')).toBe(routes.index());
    expect(await noJs.isVisible('[data-search-page]')).toBe(false);
    // The header box on every page is a plain form that leads here.
    await noJs.goto(`${served.origin}${routes.policy('la-gi')}`);
    expect(await noJs.getAttribute('form.search-box', 'action')).toBe(routes.search());
    expect(await noJs.getAttribute('form.search-box input', 'name')).toBe('q');
    await context.close();
  });

  test('content pages load no search code until the search page', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${served.origin}${routes.policy('la-gi')}`);
    await page.waitForLoadState('networkidle');
    page.removeAllListeners('request');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });
});

describe('index-time folding on a tiny site', () => {
  // Each page writes only one form; the query uses the other. Without Loa's additions Pagefind
  // cannot match "dang" to "đăng" or "bhyt" to "bảo hiểm y tế".
  const PAGES: Record<string, string> = {
    'chi-dau': '<h1>Đăng ký ở bưu điện</h1><p>Người lao động đến điểm thu.</p>',
    'chi-viet-dai': '<h1>Chính sách mới</h1><p>Bảo hiểm xã hội tự nguyện cho nông dân.</p>',
    'chi-viet-tat': '<h1>Thẻ khám bệnh</h1><p>Cấp thẻ BHYT cho người cao tuổi.</p>',
    'khong-lien-quan': '<h1>Trang khác</h1><p>Nội dung không liên quan gì.</p>',
  };
  // Queries whose words the page does not write in any form Pagefind folds by itself.
  const CASES: [string, string][] = [
    ['dang', 'chi-dau'],
    ['dien', 'chi-dau'],
    ['dong', 'chi-dau'],
    ['bhxh', 'chi-viet-dai'],
    ['bảo hiểm y tế', 'chi-viet-tat'],
  ];

  test('folded and acronym queries find pages that only write the other form', async () => {
    const dir = tempDir('search-tiny');
    for (const [id, body] of Object.entries(PAGES)) {
      fs.mkdirSync(path.join(dir, id), { recursive: true });
      fs.writeFileSync(path.join(dir, id, 'index.html'), `<!doctype html><html lang="vi"><head><title>${id}</title></head><body><main data-pagefind-body>${body}</main></body></html>`);
    }
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html lang="vi"><head><title>x</title></head><body></body></html>');
    const summary = await buildSearchIndex(dir);
    expect(summary.pages).toBe(Object.keys(PAGES).length);
    const tiny = await serveStatic(dir);
    try {
      await page.goto(`${tiny.origin}/`);
      for (const [query, id] of CASES) {
        const urls = (await pagefindData(prepareQuery(query).text)).map((r) => r.url);
        expect(urls, query).toContain(`/${id}/`);
      }
    } finally {
      await tiny.close();
    }
  });
});
