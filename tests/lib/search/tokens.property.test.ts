// Properties of the one fold of search (foldMarks, searchTokens) over any text: what indexing
// and querying both rely on, so a page and a query typed with or without marks meet.
import { describe, expect } from 'vitest';
import { foldMarks } from '../../../src/lib/format/text.ts';
import { searchTokens } from '../../../src/lib/search/tokens.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';
import { fc, test, viText } from '../../helpers/property.ts';

const anyText = fc.oneof(viText, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('foldMarks', () => {
  test.prop([anyText])('is idempotent', (text) => {
    expect(foldMarks(foldMarks(text))).toBe(foldMarks(text));
  });

  test.prop([viText])('leaves no combining mark, no đ or Đ, and only ASCII letters from Vietnamese text', (text) => {
    const folded = foldMarks(text);
    expect(folded.normalize('NFD')).not.toMatch(/\p{M}/u);
    expect(folded).not.toMatch(/[đĐ]/);
    expect(folded).toMatch(/^[\x00-\x7f\u00a0–—…]*$/);
  });

  test.prop([viText])('folds đ to d and Đ to D, and keeps every digit in place', (text) => {
    const folded = foldMarks(text.normalize('NFC'));
    const original = [...text.normalize('NFC')];
    const out = [...folded];
    // Marks are gone but every base letter stays: same length in NFC characters.
    expect(out).toHaveLength(original.length);
    original.forEach((c, i) => {
      if (c === 'đ') expect(out[i]).toBe('d');
      else if (c === 'Đ') expect(out[i]).toBe('D');
      else if (/\d/.test(c)) expect(out[i]).toBe(c);
    });
  });

  test.prop([anyText])('NFD and NFC of the same text fold alike', (text) => {
    expect(foldMarks(text.normalize('NFD'))).toBe(foldMarks(text.normalize('NFC')));
  });
});

describe('searchTokens', () => {
  test.prop([anyText])('gives only non-empty lower-case ASCII words and digits', (text) => {
    for (const token of searchTokens(text)) expect(token).toMatch(/^[a-z0-9]+$/);
  });

  test.prop([anyText])('is the same for the text and for its folded, upper-cased or decomposed form', (text) => {
    const tokens = searchTokens(text);
    expect(searchTokens(foldMarks(text))).toEqual(tokens);
    expect(searchTokens(text.normalize('NFD'))).toEqual(tokens);
    expect(searchTokens(text.toUpperCase())).toEqual(searchTokens(text.toUpperCase().toLowerCase()));
  });

  test.prop([fc.array(fc.stringMatching(/^\d{1,9}$/), { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '.', ',', '/', ' – ')])('keeps every number as written, in order', (numbers, separator) => {
    expect(searchTokens(numbers.join(separator))).toEqual(numbers);
  });

  test.prop([anyText])('re-tokenising the joined words changes nothing (the query text Pagefind gets is stable)', (text) => {
    const { text: query } = prepareQuery(text);
    expect(searchTokens(query)).toEqual(searchTokens(text));
    expect(prepareQuery(query).text).toBe(query);
  });
});
