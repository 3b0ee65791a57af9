// Khmer pages on the example build: the three sample translations (a message, the contribution
// policy, the farmers' audience page) at /km/…, lang="km", hreflang both ways, the language switch
// only where a translation exists, amounts of 30/11/2026 written the Khmer way, the sample-
// translation notice, no Vietnamese interface text, and the Khmer font only on Khmer pages.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { describe, expect, inject, test } from 'vitest';
import { exampleSiteInChromium } from '../helpers/served-example.ts';
import { readPage } from '../helpers/build-site.ts';
import { builtPages } from '../../src/integrations/built-pages.ts';

const { dist } = inject('exampleBuild');
const BASE = 'https://loa.example';
// Last, the loudspeaker scripts of the translated message and policy (tests/build/broadcast.test.ts).
const KHMER_PAGES = ['/km/', '/km/thong-diep/tho-xuong-2024-2/', '/km/chinh-sach/muc-dong-va-ho-tro/', '/km/doi-tuong/nong-dan/', '/km/tim-kiem/', '/km/thong-diep/tho-xuong-2024-2/phat-thanh/', '/km/chinh-sach/muc-dong-va-ho-tro/phat-thanh/'];
const ORIGINALS = KHMER_PAGES.map((km) => km.slice(3));
/** The translated entries (the rest: the list of Khmer pages and the Khmer search page). */
const ENTRIES = KHMER_PAGES.slice(1, 4);
// A letter only Vietnamese writes (tone marks, ă â đ ê ô ơ ư): none may show on a Khmer page
// outside an element marked lang="vi" (official names, the agency's own disclaimer).
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const nb = (text: string) => text.replace(/(\d) (ដុង|ឆ្នាំ)/g, '$1\u00a0$2');
// The site's name is a proper name (site.yaml), shown as written in every language.
const SITE_NAME = 'Loa · BHXH tự nguyện';

const site = exampleSiteInChromium();

