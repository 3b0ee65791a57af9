// Citizen guidance end to end on the example build (reference date 30/11/2026): the calculator
// read from a shared link and driven by the keyboard in Chromium, its no-JavaScript tables
// against contribution(), the pension estimate, the enrolment guide (anchors, tap-to-call, maps
// links, one printed A4 page) and the progress pages' links to the collection points.
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { exampleSiteInChromium } from '../helpers/served-example.ts';
import { readPage, TEST_REFERENCE_DATE } from '../helpers/build-site.ts';
import { contribution } from '../../src/lib/rules/contribution.ts';
import { GROUP_IDS } from '../../src/lib/rules/groups.ts';
import { setOn } from '../helpers/rules-fixture.ts';

const { dist } = inject('exampleBuild');
const nb = (text: string) => text.replace(/(\d) (đồng|%)/g, '$1\u00a0$2');
const site = exampleSiteInChromium();

async function open(url: string, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'vi-VN', javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(site.server.origin + url);
  if (javaScriptEnabled && url.startsWith('/tinh-')) await page.waitForSelector('[data-calc-ready], [data-pension-ready]', { state: 'attached' });
  return page;
}
const headline = (page: Page) => page.textContent('[data-calc-headline]');

describe('contribution calculator', () => {
  test('a shared link is read from the URL and computed (Decree 159: near-poor pays 198.000)', async () => {
    const page = await open('/tinh-muc-dong/?thu-nhap=1500000&nhom=can-ngheo&phuong-thuc=1&ngay=2025-08-01');
    expect(await headline(page)).toBe(nb('Bạn đóng 198.000 đồng mỗi tháng'));
    expect(await page.textContent('[data-calc-rule]')).toBe('Theo Nghị định 159/2025/NĐ-CP, áp dụng từ 1/7/2025. Tính cho ngày 1/8/2025.');
    expect(await page.isChecked('input[value="can-ngheo"]')).toBe(true);
    // The same link a day before Decree 159: 25 % of 330.000 = 82.500, so 247.500.
    await page.goto(`${site.server.origin}/tinh-muc-dong/?thu-nhap=1500000&nhom=can-ngheo&phuong-thuc=3&ngay=2025-06-30`);
    await page.waitForSelector('[data-calc-ready]', { state: 'attached' });
    expect(await headline(page)).toBe(nb('Bạn đóng 247.500 đồng mỗi tháng'));
    expect(await page.textContent('[data-calc-payment]')).toBe(nb('Mỗi lần đóng 3 tháng: 742.500 đồng'));
    await page.context().close();
  });

  test('every figure links to a source listed on the page, and the office has the final word', async () => {
    const page = await open('/tinh-muc-dong/?thu-nhap=5000000&nhom=khac&phuong-thuc=12&ngay=2026-11-30');
    const targets = await page.$$eval('[data-calc-rows] a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(5);
    for (const target of new Set(targets)) expect(await page.locator(target).count(), target).toBe(1);
    expect(await page.textContent('main')).toContain('Cơ quan Bảo hiểm xã hội nơi bạn đăng ký là nơi trả lời cuối cùng');
    await page.context().close();
  });

  test('changed with the keyboard: the result, the URL and the polite announcement follow; Back undoes', async () => {
    const page = await open('/tinh-muc-dong/');
    expect(await headline(page)).toBe(nb('Bạn đóng 264.000 đồng mỗi tháng'));
    await page.focus('#thu-nhap');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5000000');
    await page.keyboard.press('Tab'); // commits the field and moves to the slider
    await page.keyboard.press('ArrowRight'); // one step: 5.100.000
    expect(await page.inputValue('#thu-nhap')).toBe('5.100.000');
    // 22 % × 5.100.000 = 1.122.000; minus 66.000 = 1.056.000.
    expect(await headline(page)).toBe(nb('Bạn đóng 1.056.000 đồng mỗi tháng'));
    await page.keyboard.press('Tab'); // "Chọn mức thấp nhất"
    await page.keyboard.press('Tab'); // first group: Hộ nghèo
    await page.keyboard.press('Space');
    // Poor household: 1.122.000 − 165.000 = 957.000.
    expect(await headline(page)).toBe(nb('Bạn đóng 957.000 đồng mỗi tháng'));
    expect(new URL(page.url()).search).toBe('?thu-nhap=5100000&nhom=ho-ngheo&phuong-thuc=1&ngay=2026-11-30');
    await page.waitForFunction(() => document.querySelector('[data-calc-announce]')?.textContent?.includes('957.000'));
    expect(await page.getAttribute('[data-calc-announce]', 'aria-live')).toBe('polite');
    await page.goBack();
    await page.waitForFunction(() => !document.querySelector<HTMLInputElement>('input[value="ho-ngheo"]')!.checked);
    expect(await headline(page)).toBe(nb('Bạn đóng 1.056.000 đồng mỗi tháng'));
    await page.context().close();
  });

  test('malformed parameters are ignored with a visible note, never NaN', async () => {
    const page = await open('/tinh-muc-dong/?thu-nhap=abc&nhom=giau&phuong-thuc=7&ngay=2026-13-01');
    const notes = await page.$$eval('[data-calc-ignored] li', (items) => items.map((li) => li.textContent));
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe('Bỏ qua “thu-nhap=abc” trong đường dẫn: cần số đồng mỗi tháng, ví dụ 1500000.');
    expect(await headline(page)).toBe(nb('Bạn đóng 264.000 đồng mỗi tháng'));
    expect(await page.textContent('main')).not.toMatch(/NaN|undefined/);
    await page.context().close();
  });

  test('without JavaScript: a notice instead of the form, and the tables', async () => {
    const page = await open('/tinh-muc-dong/', false);
    expect(await page.isVisible('.calc-nojs')).toBe(true);
    expect(await page.isVisible('[data-calc-form]')).toBe(false);
    expect(await page.isVisible('table[data-cases="nhom"]')).toBe(true);
    await page.context().close();
  });

  test('the no-JavaScript tables agree with contribution() on the reference date', () => {
    const $ = cheerio.load(readPage(dist, '/tinh-muc-dong/'));
    const set = setOn(TEST_REFERENCE_DATE);
    const floor = set.incomeFloor.value;
    const groups = $('table[data-cases="nhom"] tbody tr').map((_, tr) => $(tr).attr('data-group')).get();
    expect(groups).toEqual([...GROUP_IDS]);
    let cells = 0;
    $('table[data-cases="nhom"] tbody tr').each((_, tr) => {
      $(tr).find('td[data-months]').each((__, td) => {
        const months = Number($(td).attr('data-months'));
        expect(Number($(td).attr('data-value'))).toBe(contribution(set, { income: floor, groups: [$(tr).attr('data-group') as never], months }).perPayment.value);
        cells++;
      });
    });
    $('table[data-cases="thu-nhap"] tbody tr').each((_, tr) => {
      $(tr).find('td[data-months]').each((__, td) => {
        expect(Number($(td).attr('data-value'))).toBe(contribution(set, { income: Number($(tr).attr('data-income')), groups: [], months: Number($(td).attr('data-months')) }).perPayment.value);
        cells++;
      });
    });
    expect(cells).toBe(4 * (5 + 7));
    // Spot-check by hand: a poor household pays 165.000 a month, 1.980.000 for 12 months (shown in thousands).
    expect($('tr[data-group="ho-ngheo"] td[data-months="12"]').text()).toBe('1.980');
  });
});

describe('pension estimate', () => {
  test('typing years and sex updates the estimate and the retirement age', async () => {
    const page = await open('/tinh-luong-huu/');
    await page.check('input[name="gioi-tinh"][value="nam"]');
    await page.fill('[data-pension-years]', '19');
    await page.fill('[data-pension-income]', '2000000');
    await page.fill('[data-pension-year]', '1966');
    await page.selectOption('[data-pension-month]', '3');
    // Man, 19 years: 44 % × 2.000.000 = 880.000; born 3/1966 → 61 y 9 m in 12/2027.
    expect(await page.textContent('[data-pension-headline]')).toBe(nb('Lương hưu ước tính: 880.000 đồng mỗi tháng'));
    const lines = await page.$$eval('[data-pension-lines] li', (items) => items.map((li) => li.textContent));
    expect(lines).toContain(nb('Đóng thêm 1 năm: tỷ lệ 45 %, lương hưu 900.000 đồng mỗi tháng (thêm 20.000 đồng).'));
    expect(lines).toContain('Tuổi nghỉ hưu của bạn: 61 tuổi 9 tháng, tức là vào tháng 12/2027.');
    await page.context().close();
  });
});

describe('enrolment guide', () => {
  const html = () => readPage(dist, '/dang-ky/');
  test('seven numbered, linkable steps; the hotline is a tel: link and never called free', () => {
    const $ = cheerio.load(html());
    expect($('.enrol-step').map((_, li) => $(li).attr('id')).get()).toEqual(['buoc-1', 'buoc-2', 'buoc-3', 'buoc-4', 'buoc-5', 'buoc-6', 'buoc-7']);
    expect($('#buoc-7 a[href="tel:19009068"]').length).toBe(1);
    expect($('main').text()).not.toMatch(/miễn (phí|cước)/i);
    expect($('#buoc-2').text()).toContain(nb('330.000 đồng'));
    expect($('#buoc-2 p a').attr('href')).toBe('/tinh-muc-dong/');
    expect($('#buoc-2 .enrol-step-anchor').attr('href')).toBe('#buoc-2');
  });
  test('collection points by commune: every index link lands on a group; maps and phone links; labelled illustrative', () => {
    const $ = cheerio.load(html());
    const anchors = $('.points-index a').map((_, a) => $(a).attr('href')!.slice(1)).get();
    expect(anchors.length).toBe(9);
    for (const id of anchors) expect($(`[id="${id}"]`).length, id).toBe(1);
    const maps = $('.point a').filter((_, a) => $(a).text().startsWith('Chỉ đường')).map((_, a) => $(a).attr('href')).get();
    expect(maps.length).toBe(11);
    for (const href of maps) expect(href).toMatch(/^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=/);
    expect($('.point a[href="tel:19009068"]').length).toBe(3);
    expect($('.points-illustrative').text()).toContain('minh họa');
    expect($('.point-illustrative').length).toBe(11);
  });
  test('prints on one A4 page', async () => {
    const page = await open('/dang-ky/');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    await page.context().close();
  });
  test("a unit's progress page links to the points serving it", () => {
    const $ = cheerio.load(readPage(dist, '/tien-do/bac-giang-2023/luc-nam/'));
    const link = $('main a[href^="/dang-ky/#"]');
    expect(link.text()).toBe('Điểm thu BHXH tự nguyện ở đây (3 điểm)');
    const target = link.attr('href')!.split('#')[1]!;
    expect(cheerio.load(html())(`[id="${target}"]`).text()).toContain('Lục Nam');
    // The province's page counts every point of the campaign's units (Lục Nam 3, Yên Thế, Lục Ngạn, Hiệp Hòa, TP Bắc Giang).
    expect(cheerio.load(readPage(dist, '/tien-do/bac-giang-2023/'))('main a[href^="/dang-ky/#"]').text()).toBe('Điểm thu BHXH tự nguyện ở đây (7 điểm)');
  });
});

describe('policy pages draw their amounts from the rule data', () => {
  test('key figures and body amounts on 30/11/2026 (base salary 2.530.000 from 1/7/2026)', () => {
    const $ = cheerio.load(readPage(dist, '/chinh-sach/muc-dong-va-ho-tro/'));
    const row = (rule: string) => $(`tr[data-rule="${rule}"] td`).first().text();
    expect([row('thu-nhap-cao-nhat'), row('muc-dong-cao-nhat'), row('muc-tham-chieu')]).toEqual(['50.600.000 đồng', '11.132.000 đồng', '2.530.000 đồng'].map(nb));
    expect($('tr[data-rule="muc-tham-chieu"] td').eq(2).text()).toBe('Nghị định 161/2026/NĐ-CP');
    expect($('data[data-amount="thu-nhap-cao-nhat"]').first().text()).toBe(nb('50.600.000 đồng'));
    expect($('p.lead').text()).toContain(nb('thấp nhất 330.000 đồng một tháng'));
    const funeral = cheerio.load(readPage(dist, '/chinh-sach/quyen-loi/'))('data[data-amount="tro-cap-mai-tang"]').first().text();
    expect(funeral).toBe(nb('25.300.000 đồng'));
  });
});
