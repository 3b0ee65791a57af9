// The progress pages as the people who chase targets use them, in Chromium on the example build:
// on a 360×780 phone the units behind target are named in the first screen, with what they still
// need; /tien-do/ is one tap from the menu; no chart label sits on another or on a line, at phone
// and desktop widths; a targets-only plan reads as targets; a plan in yearly percentages shows its
// targets with "chưa có số liệu"; staff notes stay in the collapsed staff section.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium, openOnPhone } from '../helpers/browser.ts';
import { readPage, ROOT } from '../helpers/build-site.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { snapshotSchema } from '../../src/schemas/snapshot.ts';

const { dist, status, stderr } = inject('exampleBuild');
let server: StaticServer;
let browser: Browser;
const snapshotNames = fs.readdirSync(path.join(ROOT, 'content/data')).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => f.replace(/\.json$/, ''));
const progressUrls = snapshotNames.flatMap((name) => {
  const s = snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8')));
  return s.units.map((u) => (u.parent === null ? `/tien-do/${name}/` : `/tien-do/${name}/${u.id}/`));
});

beforeAll(async () => {
  expect(status, stderr).toBe(0);
  server = await serveStatic(dist);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const phone = (url: string, width = 360): Promise<Page> => openOnPhone(browser, server.origin + url, width);

describe('who is behind, in the first phone screen', () => {
  test('Bắc Giang: the seven districts behind schedule, worst first, each with the people it needs, above 780 px', async () => {
    const page = await phone('/tien-do/bac-giang-2023/');
    // Runs of ordinary white space become one space; the no-break spaces between numbers and units stay.
    const rows = await page.$$eval('ol.behind li', (items) => items.map((li) => ({ text: li.textContent!.replace(/[ \t\n]+/g, ' ').trim(), bottom: li.getBoundingClientRect().bottom })));
    // Worked out by hand from content/data/bac-giang-2023.json (see tests/lib/data/progress-summary.test.ts).
    expect(rows.map((r) => r.text)).toEqual([
      'Yên Thế 53 người · 39,5 %', 'Lục Ngạn 100 người · 44,8 %', 'Sơn Động 27 người · 50 %', 'Lạng Giang 53 người · 55,2 %',
      'Hiệp Hòa 40 người · 59,1 %', 'Yên Dũng 20 người · 61,1 %', 'Tân Yên 12 người · 64,7 %',
    ].map((t) => t.replace(/ (người|%)/g, '\u00a0$1')));
    for (const r of rows) expect(r.bottom, r.text).toBeLessThanOrEqual(780);
    const status = await page.$eval('.indicator.first .status-line', (p) => ({ text: p.textContent!.replace(/[ \t\n]+/g, ' '), bottom: p.getBoundingClientRect().bottom }));
    expect(status.text).toContain('7 trên 10 huyện, thành phố chậm tiến độ, 3 đúng tiến độ, chưa đơn vị nào đạt chỉ tiêu');
    // The ranking's rows stack into cards on a phone and stay a table for screen readers.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('table.ranking tbody tr')!).display)).toBe('grid');
    const tree = await page.locator('table.ranking').ariaSnapshot();
    expect(tree).toContain('- rowheader "Yên Thế"');
    expect(tree).toMatch(/- row "Yên Thế 73 185 39,5.% Chậm 53":/);
    // The headline figure is stated once on the page.
    const body = await page.$eval('main', (m) => m.textContent!.replace(/[ \t\n]+/g, ' '));
    expect(body.split('2.012\u00a0/\u00a03.285\u00a0người').length - 1).toBe(1);
    await page.close();
  });

  test('every progress page: the document and every table fit 360 px; numbers and units never break apart', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    for (const url of progressUrls.filter((u, i) => i < 6 || u.split('/').length === 4)) {
      await page.goto(server.origin + url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
      const wide = await page.$$eval('main table', (tables) => tables.filter((t) => t.getBoundingClientRect().right > 360 || t.scrollWidth > t.clientWidth + 1).map((t) => t.querySelector('caption')?.textContent));
      expect(wide, url).toEqual([]);
      // A number cell or a "61,2 %" never spreads over two lines.
      const broken = await page.$$eval('main td.num', (cells) => cells.filter((c) => { const r = document.createRange(); r.selectNodeContents(c); return r.getClientRects().length > 1 && c.getClientRects()[0]!.height > parseFloat(getComputedStyle(c).lineHeight) * 1.5 && !c.querySelector('*'); }).map((c) => c.textContent));
      expect(broken, url).toEqual([]);
    }
    await page.close();
  });
});

describe('/tien-do/', () => {
  test('is one tap from the menu on every page, and lists every campaign with figures', async () => {
    const page = await phone('/');
    const menu = await page.$('details.site-menu summary');
    if (menu) await menu.click();
    await page.click('nav a[href="/tien-do/"]');
    await page.waitForURL(`${server.origin}/tien-do/`);
    const entries = await page.$$eval('main .progress-index li', (items) => items.map((li) => li.querySelector('a')!.getAttribute('href')));
    expect(entries.sort()).toEqual(snapshotNames.map((n) => `/tien-do/${n}/`).sort());
    const text = await page.$eval('main', (m) => m.textContent!.replace(/\s+/g, ' '));
    expect(text).toContain('Số liệu mới nhất: 21/5/2023');
    expect(text).toContain('3 trên 10 huyện, thành phố đạt hoặc đúng tiến độ');
    await page.close();
    // The home page links it too.
    expect(load(readPage(dist, '/'))('main a[href="/tien-do/"]').length).toBe(1);
  });
});

describe('chart labels in the browser', () => {
  test.each([360, 1280])('at %i px: no label on another label, on a line or outside its chart, on every progress page', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    let labels = 0;
    for (const url of progressUrls) {
      await page.goto(server.origin + url);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const found = await page.$$eval('figure.chart svg', (svgs) => {
        const out: string[] = [];
        let count = 0;
        for (const svg of svgs as SVGSVGElement[]) {
          const vb = svg.viewBox.baseVal;
          const boxes = [...svg.querySelectorAll('text')].map((t) => {
            // The font size in the chart's own units (the whole chart scales to the page's width).
            const size = parseFloat(getComputedStyle(t).fontSize);
            const b = t.getBBox();
            const baseline = Number(t.getAttribute('y'));
            // Width as drawn (kerning included); height: the font's line box (1 em up, 0.265 em down).
            return { text: t.textContent!, x: b.x, y: baseline - size, w: b.width, h: 1.265 * size };
          });
          count += boxes.length;
          boxes.forEach((a, i) => {
            if (a.x < -0.5 || a.y < -0.5 || a.x + a.w > vb.width + 0.5 || a.y + a.h > vb.height + 0.5) out.push(`"${a.text}" outside its chart`);
            for (const b of boxes.slice(i + 1)) if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5) out.push(`"${a.text}" on "${b.text}"`);
          });
          for (const line of svg.querySelectorAll<SVGGeometryElement>('line:not(.grid), path')) {
            const length = line.getTotalLength();
            for (let d = 0; d <= length; d += 0.5) {
              const p = line.getPointAtLength(d);
              const hit = boxes.find((b) => p.x > b.x + 0.5 && p.x < b.x + b.w - 0.5 && p.y > b.y + 0.5 && p.y < b.y + b.h - 0.5);
              if (hit) {
                out.push(`${line.getAttribute('class')} through "${hit.text}"`);
                break;
              }
            }
          }
        }
        return { out, count };
      });
      labels += found.count;
      problems.push(...found.out.map((p) => `${url}: ${p}`));
    }
    expect(problems).toEqual([]);
    expect(labels).toBeGreaterThan(300);
    await page.close();
  });
});

