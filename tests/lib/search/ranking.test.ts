import { describe, expect, test } from 'vitest';
import { ANSWER_BOOST, rankResults } from '../../../src/lib/search/ranking.ts';

const r = (id: string, score: number) => ({ id, score });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('rankResults', () => {
  test('without marks: by score, answer pages counting ANSWER_BOOST times', () => {
    const folded = [r('slogan', 10), r('policy', 6), r('article', 4)];
    const { results, exactCount } = rankResults({ folded, exact: null, answers: new Set(['policy']) });
    expect(ANSWER_BOOST).toBeGreaterThan(10 / 6);
    expect(ids(results)).toEqual(['policy', 'slogan', 'article']);
    expect(exactCount).toBe(0);
  });
  test('a strong match still beats a weak answer', () => {
    const { results } = rankResults({ folded: [r('article', 30), r('policy', 2)], exact: null, answers: new Set(['policy']) });
    expect(ids(results)).toEqual(['article', 'policy']);
  });
  test('with marks: pages matching the words as typed come first, in their own order, then the rest', () => {
    // "mức đóng": "muc-tieu" scores higher folded (its title says "mục tiêu") but does not write "mức".
    const folded = [r('muc-tieu', 9), r('muc-dong', 3), r('khac', 2)];
    const exact = [r('khac', 1), r('muc-dong', 5)];
    const { results, exactCount } = rankResults({ folded, exact, answers: new Set() });
    expect(ids(results)).toEqual(['muc-dong', 'khac', 'muc-tieu']);
    expect(exactCount).toBe(2);
  });
  test('the folded result object stands for a page found both ways; an exact-only page is kept', () => {
    const shown = { id: 'a', score: 1, from: 'folded' };
    const { results } = rankResults({ folded: [shown], exact: [{ id: 'a', score: 2, from: 'exact' }, { id: 'b', score: 1, from: 'exact' }], answers: new Set() });
    expect(results).toEqual([shown, { id: 'b', score: 1, from: 'exact' }]);
  });
  test('equal scores keep Pagefind’s order', () => {
    expect(ids(rankResults({ folded: [r('x', 1), r('y', 1), r('z', 1)], exact: null, answers: new Set() }).results)).toEqual(['x', 'y', 'z']);
  });
});
