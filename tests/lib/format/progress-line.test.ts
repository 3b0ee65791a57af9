import { describe, expect, test } from 'vitest';
import { formatDuration, progressLine } from '../../../src/lib/format/progress-line.ts';

describe('progressLine', () => {
  test('says done/total, the rate and the time left, the Vietnamese way', () => {
    // 1.234 of 13.539 images in 27,3 s: 45,2 images a second, 12.305 left → 272 s.
    expect(progressLine({ label: 'Ảnh', unit: 'ảnh', done: 1234, total: 13539, elapsedMs: 27_300 })).toBe('Ảnh: 1.234/13.539 · 45 ảnh/giây · còn khoảng 4 phút 30 giây');
    expect(progressLine({ label: 'Trang', unit: 'trang', done: 30, total: 35, elapsedMs: 4_000 })).toBe('Trang: 30/35 · 7,5 trang/giây · còn khoảng 1 giây');
  });

  test('without a known total, only what is done and the rate', () => {
    expect(progressLine({ label: 'Trang', unit: 'trang', done: 2500, total: null, elapsedMs: 10_000 })).toBe('Trang: 2.500 · 250 trang/giây');
  });

  test('no rate before a second has passed or anything is done, no time left once done', () => {
    expect(progressLine({ label: 'Ảnh', unit: 'ảnh', done: 3, total: 10, elapsedMs: 400 })).toBe('Ảnh: 3/10');
    expect(progressLine({ label: 'Ảnh', unit: 'ảnh', done: 0, total: 10, elapsedMs: 5_000 })).toBe('Ảnh: 0/10');
    expect(progressLine({ label: 'Ảnh', unit: 'ảnh', done: 10, total: 10, elapsedMs: 5_000 })).toBe('Ảnh: 10/10 · 2 ảnh/giây');
  });
});

describe('formatDuration', () => {
  test('seconds, then minutes to the nearest ten seconds, then hours and minutes', () => {
    expect(formatDuration(44_600)).toBe('45 giây');
    expect(formatDuration(272_000)).toBe('4 phút 30 giây');
    expect(formatDuration(120_000)).toBe('2 phút');
    expect(formatDuration(3_900_000)).toBe('1 giờ 5 phút');
    expect(formatDuration(7_200_000)).toBe('2 giờ');
  });
});
