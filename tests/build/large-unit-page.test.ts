// A progress page for a province of the two-level government (since 1/7/2025), where a hundred
// communes sit directly under the province, read on a 360×780 phone: the first screen shows the
// indicators' links, the status and the ten worst communes behind; the other communes behind and
// the full ranking table open with one tap (no JavaScript) and are printed open; nothing scrolls
// sideways. Built from the small fixture with a snapshot written here, numbers chosen by hand:
// commune i has a year target of 100 and 40 + i members at 31/12/2026 (all behind: Xã 1 needs 59,
// Xã 2 58, …); on health insurance (a second indicator) Xã 1–14 have not reported and the
// sixteen others reached their target.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, tempDir, type BuildResult } from '../helpers/build-site.ts';
import { launchChromium, openOnPhone } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';

const work = tempDir('large-unit');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const campaign = 'hoa-binh-2026';
const url = `/tien-do/${campaign}/`;
const COMMUNES = 30;
const units = [{ id: 'tinh-thu', name: 'Tỉnh Thử', level: 'tỉnh', parent: null as string | null }];
const figures: { unit: string; indicator: string; date: string; value: number }[] = [];
const targets: { unit: string; indicator: string; year: number; yearTotal: number }[] = [];
for (let i = 1; i <= COMMUNES; i++) {
  units.push({ id: `xa-${i}`, name: `Xã ${i}`, level: 'xã', parent: 'tinh-thu' });
  targets.push({ unit: `xa-${i}`, indicator: 'bhxh-tu-nguyen', year: 2026, yearTotal: 100 });
  figures.push({ unit: `xa-${i}`, indicator: 'bhxh-tu-nguyen', date: '2026-12-31', value: 40 + i });
  targets.push({ unit: `xa-${i}`, indicator: 'bhyt', year: 2026, yearTotal: 50 });
  if (i > 14) figures.push({ unit: `xa-${i}`, indicator: 'bhyt', date: '2026-12-31', value: 50 });
}
const text = (s: string) => s.replace(/[ \t\n]+/g, ' ').trim();
let result: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
  fs.appendFileSync(path.join(content, 'site.yaml'), 'progressImages:\n  cardLevels: 0\n  chartLevels: 0\n');
  fs.mkdirSync(path.join(content, 'data'));
  fs.writeFileSync(path.join(content, 'data', `${campaign}.json`), JSON.stringify({ campaign, source: 'Báo cáo thử của tỉnh', units, figures, targets }));
  result = buildSite(outDir, content);
  expect(result.status, result.stderr).toBe(0);
  server = await serveStatic(outDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phone = (): Promise<Page> => openOnPhone(browser, server.origin + url);

const worst = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `Xã ${from + k} ${60 - from - k}\u00a0người · ${40 + from + k}\u00a0%`);

describe('a province with thirty communes on a phone', () => {
  test('the first screen: links to both indicators, the status, the ten worst communes behind and "Xem thêm 20 xã"', async () => {
    const page = await phone();
    const nav = await page.$$eval('nav.indicator-nav a', (links) => links.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), bottom: a.getBoundingClientRect().bottom })));
    expect(nav.map((a) => [a.text, a.href])).toEqual([['BHXH tự nguyện', '#chi-tieu-bhxh-tu-nguyen'], ['Bảo hiểm y tế', '#chi-tieu-bhyt']]);
    for (const a of nav) expect(await page.locator(a.href!).count(), a.href!).toBe(1);
    const first = page.locator('.indicator.first');
    expect(text(await first.locator('.status-line').textContent() ?? '')).toContain('30 trên 30 xã chậm tiến độ');
    const shown = first.locator('ol.behind').first().locator('li');
    expect((await shown.allTextContents()).map(text)).toEqual(worst(1, 10));
    const more = first.locator('details.more');
    expect(text(await more.locator('summary').textContent() ?? '')).toBe('Xem thêm 20 xã chậm tiến độ');
    const summary = (await more.locator('summary').boundingBox())!;
    for (const bottom of [...nav.map((a) => a.bottom), summary.y + summary.height]) expect(bottom).toBeLessThanOrEqual(780);
    expect(await more.locator('li').first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    await page.close();
  });

  test('one tap opens the other twenty communes behind, numbered on from 11, and the full ranking table', async () => {
    const page = await phone();
    const first = page.locator('.indicator.first');
    await first.locator('details.more summary').click();
    const more = first.locator('details.more ol.behind');
    expect(await more.getAttribute('start')).toBe('11');
    expect((await more.locator('li').allTextContents()).map(text)).toEqual(worst(11, 30));
    const table = first.locator('table.ranking');
    expect(await table.isVisible()).toBe(false);
    const fold = first.locator('details.fold summary');
    expect(text(await fold.textContent() ?? '')).toBe('Xem bảng số liệu của cả 30 xã');
    await fold.click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(COMMUNES);
    await page.close();
  });

  test('printed, the folded list and table are open and their controls gone', async () => {
    const page = await phone();
    await page.emulateMedia({ media: 'print' });
    const first = page.locator('.indicator.first');
    expect(await first.locator('details.more li').last().isVisible()).toBe(true);
    expect(await first.locator('table.ranking tbody tr').last().isVisible()).toBe(true);
    expect(await first.locator('details.more summary').isVisible()).toBe(false);
    await page.close();
  });

  test('opened, the page has no WCAG 2.2 AA violation (axe-core) and no html-validate error', async () => {
    const page = await phone();
    for (const summary of await page.locator('.indicator details summary').all()) await summary.click();
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.close();
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(readPage(outDir, url), url);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  test('the page holds every row without JavaScript; a long list of units without figures folds like the units behind', () => {
    const $ = load(readPage(outDir, url));
    expect($('#chi-tieu-bhxh-tu-nguyen').closest('section').find('table.ranking tbody tr')).toHaveLength(COMMUNES);
    const bhyt = $('#chi-tieu-bhyt').closest('section');
    expect(text(bhyt.find('.status-line').text())).toContain('Không xã nào chậm tiến độ, 16 đã đạt chỉ tiêu, 14 chưa có số liệu');
    expect(bhyt.find('ol.behind')).toHaveLength(0);
    // Fourteen without figures: ten named, four behind "Xem thêm".
    expect(text(bhyt.find('p.unknown').first().text())).toBe('Chưa có số liệu: Xã 1, Xã 2, Xã 3, Xã 4, Xã 5, Xã 6, Xã 7, Xã 8, Xã 9, Xã 10.');
    expect(text(bhyt.find('details.more summary').text())).toBe('Xem thêm 4 xã chưa có số liệu');
    expect(text(bhyt.find('details.more p.unknown').text())).toBe('Xã 11, Xã 12, Xã 13, Xã 14.');
    // The health-insurance ranking has thirty rows too: folded like the other.
    expect(bhyt.find('details.fold table.ranking tbody tr')).toHaveLength(COMMUNES);
  });
});
