import { describe, expect, test } from 'vitest';
import { commonWords, lookupWords, pageWords } from '../../../src/lib/search/common-words.ts';

const page = (text: string, additions: string[] = []) => pageWords([text], additions);

describe('commonWords', () => {
  test('keeps the words on at least the given share of pages, with their index entries', () => {
    const pages = [page('bảo hiểm tự nguyện'), page('bảo hiểm y tế, bảo hiểm'), page('bảo hiểm thất nghiệp'), page('lương hưu')];
    // "bao" and "hiem" are on 3 of 4 pages (75 %); "tu" on one.
    expect(commonWords(pages, 0.75)).toEqual({ bao: 4, hiem: 4 });
    expect(commonWords(pages, 0.8)).toEqual({});
  });
  test('a folded đ-word counts once per page, through the additions, not its written form', () => {
    // Pagefind files "đóng" under "đong"; a folded query reaches the page through the additions.
    const words = page('đóng đóng đóng', ['dong']);
    expect([...words.words]).toEqual(['dong']);
    expect(words.entries.get('dong')).toBe(1);
  });
  test('no pages, no common words', () => {
    expect(commonWords([])).toEqual({});
  });
});

describe('lookupWords', () => {
  const common = { bhxh: 700, tu: 900, nguyen: 500, dong: 200 };
  test('leaves common words out when the query has others', () => {
    expect(lookupWords(['dang', 'ky', 'bhxh', 'tu', 'nguyen'], common)).toEqual(['dang', 'ky']);
  });
  test('a query of common words only looks up the one with the lightest index entry', () => {
    expect(lookupWords(['bhxh', 'tu', 'nguyen'], common)).toEqual(['nguyen']);
    expect(lookupWords(['tu'], common)).toEqual(['tu']);
  });
  test('a repeated word is looked up once; nothing typed, nothing looked up', () => {
    expect(lookupWords(['heo', 'heo', 'dat'], common)).toEqual(['heo', 'dat']);
    expect(lookupWords([], common)).toEqual([]);
  });
  test('without a list every word is looked up', () => {
    expect(lookupWords(['bhxh', 'tu', 'nguyen'], {})).toEqual(['bhxh', 'tu', 'nguyen']);
  });
});
