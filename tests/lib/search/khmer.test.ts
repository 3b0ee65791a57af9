// Khmer search words: the segmenter cuts a run of Khmer letters into its words on both sides (the
// index and the query), and the excerpt marks whole words in the page's own, unspaced text.
import { describe, expect, test } from 'vitest';
import { khmerExcerpt, khmerSearchAdditions, khmerWords, prepareKhmerQuery } from '../../../src/lib/search/khmer.ts';

describe('khmerWords', () => {
  test('cuts a run written without spaces into its words', () => {
    // "poor household:", "the State supports from"
    expect(khmerWords('គ្រួសារក្រីក្រ៖')).toEqual(['គ្រួសារ', 'ក្រីក្រ']);
    expect(khmerWords('រដ្ឋឧបត្ថម្ភពី')).toEqual(['រដ្ឋ', 'ឧបត្ថម្ភ', 'ពី']);
  });

  test('leaves out punctuation, digits and other scripts', () => {
    expect(khmerWords('BHXH tự nguyện — ប្រាក់សោធន 1900 9068។')).toEqual(['ប្រាក់', 'សោធន']);
    expect(khmerWords('Bảo hiểm xã hội')).toEqual([]);
  });
});

describe('khmerSearchAdditions', () => {
  test('each word once, in first-seen order, space separated', () => {
    expect(khmerSearchAdditions('គ្រួសារក្រីក្រ គ្រួសារជិតក្រីក្រ')).toBe('គ្រួសារ ក្រីក្រ ជិត');
  });
});

describe('prepareKhmerQuery', () => {
  test('a query typed as one run becomes the words the index holds', () => {
    const q = prepareKhmerQuery('ជនជាតិខ្មែរ');
    expect(q.lookup).toBe('ជនជាតិ ខ្មែរ');
    expect(q.highlight).toEqual([['ជនជាតិ'], ['ខ្មែរ']]);
    expect(q.exact).toBeNull();
  });

  test('Vietnamese or Latin words in it are folded as the Vietnamese search folds them', () => {
    expect(prepareKhmerQuery('ប្រាក់សោធន BHXH Đồng Nai').lookup).toBe('ប្រាក់ សោធន bhxh dong nai');
  });

  test('the Khmer runs as typed, uncut, are searched too: a word the browser cuts finer than the index still matches', () => {
    // Chromium cuts "ធានារ៉ាប់រង" (insurance) in two where Node's ICU (the index's) keeps it whole:
    // tests/build/khmer-search.test.ts searches it in Chromium. Here, in Node, a run Node cuts.
    const q = prepareKhmerQuery('ជនជាតិខ្មែរ');
    expect([q.lookup, q.alternatives]).toEqual(['ជនជាតិ ខ្មែរ', ['ជនជាតិខ្មែរ']]);
    expect(prepareKhmerQuery('ជនជាតិខ្មែរ BHXH។').alternatives).toEqual(['ជនជាតិខ្មែរ bhxh']);
    // Nothing to add when the cut query is the query as typed.
    expect(prepareKhmerQuery('ក្រីក្រ').alternatives).toEqual([]);
    expect(prepareKhmerQuery('ធានារ៉ាប់រង').alternatives).toEqual([]);
    expect(prepareKhmerQuery('BHXH').alternatives).toEqual([]);
  });

  test('nothing searchable gives an empty query', () => {
    expect(prepareKhmerQuery('  ។ ').text).toBe('');
  });
});

describe('khmerExcerpt', () => {
  test('marks the matched words inside a run, adding no spaces to the text', () => {
    const parts = khmerExcerpt('គ្រួសារក្រីក្រ៖ រដ្ឋឧបត្ថម្ភ', [['ក្រីក្រ']]);
    expect(parts.map((p) => p.text).join('')).toBe('គ្រួសារក្រីក្រ៖ រដ្ឋឧបត្ថម្ភ');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['ក្រីក្រ']);
  });

  test('a long text is cut around its matches', () => {
    const filler = 'ធានារ៉ាប់រងសង្គម '.repeat(60);
    const parts = khmerExcerpt(`${filler}គ្រួសារក្រីក្រ ${filler}`, [['ក្រីក្រ']], 10);
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['ក្រីក្រ']);
    expect(text.length).toBeLessThan(filler.length);
  });
});
