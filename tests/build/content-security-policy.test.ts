// The site works under the strict Content-Security-Policy of public/_headers: served with those
// headers, one page of every template loads in Chromium with no CSP violation, its stylesheets
// and fonts applied. The nginx snippet carries the same policy.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/site-headers.ts';
import { parseHeadersFile } from '../../src/lib/site/headers-file.ts';
import { KNOWN_KINDS, builtPages, onePagePerKind } from '../../src/integrations/built-pages.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { vi } from '../../src/i18n/vi.ts';

const headers = parseHeadersFile(fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')).get('/*') ?? {};
const policy = headers['Content-Security-Policy'] ?? '';
const { dist } = inject('exampleBuild');
const perKind = onePagePerKind(builtPages(dist));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist, siteHeaders());
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  violations: string[];
  /** Uncaught exceptions and console errors: a blocked script often shows only as one of these. */
  errors: string[];
  failed: string[];
  stylesheets: number;
  fontsLoaded: number;
}

/**
 * Opens `url` and reports CSP violations (events and console), page errors, failed requests and
 * what applied. `ready` waits for what the page must have done (e.g. search results shown), so
 * anything the page loads on its own (Pagefind's WebAssembly) has been tried before the report;
 * then the network must have gone quiet, not a fixed pause.
 */
async function visit(url: string, options: { change?: () => void; ready?: (page: Page) => Promise<void> } = {}): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  const failed: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    else if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  await page.goto(server.origin + url, { waitUntil: 'load' });
  if (options.change) await page.evaluate(options.change);
  if (options.ready) await options.ready(page);
  await page.waitForLoadState('networkidle');
  const result = await page.evaluate(async () => {
    await document.fonts.ready;
    return {
      events: (globalThis as unknown as { __csp: string[] }).__csp,
      stylesheets: document.styleSheets.length,
      fontsLoaded: [...document.fonts].filter((f) => f.status === 'loaded').length,
    };
  });
  await context.close();
  return { violations: [...result.events.map((e) => `event: ${e}`), ...violations], errors, failed, stylesheets: result.stylesheets, fontsLoaded: result.fontsLoaded };
}

describe('Content-Security-Policy', () => {
  test('the policy allows no inline script, no eval and no other origin', () => {
    const directives = new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src']) {
      const values = directives.get(name) ?? [];
      expect(values, name).toContain("'self'");
      expect(values.filter((v) => v.includes('unsafe-inline') || v === "'unsafe-eval'" || /^https?:|^\*/.test(v)), name).toEqual([]);
    }
    expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(["'none'"]);
  });

  test('the nginx snippet sends the same policy as public/_headers', () => {
    const nginx = fs.readFileSync(path.join(ROOT, 'deploy/nginx-security-headers.conf'), 'utf8');
    expect(/add_header Content-Security-Policy "([^"]+)" always;/.exec(nginx)?.[1]).toBe(policy);
  });

  test('finds a page of every template that exists today', () => {
    expect([...perKind.keys()]).toEqual(expect.arrayContaining([...KNOWN_KINDS]));
  });

  test('Chromium reports the violation when a page runs an inline script (the check works)', async () => {
    const [, page] = [...perKind][0]!;
    const result = await visit(page.url, {
      change: () => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "x"';
        document.body.append(script);
      },
    });
    expect(result.violations.some((v) => v.startsWith('event: script-src'))).toBe(true);
  });

  test.each([...perKind].map(([kind, page]) => [kind, page.url]))('%s page (%s) loads with no violation, styled and in its font', async (_kind, url) => {
    const result = await visit(url);
    expect(result.violations).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.failed).toEqual([]);
    expect(result.stylesheets).toBeGreaterThanOrEqual(2);
    expect(result.fontsLoaded).toBeGreaterThan(0);
  });

  test('a real search runs under the policy: Pagefind’s WebAssembly loads and the results are shown', async () => {
    // Served with the headers of public/_headers: if the policy blocked WebAssembly (no
    // 'wasm-unsafe-eval') or Pagefind's fetches, no result would ever appear.
    let urls: string[] = [];
    const result = await visit(`${routes.search()}?q=${encodeURIComponent('lương hưu')}`, {
      ready: async (page) => {
        // Results shown, or the page's own "search failed" line: either way the search has ended.
        await page.waitForFunction(
          (failed) => document.querySelector('[data-search-results]')?.getAttribute('aria-busy') === 'false' || Boolean(document.querySelector('[data-search-status]')?.textContent?.includes(failed)),
          vi.search.error,
        );
        urls = await page.$$eval('.search-result .entry-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      },
    });
    expect(result.violations).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.failed).toEqual([]);
    expect(urls.slice(0, 3)).toContain(routes.policy('dieu-kien-huong-luong-huu'));
  });
});
