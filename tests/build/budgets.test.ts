// Page-weight budgets, asserted as sizes: what a phone downloads for an article page (HTML, CSS
// and the font files the browser actually fetches for its text), compressed as a server would
// send it; no JavaScript on content pages beyond the share and search-shortcut islands; every <img> has width, height and alt.
import zlib from 'node:zlib';
import { load } from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { KNOWN_KINDS, builtPages } from '../../src/integrations/built-pages.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';

/** An article page's HTML + CSS + fonts, compressed. */
const ARTICLE_BUDGET = 60 * 1024;
/** The JavaScript a content page may load: its islands, compressed. */
const ISLAND_BUDGET = 3 * 1024;
/** A calculator page's JavaScript (its island, the rules code it shares with the build, the small islands). */
const CALCULATOR_BUDGET = 14 * 1024;
/** Astro names a component's bundled script after the component: the islands every page carries. */
const ISLAND_SCRIPT = /^\/_astro\/(ShareBar|SearchBox)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

const { dist } = inject('exampleBuild');
const pages = builtPages(dist);
const articles = pages.filter((page) => page.kind === 'article');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Bytes on the wire: text compressed with gzip -9 (what nginx sends); woff2 as is (already compressed). */
function wireSize(body: Buffer, type: string): number {
  return type === 'font' ? body.length : zlib.gzipSync(body, { level: 9 }).length;
}

interface Loaded {
  url: string;
  type: string;
  bytes: number;
}

/** Everything the browser fetches to show `url` on a phone-sized screen, fonts included. */
async function loadedResources(url: string): Promise<Loaded[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const pending: Promise<Loaded | null>[] = [];
  page.on('response', (response) => {
    pending.push(response.body().then((body) => ({ url: response.url(), type: response.request().resourceType(), bytes: wireSize(body, response.request().resourceType()) })).catch(() => null));
  });
  await page.goto(server.origin + url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await context.close();
  return (await Promise.all(pending)).filter((r): r is Loaded => r !== null);
}

describe('page weight', () => {
  test(`every article page's HTML + CSS + fonts is at most ${ARTICLE_BUDGET / 1024} KB compressed`, async () => {
    expect(articles.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const article of articles) {
      const loaded = await loadedResources(article.url);
      const counted = loaded.filter((r) => ['document', 'stylesheet', 'font'].includes(r.type));
      expect(counted.filter((r) => r.type === 'font').length, `${article.url} loads its web font`).toBeGreaterThan(0);
      const total = counted.reduce((sum, r) => sum + r.bytes, 0);
      if (total > ARTICLE_BUDGET) over.push(`${article.url}: ${total} B > ${ARTICLE_BUDGET} B (${counted.map((r) => `${new URL(r.url).pathname} ${r.bytes}`).join(', ')})`);
    }
    expect(over).toEqual([]);
  });

  test('content pages carry only the small islands (share bar, "/" search shortcut), as site files, and nothing else', async () => {
    // Every template but the search page and the calculators, whose code is their own island.
    const contentKinds = new Set<string>(KNOWN_KINDS.filter((kind) => !['search', 'calculator', 'pension'].includes(kind)));
    const strayScripts: string[] = [];
    for (const page of pages.filter((p) => contentKinds.has(p.kind))) {
      const $ = load(page.html);
      $('script')
        .filter((_, el) => $(el).attr('type') !== 'application/ld+json')
        .each((_, el) => {
          const src = $(el).attr('src') ?? '';
          const isIsland = $(el).attr('type') === 'module' && ISLAND_SCRIPT.test(src) && $(el).text().trim() === '';
          if (!isIsland) strayScripts.push(`${page.url}: ${$.html(el).slice(0, 120)}`);
        });
    }
    expect(strayScripts).toEqual([]);
    const loaded = await loadedResources(articles[0]!.url);
    const scripts = loaded.filter((r) => r.type === 'script');
    expect(scripts.length, 'the share bar and the search shortcut').toBeGreaterThan(0);
    for (const script of scripts) expect(new URL(script.url).origin).toBe(server.origin);
    expect(scripts.filter((r) => r.url.includes('/pagefind/')), 'the search index loads only on the search page').toEqual([]);
    const total = scripts.reduce((sum, r) => sum + r.bytes, 0);
    expect(total, scripts.map((r) => `${new URL(r.url).pathname} ${r.bytes} B`).join(', ')).toBeLessThanOrEqual(ISLAND_BUDGET);
  });

  test(`the calculators load their island as site files, at most ${CALCULATOR_BUDGET / 1024} KB compressed with the shared islands`, async () => {
    const calculators = pages.filter((p) => p.kind === 'calculator' || p.kind === 'pension');
    expect(calculators.map((p) => p.url).sort()).toEqual(['/tinh-luong-huu/', '/tinh-muc-dong/']);
    for (const calculator of calculators) {
      const scripts = (await loadedResources(calculator.url)).filter((r) => r.type === 'script');
      for (const script of scripts) expect(new URL(script.url).origin).toBe(server.origin);
      const total = scripts.reduce((sum, r) => sum + r.bytes, 0);
      expect(total, `${calculator.url}: ${scripts.map((r) => `${new URL(r.url).pathname} ${r.bytes} B`).join(', ')}`).toBeLessThanOrEqual(CALCULATOR_BUDGET);
    }
  });

  test('every <img> on every page has width, height and alt', () => {
    const missing: string[] = [];
    for (const page of pages) {
      const $ = load(page.html);
      $('img').each((_, img) => {
        for (const attr of ['width', 'height', 'alt']) if ($(img).attr(attr) === undefined) missing.push(`${page.url}: <img src="${$(img).attr('src')}"> has no ${attr}`);
      });
    }
    expect(missing).toEqual([]);
  });
});
