import { describe, expect, test } from 'vitest';
import { alternatesOf, khmerPath, vietnamesePath } from '../../../src/lib/site/translations.ts';

describe('translated page paths', () => {
  test('a Khmer page lives at /km/ + the Vietnamese path, and back', () => {
    expect(khmerPath('/chinh-sach/muc-dong-va-ho-tro/')).toBe('/km/chinh-sach/muc-dong-va-ho-tro/');
    expect(khmerPath('/')).toBe('/km/');
    expect(vietnamesePath('/km/thong-diep/tho-xuong-2024-2/')).toBe('/thong-diep/tho-xuong-2024-2/');
    expect(vietnamesePath('/km/')).toBe('/');
    expect(() => vietnamesePath('/thong-diep/a/')).toThrow('không phải trang tiếng Khmer');
  });

  test('a Vietnamese page lists its Khmer page only when the entry is translated; a Khmer page always lists the Vietnamese one', () => {
    const translated = new Set(['/thong-diep/a/']);
    expect(alternatesOf('/thong-diep/a/', 'vi', translated)).toEqual([{ lang: 'km', href: '/km/thong-diep/a/' }]);
    expect(alternatesOf('/thong-diep/b/', 'vi', translated)).toEqual([]);
    expect(alternatesOf('/km/thong-diep/a/', 'km', translated)).toEqual([{ lang: 'vi', href: '/thong-diep/a/' }]);
  });
});
