import { describe, expect, test } from 'vitest';
import { phoneGroups, spokenPhone } from '../../../src/lib/broadcast/spoken-phone.ts';

const VI = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

describe('phoneGroups', () => {
  test('keeps the groups the number is written in, whatever the separator', () => {
    expect(phoneGroups('1900 9068')).toEqual(['1900', '9068']);
    expect(phoneGroups('1900\u00a09068')).toEqual(['1900', '9068']);
    expect(phoneGroups('0204.3854.123')).toEqual(['0204', '3854', '123']);
  });
  test('an unspaced number is grouped the way it is said: 4-4 or 4-3-3', () => {
    expect(phoneGroups('19009068')).toEqual(['1900', '9068']);
    expect(phoneGroups('0912345678')).toEqual(['0912', '345', '678']);
    expect(phoneGroups('115')).toEqual(['115']);
  });
});

describe('spokenPhone', () => {
  test('digit by digit, group by group', () => {
    expect(spokenPhone('1900 9068', VI)).toBe('một chín không không — chín không sáu tám');
  });
});
