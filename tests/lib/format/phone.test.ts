import { describe, expect, test } from 'vitest';
import { keepPhoneTogether } from '../../../src/lib/format/phone.ts';

describe('keepPhoneTogether', () => {
  test('joins the groups of a number with non-breaking spaces and keeps the digits', () => {
    const shown = keepPhoneTogether('0204 385 0000');
    expect(shown).not.toContain(' ');
    expect(shown.split('\u00a0')).toEqual(['0204', '385', '0000']);
  });
});
