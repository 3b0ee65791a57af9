import { describe, expect, test } from 'vitest';
import { articlesByDate, campaignsByRecency, messagesOf, policiesFor, tagsWithArticles } from '../../../src/lib/site/collections.ts';
import type { Article } from '../../../src/schemas/article.ts';
import type { Campaign } from '../../../src/schemas/campaign.ts';
import type { Message } from '../../../src/schemas/message.ts';
import type { Policy } from '../../../src/schemas/policy.ts';

const campaign = (id: string, start: string) => ({ id, data: { period: { start, end: start } } as Campaign });
const article = (id: string, date: string, tags: string[] = []) => ({ id, data: { date, tags } as Article });
const message = (id: string, campaigns: string[], order: number) => ({ id, data: { campaigns, order } as Message });
const policy = (id: string, audiences: string[], order: number) => ({ id, data: { audiences, order } as Policy });

describe('campaignsByRecency', () => {
  test('puts the latest start first', () => {
    expect(campaignsByRecency([campaign('a', '2020-05-23'), campaign('b', '2024-04-23'), campaign('c', '2023-05-01')]).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('articlesByDate', () => {
  test('orders newest first and same-day articles by id, without mutating the input', () => {
    const input = [article('b', '2023-05-01'), article('c', '2024-01-01'), article('a', '2023-05-01')];
    expect(articlesByDate(input).map((a) => a.id)).toEqual(['c', 'a', 'b']);
    expect(input.map((a) => a.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('messagesOf', () => {
  test("keeps one campaign's messages in the plan's order", () => {
    const list = [message('x-2', ['x'], 2), message('y-1', ['y'], 1), message('x-1', ['x'], 1)];
    expect(messagesOf(list, 'x').map((m) => m.id)).toEqual(['x-1', 'x-2']);
  });
});

describe('policiesFor', () => {
  test("returns an audience's policies in reading order", () => {
    const list = [policy('b', ['nong-dan'], 2), policy('c', ['khac'], 1), policy('a', ['nong-dan', 'khac'], 1)];
    expect(policiesFor(list, 'nong-dan').map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('tagsWithArticles', () => {
  test('collects each tag with its articles, tags in Vietnamese order', () => {
    const result = tagsWithArticles([article('a', '2023-01-01', ['mô hình hay', 'bưu điện']), article('b', '2024-01-01', ['bưu điện'])]);
    expect(result.map((t) => [t.tag, t.articles.map((a) => a.id)])).toEqual([
      ['bưu điện', ['b', 'a']],
      ['mô hình hay', ['a']],
    ]);
  });
});
