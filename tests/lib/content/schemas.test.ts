import { describe, expect, test } from 'vitest';
import { isRealDate } from '../../../src/schemas/common.ts';
import { messageSchema } from '../../../src/schemas/message.ts';
import { policySchema } from '../../../src/schemas/policy.ts';
import { siteSchema } from '../../../src/schemas/site.ts';

describe('isRealDate', () => {
  test('accepts real days, including 29 February in a leap year', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-05-31')).toBe(true);
  });
  test('rejects impossible days and other shapes', () => {
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2023-13-01')).toBe(false);
    expect(isRealDate('31/5/2023')).toBe(false);
  });
});

describe('messageSchema', () => {
  test('keeps a slogan on one line and within its length', () => {
    expect(messageSchema.safeParse({ text: 'Dòng một\nDòng hai', campaigns: ['a'] }).success).toBe(false);
    expect(messageSchema.safeParse({ text: 'x'.repeat(301), campaigns: ['a'] }).success).toBe(false);
    expect(messageSchema.parse({ text: '  Tham gia ngay  ', campaigns: ['a'] })).toEqual({ text: 'Tham gia ngay', campaigns: ['a'], order: 1, draft: false, keywords: [] });
  });
  test('needs at least one campaign', () => {
    expect(messageSchema.safeParse({ text: 'Tham gia', campaigns: [] }).success).toBe(false);
  });
});

describe('policySchema', () => {
  const base = { title: 'T', summary: 'S', topic: 'muc-dong', sources: [{ document: 'Luật 41/2024/QH15' }], reviewed: '2026-11-22' };
  test('requires a legal source', () => {
    expect(policySchema.safeParse({ ...base, sources: [] }).success).toBe(false);
  });
  test('rejects a negative amount', () => {
    const figure = { label: 'Mức đóng', value: -1, unit: 'đồng', effective: '2022-01-01', source: 'NĐ 07/2021' };
    expect(policySchema.safeParse({ ...base, figures: [figure] }).success).toBe(false);
    expect(policySchema.safeParse({ ...base, figures: [{ ...figure, value: 330000 }] }).success).toBe(true);
  });
});

describe('siteSchema', () => {
  test('needs colours as #RRGGBB and a dialable hotline', () => {
    const site = {
      name: 'Loa', tagline: 'T', agency: { name: 'A' }, locality: 'L', hotline: { display: '1900 9068', dial: '1900 9068' },
      baseUrl: 'https://loa.example', colors: { primary: 'blue', accent: '#F2A900', text: '#1A1A1A', background: '#FFFFFF' },
      logo: '/logo.svg', currentCampaign: 'a', disclaimer: 'D',
    };
    const result = siteSchema.safeParse(site);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['colors.primary', 'hotline.dial']);
  });
});
