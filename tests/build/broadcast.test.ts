// Commune loudspeaker scripts on the example build (reference date 30/11/2026): one per message
// and per policy page, linked from it; the facts computed from the rule data (330.000, 264.000 and
// 165.000 đồng: 22 % of the 1.500.000 floor, less the State's 20 % and 50 % of 330.000); the hotline
// read digit by digit; the staff's own script where the entry has one; the text file; one A4 page.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, test } from 'vitest';
import { exampleSiteInChromium } from '../helpers/served-example.ts';
import { readPage } from '../helpers/build-site.ts';

const { dist } = inject('exampleBuild');
const nb = (text: string) => text.replace(/(\d) (đồng)/g, '$1\u00a0$2');
const ids = (folder: string) => fs.readdirSync(path.join('content', folder)).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).map((f) => f.replace(/\.mdx$/, ''));
const scriptPages = [...ids('messages').map((id) => `/thong-diep/${id}/`), ...ids('policies').map((id) => `/chinh-sach/${id}/`)];
const paragraphs = (html: string) => cheerio.load(html)('[data-broadcast-script] p').map((_, p) => cheerio.load(p).text()).get();

const site = exampleSiteInChromium();

describe('loudspeaker scripts', () => {
  test('every message and policy page links to its script page, and the list page lists them all', () => {
    expect(scriptPages.length).toBe(17 + 9);
    const list = cheerio.load(readPage(dist, '/phat-thanh/'));
    for (const page of scriptPages) {
      const $ = cheerio.load(readPage(dist, page));
      expect($(`main a[href="${page}phat-thanh/"]`).length, page).toBe(1);
      expect(list(`main a[href="${page}phat-thanh/"]`).length, page).toBe(1);
    }
  });

  test("a slogan's script: opening, the slogan, the amounts of 30/11/2026, where to enrol, the hotline to read aloud, closing", () => {
    const text = paragraphs(readPage(dist, '/thong-diep/bac-giang-2023-1/phat-thanh/'));
    expect(text[0]).toBe('Kính thưa bà con! Mời bà con nghe bản tin về bảo hiểm xã hội tự nguyện.');
    // The campaign's title and the slogan, acronyms said in full.
    expect(text[1]).toBe('Thông điệp của chiến dịch Tháng cao điểm vận động người dân tham gia bảo hiểm xã hội tự nguyện năm 2023 tại Bắc Giang:');
    expect(text[2]).toBe('Bảo hiểm xã hội tự nguyện do cơ quan Bảo hiểm xã hội thực hiện là chế độ hưu trí ưu việt của Đảng và Nhà nước, vì quyền lợi của người tham gia.');
    expect(text).toContain(nb('Mức đóng thấp nhất hiện nay là 330.000 đồng mỗi tháng. Nhà nước hỗ trợ một phần, nên người tham gia chỉ tự đóng từ 264.000 đồng mỗi tháng; người thuộc hộ nghèo tự đóng 165.000 đồng.'));
    expect(text.some((p) => p.includes('Danh sách điểm thu có trên trang loa.example/dang-ky.'))).toBe(true);
    // On the page the hotline is a tel: link in the site's phone format (a no-break space inside).
    expect(text.map((p) => p.replaceAll('\u00a0', ' '))).toContain('Cần hỏi thêm, bà con gọi đường dây nóng một chín không không — chín không sáu tám (1900 9068). Xin nhắc lại: một chín không không — chín không sáu tám.');
    expect(text.at(-1)).toBe('Bản tin đến đây là hết. Cảm ơn bà con đã lắng nghe.');
    const $ = cheerio.load(readPage(dist, '/thong-diep/bac-giang-2023-1/phat-thanh/'));
    expect($('.broadcast-notes').text()).toContain('160 tiếng mỗi phút');
    expect($('.broadcast-notes').text()).toContain('Số tiền tính theo quy định áp dụng ngày 30/11/2026.');
  });

  test("a policy's script asks its question and answers with the page's summary, amounts computed", () => {
    const text = paragraphs(readPage(dist, '/chinh-sach/muc-dong-va-ho-tro/phat-thanh/'));
    expect(text.slice(1, 3)).toEqual(['Nhiều bà con hỏi:', 'Đóng bảo hiểm xã hội tự nguyện mỗi tháng bao nhiêu tiền, Nhà nước hỗ trợ bao nhiêu?']);
    expect(text[3]).toContain(nb('thấp nhất 330.000 đồng một tháng'));
    expect(text.join(' ')).not.toContain('{{');
  });

  test("the staff's own script replaces the generated one, its amounts computed", () => {
    const html = readPage(dist, '/thong-diep/tho-xuong-2024-3/phat-thanh/');
    const text = paragraphs(html);
    expect(text[0]).toBe('Kính thưa bà con các tổ dân phố phường Thọ Xương!');
    expect(text[2]).toContain(nb('chỉ tự đóng từ 264.000 đồng'));
    expect(text).not.toContain('Kính thưa bà con! Mời bà con nghe bản tin về bảo hiểm xã hội tự nguyện.');
    expect(cheerio.load(html)('.broadcast-notes').text()).toContain('Bài do cán bộ soạn');
  });

  test('the text file: the same paragraphs, UTF-8 with a byte-order mark, Windows line ends; linked for download', () => {
    const page = '/thong-diep/bac-giang-2023-1/phat-thanh/';
    const bytes = fs.readFileSync(path.join(dist, page, 'ban-tin.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('Bản tin phát thanh: BHXH tự nguyện: chế độ hưu trí ưu việt, vì quyền lợi người tham gia');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    // The page keeps every number with its unit by a no-break space ("40 %"), the text file only
    // where the script itself does: the words and their order are compared.
    const plain = (s: string) => s.replaceAll('\u00a0', ' ');
    for (const paragraph of paragraphs(readPage(dist, page))) expect(plain(text)).toContain(`\r\n${plain(paragraph)}\r\n`);
    const link = cheerio.load(readPage(dist, page))('a[download]');
    expect(link.attr('href')).toBe(`${page}ban-tin.txt`);
    expect(link.attr('download')).toBe('ban-tin-phat-thanh-bac-giang-2023-1.txt');
  });

  test('every script prints on one A4 page, with the agency on top and no navigation', async () => {
    const context = await site.browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    const pages: Record<string, number> = {};
    for (const entry of scriptPages) {
      await page.goto(`${site.server.origin}${entry}phat-thanh/`);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      pages[entry] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.site-nav')).toBe(false);
    expect(await page.isVisible('p.print-only')).toBe(true);
    await context.close();
  });

  test('the print button appears only with JavaScript and opens the print dialog', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.server.origin}/thong-diep/bac-giang-2023-1/phat-thanh/`);
    expect(await noJs.isVisible('[data-print]')).toBe(false);
    await context.close();
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/thong-diep/bac-giang-2023-1/phat-thanh/`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.click('[data-print]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.close();
  });
});