describe('Khmer pages', () => {
  test('exactly the translated entries have a Khmer page, in Khmer (lang="km", og:locale km_KH)', () => {
    const khmer = builtPages(dist).filter((p) => p.url.startsWith('/km/')).map((p) => p.url).sort();
    expect(khmer).toEqual([...KHMER_PAGES].sort());
    for (const url of KHMER_PAGES) {
      const $ = cheerio.load(readPage(dist, url));
      expect($('html').attr('lang'), url).toBe('km');
      expect($('meta[property="og:locale"]').attr('content'), url).toBe('km_KH');
    }
  });

  test('hreflang both ways and a language switch, on translated pages only', () => {
    for (const [i, km] of KHMER_PAGES.entries()) {
      const vi = ORIGINALS[i]!;
      const $km = cheerio.load(readPage(dist, km));
      const $vi = cheerio.load(readPage(dist, vi));
      for (const $ of [$km, $vi]) {
        expect($('link[rel="alternate"][hreflang="km"]').attr('href'), km).toBe(`${BASE}${km}`);
        expect($('link[rel="alternate"][hreflang="vi"]').attr('href'), vi).toBe(`${BASE}${vi}`);
      }
      expect($vi('.lang-switch a[hreflang="km"][lang="km"]').attr('href'), vi).toBe(km);
      expect($vi('.lang-switch a').text()).toBe('ភាសាខ្មែរ (tiếng Khmer)');
      expect($km('.lang-switch a[hreflang="vi"][lang="vi"]').attr('href'), km).toBe(vi);
      expect($km('.lang-switch a').text()).toBe('Tiếng Việt (ភាសាវៀតណាម)');
    }
    // An untranslated entry: no Khmer page, no switch, no hreflang.
    const $ = cheerio.load(readPage(dist, '/thong-diep/bac-giang-2023-1/'));
    expect($('.lang-switch').length + $('link[hreflang]').length).toBe(0);
    expect(fs.existsSync(path.join(dist, 'km/thong-diep/bac-giang-2023-1'))).toBe(false);
  });

  test('no Vietnamese text on a Khmer page outside what is marked lang="vi"', () => {
    for (const url of KHMER_PAGES) {
      const $ = cheerio.load(readPage(dist, url));
      $('[lang="vi"], script, style, [hidden]').remove();
      const text = $('body').text().replace(/\s+/g, ' ');
      const labels = $('[aria-label], [title], [alt], [placeholder]').map((_, el) => ['aria-label', 'title', 'alt', 'placeholder'].map((a) => $(el).attr(a) ?? '').join(' ')).get().join(' ');
      const found = VIETNAMESE_LETTER.exec(text);
      expect(found && text.slice(Math.max(0, found.index - 40), found.index + 40), url).toBeNull();
      expect(VIETNAMESE_LETTER.test(labels.replaceAll(SITE_NAME, '')), `${url}: ${labels}`).toBe(false);
      expect(VIETNAMESE_LETTER.test($('title').text().replaceAll(SITE_NAME, '')), url).toBe(false);
    }
  });

  test('every translated page says it is a sample translation, in Khmer and in Vietnamese, and links to the official page', () => {
    for (const [i, url] of ENTRIES.entries()) {
      const $ = cheerio.load(readPage(dist, url));
      const notice = $('main [data-translation="sample"]');
      expect(notice.length, url).toBe(1);
      expect(notice.text()).toContain('ការបកប្រែគំរូ');
      expect(notice.find('[lang="vi"]').text()).toContain('Bản dịch mẫu, chưa được người bản ngữ rà soát');
      expect(notice.find(`a[href="${ORIGINALS[i + 1]}"]`).length, url).toBe(1);
    }
  });

  test('amounts of the rules on 30/11/2026 are written the Khmer way, the figures unchanged', () => {
    // 22 % of the 1.500.000 floor = 330.000; the State pays 20 % of it for most people (66.000),
    // 30 % for ethnic minorities (99.000), 50 % for poor households (165.000).
    const $ = cheerio.load(readPage(dist, '/km/chinh-sach/muc-dong-va-ho-tro/'));
    expect($('.lead').text()).toBe(nb('អ្នកបង់ 22% នៃកម្រិតចំណូលដែលអ្នកជ្រើសរើស យ៉ាងតិច 330,000 ដុង ក្នុងមួយខែ។ រដ្ឋឧបត្ថម្ភពី 66,000 ដុង ដល់ 165,000 ដុង ក្នុងមួយខែ យ៉ាងយូរ 10 ឆ្នាំ។'));
    const amount = (name: string) => $(`main [data-amount="${name}"]`).first();
    expect([amount('tu-dong-dan-toc-thieu-so').text(), amount('tu-dong-dan-toc-thieu-so').attr('value')]).toEqual([nb('231,000 ដុង'), '231000']);
    expect(amount('tu-dong-ho-ngheo').text()).toBe(nb('165,000 ដុង'));
    expect($('main dl.faq dd').last().text()).toContain(nb('231,000 ដុង'));
  });

  test("each Khmer page's link preview is its own card, drawn with its Khmer title", async () => {
    for (const url of KHMER_PAGES) {
      const $ = cheerio.load(readPage(dist, url));
      const image = new URL($('meta[property="og:image"]').attr('content')!).pathname;
      expect(image, url).toBe(`/anh/trang/${url.split('/').filter(Boolean).join('-')}/og.png`);
      const meta = await sharp(path.join(dist, image)).metadata();
      expect([meta.width, meta.height], url).toEqual([1200, 630]);
    }
  });

  test('the Vietnamese home leads to the Khmer pages, which list all three', () => {
    const $ = cheerio.load(readPage(dist, '/km/'));
    expect($('main a').map((_, a) => $(a).attr('href')).get()).toEqual(expect.arrayContaining(ENTRIES));
  });

  test('Noto Sans Khmer is served by the site, loaded on Khmer pages, declared on Vietnamese pages with a Khmer version only', async () => {
    const fontsOf = async (url: string) => {
      const page = await site.browser.newPage();
      const fonts: string[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
      });
      await page.goto(site.server.origin + url, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const khmerFace = await page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ក'));
      const declared = await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans Khmer'));
      await page.close();
      return { fonts, khmerFace, declared };
    };
    for (const url of KHMER_PAGES) {
      const { fonts, khmerFace } = await fontsOf(url);
      expect(fonts.some((f) => /^\/_astro\/noto-sans-khmer-khmer-400-normal\.[\w-]+\.woff2$/.test(f)), `${url}: ${fonts.join(', ')}`).toBe(true);
      expect(khmerFace, url).toBe(true);
    }
    // A Vietnamese page with a Khmer version names it "ភាសាខ្មែរ" in its language switch: the face
    // is declared there and fetched for those letters, so they are drawn with it on a phone
    // without a Khmer system font. (document.fonts.check alone is true when no face is declared.)
    for (const url of ORIGINALS) {
      const { fonts, declared } = await fontsOf(url);
      expect(declared, url).toBe(true);
      expect(fonts.filter((f) => f.includes('khmer')), url).toEqual([expect.stringMatching(/^\/_astro\/noto-sans-khmer-khmer-400-normal\.[\w-]+\.woff2$/)]);
    }
    // A Vietnamese page without one neither declares nor fetches it.
    for (const url of ['/thong-diep/bac-giang-2023-1/', '/chinh-sach/dieu-kien-huong-luong-huu/', '/bai-viet/', '/tinh-muc-dong/']) {
      const { fonts, declared } = await fontsOf(url);
      expect(fonts.filter((f) => f.includes('khmer')), url).toEqual([]);
      expect(declared, url).toBe(false);
    }
  });
});
