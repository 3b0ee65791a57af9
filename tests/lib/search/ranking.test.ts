import { describe, expect, test } from 'vitest';
import { ANSWER_WEIGHT, answerWeights, mergeResults, rankResults } from '../../../src/lib/search/ranking.ts';

const r = (id: string, score: number) => ({ id, score });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('answerWeights', () => {
  test('body text and headings count the factor times Pagefind’s own weights, up to its maximum of 10', () => {
    expect(answerWeights(2)).toEqual({ body: 2, headings: { h1: 10, h2: 10, h3: 10, h4: 8, h5: 6, h6: 4 } });
    expect(answerWeights(1.2)).toEqual({ body: 1.2, headings: { h1: 8.4, h2: 7.2, h3: 6, h4: 4.8, h5: 3.6, h6: 2.4 } });
  });
  test('answer pages weigh more than the others; headings stay within Pagefind’s maximum', () => {
    expect(ANSWER_WEIGHT).toBeGreaterThan(1);
    expect(answerWeights()).toEqual({ body: ANSWER_WEIGHT, headings: { h1: 10, h2: 10, h3: 10, h4: 10, h5: 10, h6: 10 } });
  });
});

describe('rankResults', () => {
  test('without marks: Pagefind’s order, by score', () => {
    const folded = [r('policy', 12), r('slogan', 10), r('article', 4)];
    const { results, exactCount } = rankResults({ folded, exact: null });
    expect(ids(results)).toEqual(['policy', 'slogan', 'article']);
    expect(exactCount).toBe(0);
  });
  test('with marks: pages matching the words as typed come first, in their own order, then the rest', () => {
    // "mức đóng": "muc-tieu" scores higher folded (its title says "mục tiêu") but does not write "mức".
    const folded = [r('muc-tieu', 9), r('muc-dong', 3), r('khac', 2)];
    const exact = [r('khac', 1), r('muc-dong', 5)];
    const { results, exactCount } = rankResults({ folded, exact });
    expect(ids(results)).toEqual(['muc-dong', 'khac', 'muc-tieu']);
    expect(exactCount).toBe(2);
  });
  test('the folded result object stands for a page found both ways; an exact-only page is kept', () => {
    const shown = { id: 'a', score: 1, from: 'folded' };
    const { results } = rankResults({ folded: [shown], exact: [{ id: 'a', score: 2, from: 'exact' }, { id: 'b', score: 1, from: 'exact' }] });
    expect(results).toEqual([shown, { id: 'b', score: 1, from: 'exact' }]);
  });
  test('equal scores keep Pagefind’s order', () => {
    expect(ids(rankResults({ folded: [r('x', 1), r('y', 1), r('z', 1)], exact: null }).results)).toEqual(['x', 'y', 'z']);
  });
});

describe('mergeResults', () => {
  test('each page once, the first search’s result object with the best score any search gave', () => {
    const a = [{ id: 'p1', score: 2, from: 'a' }, { id: 'p2', score: 1, from: 'a' }];
    const b = [{ id: 'p2', score: 5, from: 'b' }, { id: 'p3', score: 3, from: 'b' }];
    expect(mergeResults([a, b])).toEqual([{ id: 'p1', score: 2, from: 'a' }, { id: 'p2', score: 5, from: 'a' }, { id: 'p3', score: 3, from: 'b' }]);
    expect(mergeResults([a])).toEqual(a);
    expect(mergeResults([])).toEqual([]);
  });
});
