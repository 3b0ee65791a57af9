// The search page on a phone (360×780): the results start on the first screen, the page's own box
// replaces the header's, the filters wait behind "Lọc kết quả" (and are not downloaded before),
// the count is announced, and a search that finds nothing points to the A–Z index and the hotline.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/site-headers.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { vi } from '../../src/i18n/vi.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { FIRST_RESULTS } from '../../src/lib/search/pagefind-options.ts';

const { dist: out } = inject('exampleBuild');
let served: StaticServer;
let browser: Browser;
let phone: BrowserContext;
let page: Page;
const PHONE = { width: 360, height: 780 };

beforeAll(async () => {
  expect(inject('exampleBuild').status, inject('exampleBuild').stderr).toBe(0);
  // Under the site's own headers (its Content-Security-Policy), as a host serves it.
  served = await serveStatic(out, siteHeaders());
  browser = await launchChromium();
  phone = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  page = await phone.newPage();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Opens the search page for `query` and waits for its results; returns the /pagefind/ files fetched. */
async function open(query: string): Promise<string[]> {
  const fetched: string[] = [];
  const listener = (r: { url(): string }) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith('/pagefind/')) fetched.push(p);
  };
  page.on('request', listener);
  await page.goto(`${served.origin}${routes.search()}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return fetched;
}

describe('on a phone', () => {
  test('the first result, with its title and excerpt, is on the first screen', async () => {
    await open('muc dong');
    const first = await page.$eval('.search-result', (li) => li.getBoundingClientRect().toJSON() as DOMRect);
    const title = await page.$eval('.search-result .entry-title', (h) => h.getBoundingClientRect().toJSON() as DOMRect);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The first result's title is whole on the first screen, and its text starts there too.
    expect(title.bottom).toBeLessThan(PHONE.height);
    expect(first.top + (title.bottom - first.top) * 1.5).toBeLessThan(PHONE.height);
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  test('the page’s own box replaces the header box', async () => {
    await open('muc dong');
    expect(await page.locator('form.search-box').count()).toBe(0);
    expect(await page.locator('[data-search-input]').count()).toBe(1);
    expect(await page.inputValue('[data-search-input]')).toBe('muc dong');
    // Other pages keep the header box.
    await page.goto(`${served.origin}${routes.policy('la-gi')}`);
    expect(await page.locator('form.search-box').count()).toBe(1);
  });

  test('filters wait behind one "Lọc kết quả" control, and are downloaded when it opens', async () => {
    const fetched = await open('quyen loi');
    const filters = page.locator('details[data-search-filters]');
    expect(await filters.getAttribute('open')).toBeNull();
    expect(await page.isVisible('select[data-filter="kind"]')).toBe(false);
    expect(await page.textContent('details[data-search-filters] summary')).toBe(vi.search.filters);
    const menus = await page.locator('select[data-filter="campaign"] option').count();
    expect(menus).toBe(1);
    await page.click('details[data-search-filters] summary');
    await page.waitForFunction(() => document.querySelectorAll('select[data-filter="campaign"] option').length > 1);
    expect(await page.isVisible('select[data-filter="kind"]')).toBe(true);
    expect(fetched.filter((p) => p.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(FIRST_RESULTS);
    // Choosing a filter shows on the closed control too.
    await page.selectOption('select[data-filter="kind"]', vi.search.kinds.policy);
    await page.waitForSelector('[data-search-results][aria-busy="false"]');
    expect(await page.textContent('details[data-search-filters] summary')).toBe(`${vi.search.filters} (${vi.search.filtersActive(1)})`);
    expect(new URL(page.url()).searchParams.get('loai')).toBe(vi.search.kinds.policy);
  });

  test('the result count is announced and shown above the results', async () => {
    await open('quyen loi');
    const status = await page.textContent('[data-search-status]');
    expect(status).toMatch(/^Tìm thấy \d+ trang cho “quyen loi”\.$/);
    const statusBottom = await page.$eval('[data-search-status]', (p) => p.getBoundingClientRect().bottom);
    const firstTop = await page.$eval('.search-result', (li) => li.getBoundingClientRect().top);
    expect(statusBottom).toBeLessThanOrEqual(firstTop);
  });

  test('a search that finds nothing suggests other words, the A–Z index and the hotline', async () => {
    await open('xyzqwv');
    const status = page.locator('[data-search-status]');
    expect(await status.textContent()).toContain(vi.search.count(0, 'xyzqwv'));
    expect(await status.locator(`a[href="${routes.index()}"]`).textContent()).toBe(vi.search.noScriptLink);
    const call = status.locator('a[href^="tel:"]');
    expect(await call.getAttribute('href')).toBe('tel:19009068');
    expect(await call.isVisible()).toBe(true);
    expect(await page.locator('.search-result').count()).toBe(0);
  });

  test('more results come on request, a screen at a time', async () => {
    await open('bhxh');
    expect(await page.locator('.search-result').count()).toBe(FIRST_RESULTS);
    const more = await page.textContent('[data-search-more]');
    expect(more).toMatch(/^Xem thêm kết quả \(còn \d+\)$/);
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, FIRST_RESULTS);
    // Focus moves to the first new result, so keyboard and screen-reader users carry on from there.
    const focused = await page.evaluate((n) => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[n], FIRST_RESULTS);
    expect(focused).toBe(true);
  });
});
