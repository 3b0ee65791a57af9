import { describe, expect, test } from 'vitest';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { searchAdditions } from '../../../src/lib/search/index-additions.ts';

describe('prepareQuery', () => {
  test('folds the query so marked and unmarked forms search the same words', () => {
    expect(prepareQuery('Đăng ký tham gia').text).toBe('dang ky tham gia');
    expect(prepareQuery('dang ky tham gia').text).toBe('dang ky tham gia');
  });
  test('a folded query word is among the words indexed for the page that writes it marked', () => {
    const indexed = searchAdditions('Đến bưu điện để đăng ký').split(' ');
    for (const word of prepareQuery('buu dien dang ky').text.split(' ')) {
      if (indexed.includes(word)) continue;
      // the other words are left to Pagefind, which ignores tone marks itself
      expect(['buu', 'ky']).toContain(word);
    }
    expect(indexed).toEqual(expect.arrayContaining(['dien', 'dang']));
  });
  test('highlights the words and the acronym equivalents', () => {
    expect(prepareQuery('bhxh tự nguyện').highlight.map((p) => p.join(' '))).toEqual(['bhxh', 'tu', 'nguyen', 'bao hiem xa hoi']);
  });
  test('punctuation alone is no query', () => {
    expect(prepareQuery(' …? ').text).toBe('');
  });
});
