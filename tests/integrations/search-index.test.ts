import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { prepareForIndex, withSearchAdditions } from '../../src/integrations/search-index.ts';
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
