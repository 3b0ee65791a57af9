import { describe, expect, test } from 'vitest';
import { phraseMatch, promotePhrases } from '../../../src/lib/search/phrases.ts';
import { searchTokens } from '../../../src/lib/search/tokens.ts';

const phrases = (...texts: string[]) => texts.map(searchTokens);

describe('phraseMatch', () => {
  test('2 when the title holds the phrase, 1 when only the text does, 0 when the words are apart', () => {
    expect(phraseMatch('Mức đóng hằng tháng', '', phrases('muc dong'))).toBe(2);
    expect(phraseMatch('Chính sách', 'Bạn chọn mức đóng phù hợp.', phrases('muc dong'))).toBe(1);
    expect(phraseMatch('Mục tiêu', 'Đạt mục tiêu. Người dân đóng góp.', phrases('muc dong'))).toBe(0);
  });
  test('marks and case do not matter; any of the phrases counts', () => {
    expect(phraseMatch('', 'Tuổi NGHỈ HƯU năm 2026', phrases('ve huu', 'nghi huu'))).toBe(1);
  });
  test('single words are no phrase', () => {
    expect(phraseMatch('Mức đóng', 'mức', phrases('muc'))).toBe(0);
  });
});

describe('promotePhrases', () => {
  test('better phrase matches first, others in their order, never across groups', () => {
    const items = [
      { id: 'a', match: 0, group: 0 },
      { id: 'b', match: 1, group: 0 },
      { id: 'c', match: 0, group: 1 },
      { id: 'd', match: 2, group: 1 },
      { id: 'e', match: 2, group: 1 },
    ];
    expect(promotePhrases(items, (i) => i.match, (i) => i.group).map((i) => i.id)).toEqual(['b', 'a', 'd', 'e', 'c']);
  });
});
