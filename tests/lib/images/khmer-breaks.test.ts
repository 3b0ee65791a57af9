import { describe, expect, test } from 'vitest';
import { hasKhmer, withKhmerBreaks } from '../../../src/lib/images/khmer-breaks.ts';

const ZW = '\u200B';

describe('withKhmerBreaks', () => {
  test('puts a zero-width space between the words of a Khmer run, never inside a cluster', () => {
    // ចូលរួម (take part) ធានារ៉ាប់រង (insurance) សង្គម (social) ស្ម័គ្រចិត្ត (voluntary): the
    // word boundaries written out by hand.
    expect(withKhmerBreaks('ចូលរួមធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត')).toBe(['ចូលរួម', 'ធានារ៉ាប់រង', 'សង្គម', 'ស្ម័គ្រចិត្ត'].join(ZW));
  });

  test('spaces, Latin and Vietnamese text stay as they are; Vietnamese alone is returned untouched', () => {
    expect(withKhmerBreaks('BHXH tự nguyện — ប្រាក់សោធន 1900 9068')).toBe(`BHXH tự nguyện — ប្រាក់${ZW}សោធន 1900 9068`);
    const vi = 'Tham gia BHXH tự nguyện để có lương hưu';
    expect(withKhmerBreaks(vi)).toBe(vi);
  });

  test('is idempotent (a text with breaks gets the same breaks)', () => {
    const once = withKhmerBreaks('ដើម្បីទទួលបានការថែទាំសុខភាព');
    expect(withKhmerBreaks(once)).toBe(once);
    expect(once.replaceAll(ZW, '')).toBe('ដើម្បីទទួលបានការថែទាំសុខភាព');
    expect(once.split(ZW).length).toBeGreaterThan(2);
  });

  test('hasKhmer', () => {
    expect(hasKhmer('Tiếng Việt')).toBe(false);
    expect(hasKhmer('ភាសាខ្មែរ')).toBe(true);
  });
});
