// Accessibility gate: axe-core, run in Chromium, reports no WCAG 2.2 AA violation on one page of
// every template found in the build (by body class kind-<kind>), in Vietnamese.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { axeViolations, type AxeViolation } from '../helpers/axe.ts';
import { KNOWN_KINDS, builtPages, onePagePerKind } from '../../src/integrations/built-pages.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';


const { dist } = inject('exampleBuild');
const perKind = onePagePerKind(builtPages(dist));
let server: StaticServer;
let browser: Browser;

/** Loads a page (then runs `prepare`, e.g. typing, and `change` in it) and returns axe's violations. */
async function violationsOf(url: string, change?: () => void, prepare?: (page: Page) => Promise<void>): Promise<AxeViolation[]> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const response = await page.goto(server.origin + url);
    expect(response?.ok(), url).toBe(true);
    if (prepare) await prepare(page);
    if (change) await page.evaluate(change);
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('finds a page of every template that exists today', () => {
    expect([...perKind.keys()]).toEqual(expect.arrayContaining([...KNOWN_KINDS]));
  });

  test('the gate sees a violation when a page has one (an image without alt, a nameless link)', async () => {
    const [, page] = [...perKind][0]!;
    const violations = await violationsOf(page.url, () => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/logo.svg" width="10" height="10"><a href="/"><img src="/logo.svg" width="10" height="10" alt=""></a>');
    });
    expect(violations.map((v) => v.id).sort()).toEqual(['image-alt', 'link-name']);
  });

  const readable = (violations: AxeViolation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`);

  test.each([...perKind].map(([kind, page]) => [kind, page.url]))('%s page (%s) has no violations', async (_kind, url) => {
    expect(readable(await violationsOf(url))).toEqual([]);
  });

  test('the search page with a query typed and its results shown has no violations', async () => {
    let shown = 0;
    const violations = await violationsOf(perKind.get('search')!.url, undefined, async (page) => {
      await page.fill('[data-search-input]', 'lương hưu');
      await page.waitForSelector('[data-search-results][aria-busy="false"] .search-result');
      shown = await page.locator('.search-result').count();
    });
    expect(shown).toBeGreaterThan(0);
    expect(readable(violations)).toEqual([]);
  });

  test('the calculator with a result, notes and ignored link parameters shown has no violations', async () => {
    let notes = 0;
    const violations = await violationsOf('/tinh-muc-dong/?thu-nhap=90000000&nhom=ho-ngheo,can-ngheo,xyz&phuong-thuc=60&ngay=2026-11-30', undefined, async (page) => {
      await page.waitForSelector('[data-calc-ready]', { state: 'attached' });
      notes = await page.locator('[data-calc-ignored] li, [data-calc-notes] li').count();
    });
    expect(notes).toBe(3); // the unknown group; the income above the ceiling; paying years ahead
    expect(readable(violations)).toEqual([]);
  });
});
