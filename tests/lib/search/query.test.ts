import { describe, expect, test } from 'vitest';
import { hasMarks, prepareQuery, writtenWords } from '../../../src/lib/search/query.ts';
import { searchAdditions } from '../../../src/lib/search/index-additions.ts';
import { phraseGroups } from '../../../src/lib/search/equivalents.ts';

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
    expect(prepareQuery(' …? ').exact).toBeNull();
  });
  test('a query typed with marks is also searched as typed; one without marks is not', () => {
    expect(prepareQuery('Mức đóng?').exact).toBe('mức đóng');
    expect(prepareQuery('muc dong').exact).toBeNull();
    // Keyboards that send combining marks (NFD) search the same words as the page's NFC text.
    expect(prepareQuery('Mức đóng'.normalize('NFD')).exact).toBe('mức đóng');
  });
  test('looks up the words that tell pages apart, highlights them all', () => {
    const query = prepareQuery('đăng ký BHXH tự nguyện', { common: { bhxh: 9, tu: 9, nguyen: 9 } });
    expect(query.lookup).toBe('dang ky');
    expect(query.highlight.slice(0, 5).map((p) => p.join(' '))).toEqual(['dang', 'ky', 'bhxh', 'tu', 'nguyen']);
  });
  test('the query as typed keeps only the words looked up, and is dropped when none of them has marks', () => {
    const common = { bhxh: 9, tu: 9, nguyen: 9, dong: 9, thang: 9, la: 9 };
    const contribution = prepareQuery('Mức đóng hằng tháng', { common });
    expect([contribution.lookup, contribution.exact]).toEqual(['muc hang', 'mức hằng']);
    // All common: the lightest is looked up, and searched as typed.
    const all = prepareQuery('Tự nguyện', { common: { tu: 9, nguyen: 5 } });
    expect([all.lookup, all.exact]).toEqual(['nguyen', 'nguyện']);
    const app = prepareQuery('VssID app tự nguyện', { common });
    expect([app.lookup, app.exact]).toEqual(['vssid app', null]);
  });
  test('synonyms join the highlight and the phrases', () => {
    const query = prepareQuery('tu tuat', { synonyms: phraseGroups([['tử tuất', 'tiền tuất', 'mai táng']]) });
    expect(query.highlight.map((p) => p.join(' '))).toEqual(['tu', 'tuat', 'tien tuat', 'mai tang']);
    expect(query.phrases.map((p) => p.join(' '))).toEqual(['tu tuat', 'tien tuat', 'mai tang']);
    expect(prepareQuery('tuat').phrases).toEqual([]);
  });
});

describe('writtenWords and hasMarks', () => {
  test('words as written, lower case, NFC', () => {
    expect(writtenWords('ĐĂNG KÝ, ở bưu-điện!')).toEqual(['đăng', 'ký', 'ở', 'bưu', 'điện']);
  });
  test('tone marks, vowel marks and đ count as marks; plain letters and digits do not', () => {
    expect(['mức', 'đi', 'ơ'].map(hasMarks)).toEqual([true, true, true]);
    expect(['muc dong', '1900 9068', 'BHXH'].map(hasMarks)).toEqual([false, false, false]);
  });
});
