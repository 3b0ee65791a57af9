import { describe, expect, test } from 'vitest';
import { heldLines, holdOn, isPublishedOn, publishedEntries, publishedIds } from '../../../src/lib/content/publication.ts';
import type { ContentEntries } from '../../../src/lib/content/entries.ts';

const entry = <T>(collection: string, id: string, data: T) => ({ id, file: `content/${collection}/${id}.mdx`, data, body: '' });

function sample(): ContentEntries {
  const campaign = (id: string, extra: object = {}) => entry('campaigns', id, { title: id, period: { start: '2026-05-01', end: '2026-05-31' }, draft: false, ...extra });
  return {
    site: null,
    campaigns: [campaign('live'), campaign('draft-campaign', { draft: true }), campaign('next-year', { publishDate: '2027-01-01' })],
    messages: [
      entry('messages', 'of-live', { text: 'a', campaigns: ['live', 'draft-campaign'], draft: false }),
      entry('messages', 'of-draft', { text: 'b', campaigns: ['draft-campaign'], draft: false }),
      entry('messages', 'own-draft', { text: 'c', campaigns: ['live'], draft: true }),
    ],
    policies: [],
    articles: [
      entry('articles', 'today', { title: 't', date: '2026-11-30', draft: false }),
      entry('articles', 'tomorrow', { title: 't', date: '2026-12-01', draft: false }),
      entry('articles', 'old-draft', { title: 't', date: '2020-01-01', draft: true }),
    ],
    audiences: [],
  } as unknown as ContentEntries;
}

describe('holdOn', () => {
  test('a draft is held whatever its date', () => {
    expect(holdOn('articles', { draft: true, date: '2000-01-01' }, '2026-11-30')).toEqual({ reason: 'draft' });
  });
  test('an article dated after the reference day is scheduled; on its day it is published', () => {
    expect(holdOn('articles', { draft: false, date: '2026-12-01' }, '2026-11-30')).toEqual({ reason: 'scheduled', date: '2026-12-01' });
    expect(isPublishedOn('articles', { draft: false, date: '2026-12-01' }, '2026-12-01')).toBe(true);
  });
  test('other collections are scheduled by publishDate only, never by their other dates', () => {
    expect(isPublishedOn('policies', { reviewed: '2030-01-01', date: '2030-01-01' }, '2026-11-30')).toBe(true);
    expect(holdOn('policies', { publishDate: '2026-12-24' }, '2026-11-30')).toEqual({ reason: 'scheduled', date: '2026-12-24' });
  });
  test('an entry without draft or date fields (a collection added later) is published', () => {
    expect(isPublishedOn('rules', { title: 'x' }, '2026-11-30')).toBe(true);
  });
});

describe('publishedEntries', () => {
  test('keeps only what is public on the day, and says why the rest is held', () => {
    const { entries, held } = publishedEntries(sample(), '2026-11-30');
    expect(entries.campaigns.map((c) => c.id)).toEqual(['live']);
    expect(entries.articles.map((a) => a.id)).toEqual(['today']);
    expect(entries.messages.map((m) => m.id)).toEqual(['of-live']);
    expect(held.map((h) => [h.id, h.hold.reason])).toEqual([
      ['old-draft', 'draft'],
      ['tomorrow', 'scheduled'],
      ['draft-campaign', 'draft'],
      ['next-year', 'scheduled'],
      ['of-draft', 'campaigns'],
      ['own-draft', 'draft'],
    ]);
  });
  test('a scheduled entry appears from its day on', () => {
    expect(publishedIds(sample(), '2027-01-01').campaigns).toEqual(new Set(['live', 'next-year']));
    expect(publishedIds(sample(), '2027-01-01').articles).toEqual(new Set(['today', 'tomorrow']));
  });
  test('does not change the entries it was given', () => {
    const input = sample();
    publishedEntries(input, '2026-11-30');
    expect(input.articles).toHaveLength(3);
  });
});

describe('isPublishedOn', () => {
  test('false for a draft or an entry not yet due, true from its day', () => {
    expect(isPublishedOn('articles', { date: '2026-12-01' }, '2026-11-30')).toBe(false);
    expect(isPublishedOn('articles', { date: '2026-12-01' }, '2026-12-01')).toBe(true);
    expect(isPublishedOn('policies', { draft: true }, '2026-11-30')).toBe(false);
    expect(isPublishedOn('policies', { draft: false }, '2026-11-30')).toBe(true);
  });
});

describe('heldLines', () => {
  test('one readable line per held entry', () => {
    const { held } = publishedEntries(sample(), '2026-11-30');
    const lines = heldLines(held, (d) => d.split('-').reverse().join('/'));
    expect(lines).toContain('  • content/articles/tomorrow.mdx (bài viết) — hẹn đăng ngày 01/12/2026');
    expect(lines).toContain('  • content/messages/of-draft.mdx (thông điệp) — chờ chiến dịch draft-campaign được xuất bản');
  });
});