describe('plans without results yet', () => {
  test('Trà Vinh (targets only): targets ranked with their share said as such, no empty result columns, results said not reported', () => {
    const $ = load(readPage(dist, '/tien-do/tra-vinh-2023/'));
    $('[data-staff-only]').remove();
    const text = $('main').text().replace(/[ \t\n]+/g, ' ');
    expect(text).toContain('Chưa có số liệu thực hiện: kế hoạch mới giao chỉ tiêu năm 2023 cho 10 phường, xã, các đơn vị chưa báo cáo kết quả.');
    expect(text).not.toMatch(/Mẫu số suy ra|Chưa rõ/);
    const headers = $('main table thead th').toArray().map((th) => $(th).text());
    expect(headers).not.toContain('Đã đạt');
    expect(headers).not.toContain('Tình trạng');
    expect(headers).toContain('Chiếm (% chỉ tiêu của thành phố)');
    // Long Đức: 319 of the city's 1.757 (BHXH tự nguyện) — 18,2 %, labelled as a share of the target.
    const row = $('#chi-tieu-bhxh-tu-nguyen').closest('section').find('tbody tr').first();
    expect(row.find('th').text()).toBe('Long Đức');
    expect(row.find('td').toArray().map((td) => $(td).text())).toEqual(['319', '18,2\u00a0%']);
    // The coverage rates say in words what they stand for.
    expect(text).toContain('Mục tiêu: 3\u00a0% lực lượng lao động');
  });

  test('Kiên Giang: yearly percentage targets as a chart and a table, "chưa có số liệu" for every result, linked from the campaign page', () => {
    const $ = load(readPage(dist, '/tien-do/kien-giang-2021-2025/'));
    const table = (id: string) => $(`#muc-tieu-${id}`).closest('section').find('tbody tr').toArray().map((tr) => $(tr).find('th, td').toArray().map((c) => $(c).text()));
    const missing = 'chưa có số liệu';
    expect(table('tuyen-truyen-bhxh')).toEqual([['2021', '45\u00a0%', missing], ['2022', '50\u00a0%', missing], ['2023', '55\u00a0%', missing], ['2024', '60\u00a0%', missing], ['2025', '65\u00a0%', missing]]);
    expect(table('tuyen-truyen-bhxh-tu-nguyen').map((r) => r[1])).toEqual(['15\u00a0%', '20\u00a0%', '25\u00a0%', '30\u00a0%', '35\u00a0%']);
    expect(table('tap-huan-cong-tac-vien').map((r) => r[1])).toEqual(['35–50\u00a0%', '70\u00a0%', '100\u00a0%', '100\u00a0%', '100\u00a0%']);
    expect($('#muc-tieu-tuyen-truyen-bhxh').closest('section').find('figure.chart svg rect.goal').length).toBe(5);
    expect(load(readPage(dist, '/chien-dich/kien-giang-2021-2025/'))('a[href="/tien-do/kien-giang-2021-2025/"]').length).toBe(1);
  });
});

describe('staff notes apart', () => {
  test('OCR remarks, unread cells and plan-arithmetic checks are only in the collapsed staff section; readers get the plain statement', () => {
    const $ = load(readPage(dist, '/tien-do/tho-xuong-2024/'));
    const staff = $('[data-staff-only]');
    expect(staff.is('details')).toBe(true);
    expect(staff.text()).toContain('OCR');
    expect(staff.text()).toContain('dòng 11');
    expect(staff.text()).toContain('khác chỉ tiêu cả năm');
    staff.remove();
    const text = $('main').text();
    expect(text).toContain('ô để trống là chưa rõ, không phải 0');
    expect(text).not.toMatch(/OCR|dòng 11|khác chỉ tiêu cả năm|Số liệu cần xem lại/);
  });
});
