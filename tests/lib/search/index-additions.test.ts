import { describe, expect, test } from 'vitest';
import { searchAdditions, titleAdditions } from '../../../src/lib/search/index-additions.ts';

describe('searchAdditions', () => {
  test('adds the folded form of words with đ, once each', () => {
    expect(searchAdditions('Đăng ký ở bưu điện, đăng ký trực tuyến')).toBe('dang dien');
  });
  test('adds nothing for words Pagefind folds itself', () => {
    expect(searchAdditions('Lương hưu hằng tháng')).toBe('');
  });
  test('adds acronym equivalents in both directions', () => {
    expect(searchAdditions('Tham gia BHYT')).toBe('bao hiem y te');
    expect(searchAdditions('Tổ dân phố số 5')).toBe('tdp');
  });
  test('folds đ inside an acronym and adds its long form', () => {
    expect(searchAdditions('Ban chỉ đạo huyện')).toBe('dao bcd');
  });
});

describe('titleAdditions', () => {
  test('the whole title folded, with acronym equivalents', () => {
    expect(titleAdditions('Đăng ký BHXH tự nguyện')).toBe('dang ky bhxh tu nguyen bao hiem xa hoi');
  });
});
