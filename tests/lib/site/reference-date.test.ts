import { describe, expect, test } from 'vitest';
import { epochOfVietnamDay, ReferenceDateError, resolveReferenceDate, vietnamDay } from '../../../src/lib/site/reference-date.ts';

const now = new Date('2026-11-30T03:00:00Z');

describe('resolveReferenceDate', () => {
  test('SOURCE_DATE_EPOCH wins over site.yaml and the clock', () => {
    // 1684800000 = 2023-05-23T00:00:00Z, 07:00 in Vietnam.
    expect(resolveReferenceDate({ sourceDateEpoch: '1684800000', siteDate: '2025-01-01', now })).toEqual({ date: '2023-05-23', origin: 'SOURCE_DATE_EPOCH' });
  });

  test('site.yaml is used when SOURCE_DATE_EPOCH is unset or blank', () => {
    expect(resolveReferenceDate({ siteDate: '2025-01-01', now })).toEqual({ date: '2025-01-01', origin: 'site.yaml' });
    expect(resolveReferenceDate({ sourceDateEpoch: '  ', siteDate: '2025-01-01', now })).toEqual({ date: '2025-01-01', origin: 'site.yaml' });
  });

  test('the clock is used last, as a day in Vietnam', () => {
    expect(resolveReferenceDate({ now })).toEqual({ date: '2026-11-30', origin: 'clock' });
    // 18:00 UTC on the 30th is 01:00 on 1 December in Vietnam.
    expect(resolveReferenceDate({ now: new Date('2026-11-30T18:00:00Z') })).toEqual({ date: '2026-12-01', origin: 'clock' });
  });

  test('a malformed SOURCE_DATE_EPOCH is an error naming the variable, not a silent fallback', () => {
    expect(() => resolveReferenceDate({ sourceDateEpoch: '2026-11-30', now })).toThrow(ReferenceDateError);
    expect(() => resolveReferenceDate({ sourceDateEpoch: '-5', now })).toThrow('SOURCE_DATE_EPOCH: cần số giây tính từ 1/1/1970 (số nguyên không âm); gặp: "-5"');
  });
});

describe('vietnamDay', () => {
  test('the day changes at 17:00 UTC', () => {
    expect(vietnamDay(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(vietnamDay(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});

describe('epochOfVietnamDay', () => {
  test('gives the first second of that day in Vietnam', () => {
    // 2025-07-01T00:00+07:00 = 2025-06-30T17:00:00Z = 1751302800.
    expect(epochOfVietnamDay('2025-07-01')).toBe(1751302800);
    expect(resolveReferenceDate({ sourceDateEpoch: String(epochOfVietnamDay('2025-07-01')), now }).date).toBe('2025-07-01');
  });
});
