import { describe, expect, test } from 'vitest';
import { searchContext } from '../../../src/lib/search/search-data.ts';

describe('searchContext', () => {
  test('reads synonyms as search words and common words as counts', () => {
    const context = searchContext({ synonyms: [['tử tuất', 'tiền tuất']], common: { bhxh: 12 } });
    expect(context.synonyms).toEqual([[['tu', 'tuat'], ['tien', 'tuat']]]);
    expect(context.common).toEqual({ bhxh: 12 });
  });
  test('anything unexpected means no synonyms and no common words, never an error', () => {
    for (const json of [null, 'x', 3, { synonyms: 'x', common: [] }, { synonyms: [[1, 2]], common: { a: 'b' } }]) {
      expect(searchContext(json)).toEqual({ synonyms: [], common: {} });
    }
  });
});
