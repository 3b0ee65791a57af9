import { describe, expect, test } from 'vitest';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { searchAdditions } from '../../../src/lib/search/index-additions.ts';

describe('prepareQuery', () => {
  test('folds the query so marked and unmarked forms search the same words', () => {
    expect(prepareQuery('Đăng ký tham gia').text).toBe('dang ky tham gia');
    expect(prepareQuery('dang ky tham gia').text).toBe('dang ky tham gia');
  });
  test('a folded query meets the folded words indexed for a page that writes them marked', () => {
    // The page writes "Đến bưu điện để đăng ký": only the words with đ are added, folded (Pagefind
    // folds "bưu" and "ký" by itself); the query is folded to the same words.
    expect(searchAdditions('Đến bưu điện để đăng ký')).toBe('den dien de dang');
    expect(prepareQuery('Bưu Điện, đăng KÝ!').text).toBe('buu dien dang ky');
    expect(prepareQuery('buu dien dang ky').text).toBe('buu dien dang ky');
  });
  test('highlights the words and the acronym equivalents', () => {
    expect(prepareQuery('bhxh tự nguyện').highlight.map((p) => p.join(' '))).toEqual(['bhxh', 'tu', 'nguyen', 'bao hiem xa hoi']);
  });
  test('punctuation alone is no query', () => {
    expect(prepareQuery(' …? ').text).toBe('');
  });
});
