// The words of each kind of schema issue, on small zod schemas: lengths and counts of text and
// lists, strict and inclusive number bounds, a schema's own words kept, type names replaced.
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { validateEntry } from '../../../src/lib/content/validate-entry.ts';
import { checkReferences } from '../../../src/lib/content/check-references.ts';
import { showValue } from '../../../src/lib/content/content-issue.ts';
import { heldLines } from '../../../src/lib/content/publication.ts';
import type { ContentEntries } from '../../../src/lib/content/entries.ts';

const F = 'content/x.mdx';
/** "field: expected; found" for each issue of `value` under `schema` at field "a". */
const lines = (schema: z.ZodType, value: unknown, typeNames?: Record<string, string>) => {
  const result = validateEntry(z.strictObject({ a: schema }), F, value === undefined ? {} : { a: value }, typeNames);
  return result.ok ? [] : result.issues.map((i) => `${i.field}: ${i.expected}${i.found === undefined ? '' : `; ${i.found}`}`);
};

describe('validateEntry', () => {
  test('text and lists too short or too long, in Vietnamese', () => {
    expect(lines(z.string().min(1), '')).toEqual(['a: không được để trống; ""']);
    expect(lines(z.string().min(3), 'ab')).toEqual(['a: cần ít nhất 3 ký tự; "ab"']);
    expect(lines(z.string().max(5), 'abcdefg')).toEqual(['a: dài tối đa 5 ký tự; "abcdefg"']);
    expect(lines(z.array(z.string()).min(2), ['x'])).toEqual(['a: cần ít nhất 2 mục; ["x"]']);
    expect(lines(z.array(z.string()).max(2), ['x', 'y', 'z'])).toEqual(['a: tối đa 2 mục; ["x","y","z"]']);
  });

  test('number bounds say whether the bound itself is allowed', () => {
    expect(lines(z.number().max(10), 11)).toEqual(['a: cần số không lớn hơn 10; 11']);
    expect(lines(z.number().lt(5), 5)).toEqual(['a: cần số nhỏ hơn 5; 5']);
    expect(lines(z.number().min(2), 1)).toEqual(['a: cần số không nhỏ hơn 2; 1']);
    expect(lines(z.number().positive(), 0)).toEqual(['a: cần số lớn hơn 0; 0']);
  });

  test('a schema’s own words win; a missing field names the type; JSON files name lists their way', () => {
    expect(lines(z.string().max(5, { error: 'ngắn thôi' }), 'abcdefg')).toEqual(['a: ngắn thôi; "abcdefg"']);
    expect(lines(z.string({ error: 'cần tên đơn vị' }), 5)).toEqual(['a: cần tên đơn vị; 5']);
    expect(lines(z.string(), 5)).toEqual(['a: cần một đoạn chữ; 5']);
    expect(lines(z.string(), undefined)).toEqual(['a: thiếu trường bắt buộc (cần một đoạn chữ)']);
    expect(lines(z.array(z.string()), 'x', { array: 'một danh sách [ … ]' })).toEqual(['a: cần một danh sách [ … ]; "x"']);
  });

  test('unknown fields, each named, the odd ones quoted', () => {
    const result = validateEntry(z.strictObject({ a: z.string() }), F, { a: 'x', tieude: 1, 'b c': 2 });
    expect(result.ok ? [] : result.issues).toEqual([{ file: F, field: '', expected: 'trường không có trong mẫu (gõ sai tên?): tieude, "b c"' }]);
  });
});

describe('showValue', () => {
  test('dates as days, numbers JSON cannot write in words, long values shortened past 80 characters', () => {
    expect(showValue(new Date('2023-05-31T00:00:00Z'))).toBe('2023-05-31');
    expect(showValue(Number.NaN)).toBe('không phải số (NaN)');
    expect(showValue(Number.POSITIVE_INFINITY)).toBe('số quá lớn');
    // 78 letters are 80 characters with their quotes: kept; 79 are 81: cut to 77 and "…".
    expect(showValue('x'.repeat(78))).toBe(`"${'x'.repeat(78)}"`);
    expect(showValue('x'.repeat(79))).toBe(`"${'x'.repeat(76)}…`);
    expect(showValue(undefined)).toBe('(không có)');
  });
});

describe('checkReferences', () => {
  test('lists the ids there are, sorted, or says there are none', () => {
    const entries = { site: { currentCampaign: 'c-2025' }, campaigns: [{ file: 'content/campaigns/a-2023.mdx', data: { audiences: ['nong-dan'] } }], messages: [], policies: [], articles: [], audiences: [], synonyms: [] } as unknown as ContentEntries;
    expect(checkReferences(entries, { campaigns: new Set(['b-2024', 'a-2023']), audiences: new Set() }, 'content/site.yaml')).toEqual([
      { file: 'content/site.yaml', field: 'currentCampaign', expected: 'cần mã của một mục có trong content/campaigns (có: a-2023, b-2024)', found: '"c-2025"' },
      { file: 'content/campaigns/a-2023.mdx', field: 'audiences[0]', expected: 'cần mã của một mục có trong content/audiences (có: (chưa có mục nào))', found: '"nong-dan"' },
    ]);
  });
});

describe('heldLines', () => {
  test('a draft says so', () => {
    expect(heldLines([{ collection: 'policies', id: 'p', file: 'content/policies/p.mdx', hold: { reason: 'draft' } }], (d) => d)).toEqual(['  • content/policies/p.mdx (chính sách) — bản nháp (draft: true)']);
  });
});
