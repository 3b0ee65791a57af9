import { describe, expect, test } from 'vitest';
import { BROADCAST_PACE, khmerWordCount, readingSeconds, vietnameseSyllables } from '../../../src/lib/broadcast/pace.ts';

describe('vietnameseSyllables', () => {
  test('one per written word, punctuation alone is not read', () => {
    expect(vietnameseSyllables('Kính thưa bà con! Mời bà con nghe — bản tin.')).toBe(10);
  });
  test('a number counts as it is read', () => {
    // "từ" + "hai trăm sáu mươi tư nghìn" + "đồng"
    expect(vietnameseSyllables('từ 264.000\u00a0đồng')).toBe(8);
  });
});

describe('khmerWordCount', () => {
  test('Khmer words are found without spaces', () => {
    // ចូលរួម | ធានារ៉ាប់រង | សង្គម | ស្ម័គ្រចិត្ត
    expect(khmerWordCount('ចូលរួមធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត')).toBe(4);
  });
  test('a number counts one word per group of three digits plus its scale', () => {
    expect(khmerWordCount('330,000')).toBe(3);
  });
});

describe('readingSeconds', () => {
  test('160 syllables a minute in Vietnamese, rounded up to 5 seconds', () => {
    expect(BROADCAST_PACE.vi.perMinute).toBe(160);
    expect(readingSeconds(160, 'vi')).toBe(60);
    expect(readingSeconds(161, 'vi')).toBe(65);
    expect(readingSeconds(200, 'vi')).toBe(75);
  });
  test('80 words a minute in Khmer; never less than 5 seconds', () => {
    expect(readingSeconds(80, 'km')).toBe(60);
    expect(readingSeconds(0, 'km')).toBe(5);
  });
});
