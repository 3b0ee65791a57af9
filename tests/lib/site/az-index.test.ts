import { describe, expect, test } from 'vitest';
import { buildAzIndex, indexLetter } from '../../../src/lib/site/az-index.ts';

describe('indexLetter', () => {
  test('files a title under its base letter, ignoring tone and vowel marks', () => {
    expect(indexLetter('Ứng dụng VssID')).toBe('U');
    expect(indexLetter('ấp Phước Hảo')).toBe('A');
  });
  test('keeps Đ as its own letter', () => {
    expect(indexLetter('Đăng ký ở đâu?')).toBe('Đ');
  });
  test('files digits and symbols under #', () => {
    expect(indexLetter('11 thông điệp')).toBe('#');
    expect(indexLetter('“Điểm tựa”')).toBe('#');
  });
});

describe('buildAzIndex', () => {
  test('groups by letter in Vietnamese order with # last, titles sorted inside', () => {
    const groups = buildAzIndex([
      { title: 'Đóng bao nhiêu?', href: '/b', kind: 'x' },
      { title: 'Bưu điện', href: '/a', kind: 'x' },
      { title: '2 năm', href: '/c', kind: 'x' },
      { title: 'Dân vận', href: '/d', kind: 'x' },
      { title: 'Bảo hiểm', href: '/e', kind: 'x' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['B', 'D', 'Đ', '#']);
    expect(groups[0]!.items.map((i) => i.title)).toEqual(['Bảo hiểm', 'Bưu điện']);
  });
});
