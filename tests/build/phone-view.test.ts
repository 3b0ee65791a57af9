// The site on a 360×780 phone (Chromium), every page of every template of the example build:
// nothing scrolls sideways, the h1 is on the first screen, numbers stay with their units on one
// line; on the home page the three questions are on the first screen; the menu opens without
// JavaScript; stacked tables are still tables for screen readers.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { KNOWN_KINDS, builtPages } from '../../src/integrations/built-pages.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';

const PHONE = { width: 360, height: 780 };
const { dist } = inject('exampleBuild');
const pages = builtPages(dist);
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string): Promise<void> {
  const response = await page.goto(server.origin + url);
  expect(response?.status(), url).toBeLessThan(500);
}

/** What sticks out to the right on the open page: the document, and any table or its container. */
function overflowOnPage(): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`document ${document.documentElement.scrollWidth}px`);
    for (const table of document.querySelectorAll('main table')) {
      const name = (table.querySelector('caption, th')?.textContent ?? '').trim().slice(0, 40);
      for (const box of [table, table.parentElement!]) {
        if (box.scrollWidth > box.clientWidth + 1 || box.getBoundingClientRect().right > width + 1) out.push(`table “${name}”: ${box.tagName.toLowerCase()} ${box.scrollWidth}px in ${box.clientWidth}px`);
      }
    }
    return out;
  });
}

/** Where the h1 and the element after it start, in px from the top of the first screen. */
function headingPlace(): Promise<{ h1Top: number; h1Bottom: number; nextTop: number | null } | null> {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    if (!h1) return null;
    const box = h1.getBoundingClientRect();
    let next = h1.nextElementSibling;
    while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
    return { h1Top: box.top, h1Bottom: box.bottom, nextTop: next ? next.getBoundingClientRect().top : null };
  });
}

/**
 * Numbers with their unit that the layout still split over two lines: the no-wrap groups of
 * content text (span.nowrap) and the formatters' non-breaking "81,5 %" / "330.000 đồng" /
 * "1.080 × 1.080 px" / "133 KB".
 */
function brokenNumbers(): Promise<string[]> {
  return page.evaluate(() => {
    const lines = (rects: DOMRectList) => new Set([...rects].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4))).size;
    const broken: string[] = [];
    for (const span of document.querySelectorAll('main .nowrap')) if (lines(span.getClientRects()) > 1) broken.push(span.textContent ?? '');
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\d[\d.,]*(?:\u00a0×\u00a0[\d.,]+)?\u00a0(?:%|đồng|người|px|KB|MB)/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        if (lines(range.getClientRects()) > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

/** Text for screen readers only (.visually-hidden, one rule in global.css) that takes room on the screen; and how many such elements the page has. */
function screenReaderOnly(): Promise<{ shown: string[]; count: number }> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('.visually-hidden')];
    const shown = all.filter((el) => { const r = el.getBoundingClientRect(); return r.width > 1 || r.height > 1; }).map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
    return { shown, count: all.length };
  });
}

interface PageReport {
  url: string;
  overflow: string[];
  heading: Awaited<ReturnType<typeof headingPlace>>;
  broken: string[];
  groups: number;
  hidden: Awaited<ReturnType<typeof screenReaderOnly>>;
}

/** Opens every page once and measures it (a page load is the slow part: ~0.5 s each on two cores). */
async function measureEveryPage(): Promise<PageReport[]> {
  const reports: PageReport[] = [];
  for (const built of pages) {
    await open(built.url);
    reports.push({ url: built.url, overflow: await overflowOnPage(), heading: await headingPlace(), broken: await brokenNumbers(), groups: await page.locator('main .nowrap').count(), hidden: await screenReaderOnly() });
  }
  return reports;
}

