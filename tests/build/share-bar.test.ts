// The share bar in a real browser, on the small fixture's message page: without JavaScript it is
// plain links; no page view loads anything from another site; with the Web Share API the island
// shows its button and shares the page's square image as a PNG file, fetched only on click.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { imagePath } from '../../src/lib/images/image-paths.ts';
import { facebookShareUrl, zaloShareUrl } from '../../src/lib/share/share-links.ts';
import { ROOT, buildSite, tempDir } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/content-small');
const entries = checkContent(readContentSources(SMALL)).entries;
const message = entries.messages[0]!;
const pagePath = `/thong-diep/${message.id}/`;
const canonical = new URL(pagePath, entries.site!.baseUrl).href;
const outDir = path.join(tempDir('share-bar'), 'dist');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const result = buildSite(outDir, SMALL);
  expect(result.status, result.stderr).toBe(0);
  server = await serveStatic(outDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('share bar', () => {
  test('without JavaScript: Facebook, Zalo and the page address are plain links; the file-share button stays hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + pagePath);
    const bar = page.locator('.share-bar');
    const hrefs = await bar.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([facebookShareUrl(canonical), zaloShareUrl(canonical), canonical]);
    for (const link of await bar.locator('a').all()) expect(await link.isVisible()).toBe(true);
    expect(await bar.locator('[data-web-share]').isVisible()).toBe(false);
    await context.close();
  });

  test('the page-not-found page offers nothing to share; an ordinary page does', () => {
    expect(fs.readFileSync(path.join(outDir, '404.html'), 'utf8')).not.toContain('class="share-bar"');
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('class="share-bar"');
  });

  test('a page view requests nothing from another site, not even the share image', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.origin + pagePath, { waitUntil: 'networkidle' });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:'))).toEqual([]);
    expect(requests.filter((u) => u.endsWith('/square.png'))).toEqual([]);
    await context.close();
  });

  test('with the Web Share API: the button appears and shares the square image as a PNG file', async () => {
    const context = await browser.newContext();
    // Headless Chromium has no share sheet: stand in for it and record what the page hands over.
    await context.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'canShare', { value: (data: { files?: File[] }) => Array.isArray(data.files) });
      Object.defineProperty(navigator, 'share', {
        value: async (data: { files: File[]; title: string; url: string }) => {
          const f = data.files[0]!;
          shared.push({ name: f.name, type: f.type, size: f.size, title: data.title, url: data.url });
        },
      });
    });
    const page = await context.newPage();
    await page.goto(server.origin + pagePath);
    const button = page.locator('[data-web-share] button');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared.length)).toBe(1);
    const [shared] = await page.evaluate(() => (window as unknown as { __shared: { name: string; type: string; size: number; url: string }[] }).__shared);
    const square = imagePath('thong-diep', message.id, 'square');
    expect(shared).toMatchObject({ type: 'image/png', size: fs.statSync(path.join(outDir, square)).size, url: canonical });
    expect(shared!.name).toMatch(/\.png$/);
    await context.close();
  });
});
