import { describe, expect, test } from 'vitest';
import { inlineParts } from '../../../src/lib/format/inline-text.ts';

describe('inlineParts', () => {
  test('links phone numbers in the site format and keeps numbers with their units', () => {
    expect(inlineParts('Gọi 1900.9068 nếu chưa rõ mức 330.000 đồng.')).toEqual([
      { kind: 'text', text: 'Gọi ' },
      { kind: 'tel', href: 'tel:19009068', text: '1900\u00a09068' },
      { kind: 'text', text: ' nếu chưa rõ mức ' },
      { kind: 'keep', text: '330.000 đồng' },
      { kind: 'text', text: '.' },
    ]);
  });

  test('leaves phone numbers as text inside a link, still keeping units', () => {
    expect(inlineParts('Gọi 1900 9068, đóng 22 %', { phones: false })).toEqual([
      { kind: 'text', text: 'Gọi 1900 9068, đóng ' },
      { kind: 'keep', text: '22 %' },
    ]);
  });
});
