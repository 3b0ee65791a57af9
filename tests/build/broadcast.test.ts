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

// The translated entries (content/messages/km/, content/policies/km/) have their script in Khmer:
// the same amounts as the Vietnamese script (330.000, 264.000 and 165.000 đồng on 30/11/2026),
// written the Khmer way (330,000 ដុង), from the same rule data.
const nbKm = (text: string) => text.replace(/(\d) (ដុង|ឆ្នាំ)/g, '$1\u00a0$2');
const KHMER_SCRIPTS = ['/km/thong-diep/tho-xuong-2024-2/phat-thanh/', '/km/chinh-sach/muc-dong-va-ho-tro/phat-thanh/'];

describe('Khmer loudspeaker scripts', () => {
  test('exactly the translated entries have a Khmer script, in Khmer, linked from their Khmer page', () => {
    const built = fs.readdirSync(path.join(dist, 'km'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('phat-thanh') && f.endsWith('index.html'));
    expect(built.map((f) => `/km/${f.replace(/index\.html$/, '')}`).sort()).toEqual([...KHMER_SCRIPTS].sort());
    for (const script of KHMER_SCRIPTS) {
      const $ = cheerio.load(readPage(dist, script));
      expect($('html').attr('lang'), script).toBe('km');
      expect($('h1').text(), script).toMatch(/^ព្រឹត្តិបត្រផ្សាយ៖ /);
      const entry = script.replace(/phat-thanh\/$/, '');
      expect(cheerio.load(readPage(dist, entry))(`main a[href="${script}"]`).length, entry).toBe(1);
      // A sample translation says so, and leads to the Vietnamese script.
      expect($('main [data-translation="sample"]').length, script).toBe(1);
      expect($(`main [data-translation="sample"] a[href="${script.slice(3)}"]`).length, script).toBe(1);
    }
  });

  test('the Vietnamese list of scripts and the Khmer home page lead to every Khmer script, and only to those', () => {
    const list = cheerio.load(readPage(dist, '/phat-thanh/'));
    const listed = list('main a[href^="/km/"]').map((_, a) => list(a).attr('href')).get();
    expect(listed.sort()).toEqual([...KHMER_SCRIPTS].sort());
    // Named in Vietnamese (the list page has no Khmer font), the slogan's number and text with it.
    expect(list('main a[href="/km/thong-diep/tho-xuong-2024-2/phat-thanh/"]').text()).toMatch(/^Thông điệp số \d+: .+ \(tiếng Khmer\)$/);
    const home = cheerio.load(readPage(dist, '/km/'));
    const scripts = home('#phat-thanh').closest('section').find('a').map((_, a) => home(a).attr('href')).get();
    expect(scripts.sort()).toEqual([...KHMER_SCRIPTS].sort());
  });

  test("the slogan's Khmer script: the Khmer slogan, the amounts of 30/11/2026 written the Khmer way, the hotline in Khmer digits", () => {
    const text = paragraphs(readPage(dist, KHMER_SCRIPTS[0]!));
    expect(text[0]).toBe('សូមគោរពបងប្អូនជាទីរាប់អាន! សូមអញ្ជើញស្តាប់ព្រឹត្តិបត្រអំពីធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត។');
    expect(text.slice(1, 3)).toEqual(['សារផ្សព្វផ្សាយ៖', 'ចូលរួមធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត ដើម្បីទទួលបានការថែទាំសុខភាព និងប្រាក់សោធននិវត្តន៍ប្រចាំខែ នៅពេលចាស់ជរា។']);
    expect(text).toContain(nbKm('ប្រាក់បង់ទាបបំផុតបច្ចុប្បន្ន គឺ 330,000 ដុង ក្នុងមួយខែ។ រដ្ឋឧបត្ថម្ភមួយផ្នែក ដូច្នេះអ្នកចូលរួមបង់ខ្លួនឯងត្រឹមតែ 264,000 ដុង ក្នុងមួយខែ ហើយអ្នកក្នុងគ្រួសារក្រីក្របង់ខ្លួនឯង 165,000 ដុង។'));
    expect(text.map((p) => p.replaceAll('\u00a0', ' '))).toContain('បើមានសំណួរ សូមហៅខ្សែទូរស័ព្ទបន្ទាន់ មួយ ប្រាំបួន សូន្យ សូន្យ — ប្រាំបួន សូន្យ ប្រាំមួយ ប្រាំបី (1900 9068)។ សូមរំលឹកម្តងទៀត៖ មួយ ប្រាំបួន សូន្យ សូន្យ — ប្រាំបួន សូន្យ ប្រាំមួយ ប្រាំបី។');
    const notes = cheerio.load(readPage(dist, KHMER_SCRIPTS[0]!))('.broadcast-notes').text();
    expect(notes).toContain('80 ពាក្យក្នុងមួយនាទី');
    expect(notes).toContain('ថ្ងៃទី 30 វិច្ឆិកា 2026');
    // The Vietnamese script of the same slogan states the same three amounts.
    const vi = paragraphs(readPage(dist, '/thong-diep/tho-xuong-2024-2/phat-thanh/')).join(' ');
    for (const amount of ['330.000', '264.000', '165.000']) expect(vi).toContain(`${amount}\u00a0đồng`);
  });

  test("the policy's Khmer script asks the Khmer title and answers with the Khmer summary, amounts computed", () => {
    const text = paragraphs(readPage(dist, KHMER_SCRIPTS[1]!));
    expect(text.slice(1, 3)).toEqual(['បងប្អូនជាច្រើនបានសួរថា៖', 'បង់ធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្តប៉ុន្មានក្នុងមួយខែ ហើយរដ្ឋឧបត្ថម្ភប៉ុន្មាន?']);
    expect(text[3]).toBe(nbKm('អ្នកបង់ 22% នៃកម្រិតចំណូលដែលអ្នកជ្រើសរើស យ៉ាងតិច 330,000 ដុង ក្នុងមួយខែ។ រដ្ឋឧបត្ថម្ភពី 66,000 ដុង ដល់ 165,000 ដុង ក្នុងមួយខែ យ៉ាងយូរ 10 ឆ្នាំ។'));
    expect(text.join(' ')).not.toContain('{{');
  });

  test('the Khmer text file: the same paragraphs, byte-order mark, Windows line ends, its own file name', () => {
    const page = KHMER_SCRIPTS[0]!;
    const bytes = fs.readFileSync(path.join(dist, page, 'ban-tin.txt'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('ព្រឹត្តិបត្រផ្សាយ៖ ធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត៖ ប្រាក់សោធនប្រចាំខែ នៅពេលចាស់ជរា');
    expect(text).toContain('\r\nទំព័រ៖ https://loa.example/km/thong-diep/tho-xuong-2024-2/');
    const plain = (s: string) => s.replaceAll('\u00a0', ' ');
    for (const paragraph of paragraphs(readPage(dist, page))) expect(plain(text)).toContain(`\r\n${plain(paragraph)}\r\n`);
    const link = cheerio.load(readPage(dist, page))('a[download]');
    expect(link.attr('href')).toBe(`${page}ban-tin.txt`);
    expect(link.attr('download')).toBe('ban-tin-phat-thanh-tho-xuong-2024-2-km.txt');
  });

  test('hreflang both ways between the Vietnamese and the Khmer script, and the Vietnamese script offers the Khmer one', () => {
    for (const km of KHMER_SCRIPTS) {
      const vi = km.slice(3);
      for (const url of [vi, km]) {
        const $ = cheerio.load(readPage(dist, url));
        expect($('link[rel="alternate"][hreflang="km"]').attr('href'), url).toBe(`https://loa.example${km}`);
        expect($('link[rel="alternate"][hreflang="vi"]').attr('href'), url).toBe(`https://loa.example${vi}`);
      }
      expect(cheerio.load(readPage(dist, vi))('.lang-switch a[hreflang="km"]').attr('href'), vi).toBe(km);
      expect(cheerio.load(readPage(dist, km))('.lang-switch a[hreflang="vi"]').attr('href'), km).toBe(vi);
    }
    // An untranslated slogan's script has no Khmer version to offer.
    const $ = cheerio.load(readPage(dist, '/thong-diep/bac-giang-2023-1/phat-thanh/'));
    expect($('.lang-switch').length + $('link[hreflang]').length).toBe(0);
  });

  test('every Khmer script prints on one A4 page, with the agency on top', async () => {
    const context = await site.browser.newContext({ locale: 'km-KH' });
    const page = await context.newPage();
    const pages: Record<string, number> = {};
    for (const script of KHMER_SCRIPTS) {
      await page.goto(`${site.server.origin}${script}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      pages[script] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    expect(pages).toEqual(Object.fromEntries(KHMER_SCRIPTS.map((s) => [s, 1])));
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('p.print-only')).toBe(true);
    expect(await page.isVisible('.translation-notice')).toBe(false);
    await context.close();
  });
});