describe('every page on a 360×780 phone', () => {
  let reports: PageReport[] = [];
  beforeAll(async () => {
    reports = await measureEveryPage();
  });

  test('the example build has pages of every template to look at', () => {
    expect([...new Set(pages.map((p) => p.kind))]).toEqual(expect.arrayContaining([...KNOWN_KINDS]));
    expect(reports.length).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(100);
  });

  test('no page scrolls sideways: neither the document nor any table or its container is wider than the screen', () => {
    expect(reports.flatMap((r) => r.overflow.map((problem) => `${r.url}: ${problem}`))).toEqual([]);
  });

  test('every page shows its h1 in the upper half of the first screen and the start of its content below it', () => {
    const problems = reports.flatMap(({ url, heading: place }) => {
      if (!place) return [`${url}: no h1`];
      if (place.h1Top <= PHONE.height / 2 && place.h1Bottom <= PHONE.height && place.nextTop !== null && place.nextTop < PHONE.height) return [];
      return [`${url}: h1 ${Math.round(place.h1Top)}–${Math.round(place.h1Bottom)}px, content at ${place.nextTop === null ? 'none' : Math.round(place.nextTop)}px`];
    });
    expect(problems).toEqual([]);
  });

  test('text for screen readers only takes no room on any page (a heading, a caption, a label)', () => {
    expect(reports.reduce((n, r) => n + r.hidden.count, 0)).toBeGreaterThan(50);
    expect(reports.flatMap((r) => r.hidden.shown.map((what) => `${r.url}: ${what}`))).toEqual([]);
  });

  test('a number and its unit are never split over two lines', () => {
    expect(reports.reduce((n, r) => n + r.groups, 0)).toBeGreaterThan(100);
    expect(reports.flatMap((r) => r.broken.map((text) => `${r.url}: “${text}”`))).toEqual([]);
  });
});

describe('the home page on a phone', () => {
  test('shows the three questions, each a link with its answer, inside the first screen, and the hotline as a call button', async () => {
    await open('/');
    const cards = await page.locator('main .questions a').evaluateAll((links) =>
      links.map((a) => ({ text: (a.querySelector('.question-text')?.textContent ?? '').trim(), href: a.getAttribute('href'), bottom: a.getBoundingClientRect().bottom, height: a.getBoundingClientRect().height })),
    );
    expect(cards.map((c) => c.text)).toEqual(['Tôi phải đóng bao nhiêu?', 'Đăng ký ở đâu, cần giấy tờ gì?', 'Tôi được gì?']);
    for (const card of cards) {
      expect(card.bottom, card.text).toBeLessThanOrEqual(PHONE.height);
      expect(card.height, `${card.text}: a large tap target`).toBeGreaterThanOrEqual(48);
    }
    const call = page.locator('main a.call-button');
    expect(await call.getAttribute('href')).toMatch(/^tel:\d+$/);
    expect((await call.boundingBox())!.y + (await call.boundingBox())!.height).toBeLessThanOrEqual(PHONE.height);
  });
});

describe('the phone header', () => {
  test('takes at most two short rows above the content', async () => {
    await open('/chinh-sach/');
    const height = await page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(130);
  });

  test('opens its menu with one tap and no JavaScript, and keeps search one tap away', async () => {
    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      const bare = await noScript.newPage();
      await bare.goto(`${server.origin}/chinh-sach/`);
      const link = bare.locator('header nav a[href="/chien-dich/"]');
      expect(await link.isVisible()).toBe(false);
      await bare.locator('header details.site-menu > summary').click();
      expect(await link.isVisible()).toBe(true);
      const search = bare.locator('header a.header-search-link');
      expect(await search.isVisible()).toBe(true);
      expect(await search.getAttribute('href')).toBe('/tim-kiem/');
    } finally {
      await noScript.close();
    }
  });

  test('shows the menu as a row of links on a wide screen', async () => {
    const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const desk = await wide.newPage();
      await desk.goto(`${server.origin}/chinh-sach/`);
      expect(await desk.locator('header nav a[href="/chien-dich/"]').isVisible()).toBe(true);
      expect(await desk.locator('header form.search-box input').isVisible()).toBe(true);
    } finally {
      await wide.close();
    }
  });
});

describe('tables on a phone', () => {
  test('the key figures become one card per row and stay a table with row and column headers for screen readers', async () => {
    await open('/chinh-sach/muc-dong-va-ho-tro/');
    const table = page.locator('main table.facts');
    const display = await table.locator('tbody tr').first().evaluate((tr) => getComputedStyle(tr).display);
    expect(display).toBe('block');
    const tree = await table.ariaSnapshot();
    expect(tree).toMatch(/^- table/);
    // The row computed from the rules on 30/11/2026: 22 % × 1.500.000 đồng.
    expect(tree).toContain('- rowheader "Số tiền đóng thấp nhất mỗi tháng, trước hỗ trợ"');
    expect(tree).toContain('- cell "Mức 330.000 đồng"');
  });

  test('a Markdown table in a policy body stacks the same way, each value labelled by its column', async () => {
    await open('/chinh-sach/muc-dong-va-ho-tro/');
    const cell = page.locator('main .prose table.stack tbody tr').first().locator('td').first();
    expect(await cell.getAttribute('data-label')).toBe('Tỷ lệ hỗ trợ');
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Tỷ lệ hỗ trợ"');
  });
});
