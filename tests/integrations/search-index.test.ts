import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { withSearchAdditions } from '../../src/integrations/search-index.ts';
import { ADDITION_KEYS } from '../../src/lib/search/index-additions.ts';

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
