import { describe, expect, test } from 'vitest';
import { buildAzIndex, indexLetter, parseIndexTerm, topicItems } from '../../../src/lib/site/az-index.ts';

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

describe('parseIndexTerm', () => {
  test('capitalises the words and keeps the section after #', () => {
    expect(parseIndexTerm('mai táng#tiền-mai-táng')).toEqual({ title: 'Mai táng', anchor: 'tiền-mai-táng' });
    expect(parseIndexTerm('đăng ký')).toEqual({ title: 'Đăng ký' });
    expect(parseIndexTerm('VssID')).toEqual({ title: 'VssID' });
  });
});

describe('topicItems', () => {
  test('points each topic at the page or its section, naming the page', () => {
    const page = { href: '/chinh-sach/quyen-loi/', title: 'Tham gia được những quyền lợi gì?', kind: 'Chính sách' };
    expect(topicItems(['quyền lợi', 'mai táng#tiền-mai-táng'], page)).toEqual([
      { title: 'Quyền lợi', href: '/chinh-sach/quyen-loi/', kind: 'Chính sách', see: page.title },
      { title: 'Mai táng', href: '/chinh-sach/quyen-loi/#tiền-mai-táng', kind: 'Chính sách', see: page.title },
    ]);
  });
});

describe('buildAzIndex disambiguation', () => {
  test('shows what tells entries with the same title apart, and nothing for a unique title', () => {
    const [group] = buildAzIndex([
      { title: 'Tham gia BHXH', href: '/thong-diep/b-1/', kind: 'Thông điệp', detail: 'Bắc Giang 2023' },
      { title: 'Tham gia  bhxh', href: '/thong-diep/a-1/', kind: 'Thông điệp', detail: 'Thọ Xương 2024' },
      { title: 'Tháng cao điểm', href: '/chien-dich/x/', kind: 'Chiến dịch', detail: '2023' },
    ]);
    expect(group!.items).toEqual([
      { title: 'Tham gia BHXH', href: '/thong-diep/b-1/', kind: 'Thông điệp', detail: 'Bắc Giang 2023' },
      { title: 'Tham gia  bhxh', href: '/thong-diep/a-1/', kind: 'Thông điệp', detail: 'Thọ Xương 2024' },
      { title: 'Tháng cao điểm', href: '/chien-dich/x/', kind: 'Chiến dịch' },
    ]);
  });
});
