// Searching a served site the way a reader does: through /tim-kiem/ in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { routes } from '../../src/lib/site/routes.ts';

/** Runs a query through the search page and returns the first screen's result URLs, in order. */
export async function searchUrls(page: Page, origin: string, query: string, extra = ''): Promise<string[]> {
  await page.goto(`${origin}${routes.search()}?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('[data-search-results][aria-busy="false"]', { state: 'attached' });
  return page.$$eval('.search-result .entry-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Like searchUrls, then "Xem thêm kết quả" until every result is shown. */
export async function allResultUrls(page: Page, origin: string, query: string, extra = ''): Promise<string[]> {
  await searchUrls(page, origin, query, extra);
  while (await page.isVisible('[data-search-more]')) {
    const shown = await page.locator('.search-result').count();
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown);
  }
  return page.$$eval('.search-result .entry-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Every record of the site's Pagefind index (URL, indexed text, meta), read through its API. */
export function indexRecords(page: Page): Promise<{ url: string; content: string; meta: Record<string, string> }[]> {
  // A string, not a function: Vitest would rewrite import() inside a function body.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    const all = await pf.search(null, {});
    return Promise.all(all.results.map(async (r) => { const d = await r.data(); return { url: d.url, content: d.content, meta: d.meta }; }));
  })()`);
}

/** Copies a built site's search page (HTML, scripts, styles) into another site folder. */
export function copySearchPage(from: string, to: string): void {
  for (const part of ['tim-kiem', '_astro', 'brand.css']) fs.cpSync(path.join(from, part), path.join(to, part), { recursive: true });
}
