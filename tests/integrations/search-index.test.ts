import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, prepareForIndex, withSearchAdditions } from '../../src/integrations/search-index.ts';
import { preparedPages } from '../../src/integrations/search-prepare-pool.ts';
import { phraseGroups } from '../../src/lib/search/equivalents.ts';
import { ADDITION_KEYS } from '../../src/lib/search/index-additions.ts';
import { ANSWER_MARK, answerWeights } from '../../src/lib/search/ranking.ts';

const page = (main: string) => `<!doctype html><html><head></head><body><nav>Đường dây nóng BHYT</nav><main data-pagefind-body>${main}</main><footer>Điện thoại</footer></body></html>`;
const addition = (html: string, key: string) => cheerio.load(html)(`meta[data-pagefind-meta="${key}[content]"]`).attr('content') ?? '';

describe('withSearchAdditions', () => {
  test('words of adjacent blocks stay apart, so acronym phrases across the page are found', () => {
    const text = addition(withSearchAdditions(page('<h1>Chính sách mới</h1><p>Bảo hiểm xã hội tự nguyện</p>')), ADDITION_KEYS.text).split(' ');
    expect(text).toContain('bhxh');
    expect(addition(withSearchAdditions(page('<h1>Chính sách mới</h1>')), ADDITION_KEYS.title)).toBe('chinh sach moi');
  });

  test('only the main content feeds the additions, minus parts marked to ignore', () => {
    const html = withSearchAdditions(page('<h1>Tin</h1><p>Đi bộ</p><div data-pagefind-ignore>Đồng hồ</div>'));
    const text = addition(html, ADDITION_KEYS.text).split(' ');
    expect(text).toContain('di');
    for (const outside of ['duong', 'bhyt', 'dien', 'dong']) expect(text).not.toContain(outside);
  });
});

describe('prepareForIndex', () => {
  const synonyms = phraseGroups([['tử tuất', 'tiền tuất']]);
  const facets = (keywords: string) => `<div hidden data-pagefind-ignore><span data-pagefind-meta="keywords:${keywords}"></span></div>`;

  test('a page that writes one synonym is indexed under the others', () => {
    const html = withSearchAdditions(page('<h1>Quyền lợi</h1><p>Gia đình nhận tiền tuất.</p>'), synonyms);
    expect(addition(html, ADDITION_KEYS.text)).toContain('tu tuat');
  });
  test('a page’s keywords get the same additions as its words: folded "đ", acronyms, synonyms', () => {
    const html = withSearchAdditions(page(`${facets('đóng bù, tiền tuất, BHYT')}<h1>Cách đóng</h1>`), synonyms);
    // "bù" needs no addition: Pagefind folds its marks itself.
    expect(addition(html, ADDITION_KEYS.text)).toBe('dong bao hiem y te tu tuat');
  });
  test('its words as the index holds them: text, title, keywords and additions, not the hidden facets’ labels', () => {
    const { words } = prepareForIndex(page(`${facets('phí bảo hiểm')}<h1>Mức đóng</h1><p>Đóng hằng tháng.</p>`), synonyms);
    expect([...words.words].sort()).toEqual(['bao', 'dong', 'hang', 'hiem', 'muc', 'phi', 'thang']);
    // "Đóng" in title and text is filed by Pagefind under "đong"; "dong" comes from the additions:
    // once in the folded title, once in the folded words.
    expect(words.entries.get('dong')).toBe(2);
    // "Mức" is indexed as text, as the title, and in the folded title.
    expect(words.entries.get('muc')).toBe(3);
  });
});

describe('a Khmer page', () => {
  const khmerPage = (main: string) => page(main).replace('<html>', '<html lang="km">');

  test('is indexed with its Khmer words cut apart, beside the folded Vietnamese names it quotes', () => {
    const prepared = prepareForIndex(khmerPage('<h1>គ្រួសារក្រីក្រ</h1><p>រដ្ឋឧបត្ថម្ភពី <span lang="vi">Sở Lao động</span></p>'));
    expect(prepared.lang).toBe('km');
    expect(addition(prepared.html, ADDITION_KEYS.title)).toBe('គ្រួសារ ក្រីក្រ');
    expect(addition(prepared.html, ADDITION_KEYS.text).split(' ')).toEqual(['dong', 'គ្រួសារ', 'ក្រីក្រ', 'រដ្ឋ', 'ឧបត្ថម្ភ', 'ពី']);
    expect(cheerio.load(prepared.html)('html').attr('lang')).toBe('km');
  });

  test('a Vietnamese page gets no Khmer words, and a page that names no language is Vietnamese', () => {
    const prepared = prepareForIndex(page('<h1>Mức đóng</h1><p>ក្រីក្រ</p>'));
    expect(prepared.lang).toBe('vi');
    expect(cheerio.load(prepared.html)('html').attr('lang')).toBe('vi');
    expect(addition(prepared.html, ADDITION_KEYS.text)).toBe('dong');
  });
});

describe('answer pages', () => {
  const answer = `<div hidden data-pagefind-ignore><span ${ANSWER_MARK}></span></div>`;
  const weights = (html: string) => {
    const $ = cheerio.load(prepareForIndex(html).html);
    return ['main', 'h1', 'h2', 'h3', 'p'].map((tag) => $(tag).first().attr('data-pagefind-weight') ?? null);
  };
  const body = '<h1>Mức đóng</h1><h2>Ai được hỗ trợ</h2><h3>Hộ nghèo</h3><p>Nhà nước hỗ trợ.</p>';

  test('weigh their text and each heading level more in the copy Pagefind reads', () => {
    const { body: text, headings } = answerWeights();
    expect(weights(page(`${answer}${body}`))).toEqual([String(text), String(headings.h1), String(headings.h2), String(headings.h3), null]);
  });
  test('other pages keep Pagefind’s own weights', () => {
    expect(weights(page(body))).toEqual([null, null, null, null, null]);
  });
  test('a weight the page sets itself is kept', () => {
    expect(weights(page(`${answer}<h1 data-pagefind-weight="3">Mức đóng</h1>`))[1]).toBe('3');
  });
});

describe('the copy Pagefind reads', () => {
  const full = `<!doctype html><html lang="vi"><head><title>Mức đóng</title><link rel="stylesheet" href="/a.css"><meta data-pagefind-meta="image:/x.png"><style>p{color:red}</style></head><body><header>Đầu trang <span data-pagefind-filter="vung:Bắc">Bắc</span></header><nav>Menu</nav><main data-pagefind-body><h1>Mức đóng</h1><p>Đóng hằng tháng.</p></main><footer>Chân trang</footer><script>go()</script></body></html>`;

  test('holds the language, the title, the body and the marks outside it; not the header, menus, footer, styles or scripts', () => {
    const $ = cheerio.load(prepareForIndex(full).html);
    expect($('html').attr('lang')).toBe('vi');
    expect($('title').text()).toBe('Mức đóng');
    expect($('head meta[data-pagefind-meta="image:/x.png"]').length).toBe(1);
    expect($('[data-pagefind-filter="vung:Bắc"]').text()).toBe('Bắc');
    expect($('main[data-pagefind-body] p').text()).toBe('Đóng hằng tháng.');
    expect($('body').text()).not.toMatch(/Đầu trang|Menu|Chân trang/);
    expect($('link, style, script, header, nav, footer').length).toBe(0);
  });

  test('Pagefind still files the marks outside the body under the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-search-copy-'));
    try {
      fs.mkdirSync(path.join(dir, 'muc-dong'));
      fs.writeFileSync(path.join(dir, 'muc-dong', 'index.html'), full);
      expect((await buildSearchIndex(dir)).pages).toBe(1);
      const fragments = path.join(dir, 'pagefind', 'fragment');
      const [file] = fs.readdirSync(fragments);
      const fragment = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(fragments, file!))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; filters: Record<string, string[]>; meta: Record<string, string>; content: string };
      expect(fragment.url).toBe('/muc-dong/');
      expect(fragment.filters.vung).toEqual(['Bắc']);
      expect(fragment.meta.image).toBe('/x.png');
      expect(fragment.meta.title).toBe('Mức đóng');
      expect(fragment.content).toBe('Mức đóng. Đóng hằng tháng.');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('preparing pages on several threads', () => {
  test('hands them back in the order asked, null for a page with nothing to index', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-search-prepare-'));
    try {
      const paths = Array.from({ length: 25 }, (_, i) => {
        const file = path.join(dir, `p${i}.html`);
        fs.writeFileSync(file, i % 3 === 0 ? `<html><body><p>Trang ${i}</p></body></html>` : page(`<h1>Trang số ${i}</h1>`));
        return file;
      });
      const titles: (string | null)[] = [];
      for await (const prepared of preparedPages(paths, [], 3)) titles.push(prepared === null ? null : cheerio.load(prepared.html)('h1').text());
      expect(titles).toEqual(Array.from({ length: 25 }, (_, i) => (i % 3 === 0 ? null : `Trang số ${i}`)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a page that cannot be read stops the loop, naming it', async () => {
    const missing = path.join(os.tmpdir(), 'loa-no-such-page.html');
    const run = async () => {
      for await (const _ of preparedPages([missing], [], 2)) void _;
    };
    await expect(run()).rejects.toThrow(missing);
  });
});
