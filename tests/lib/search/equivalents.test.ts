import { describe, expect, test } from 'vitest';
import { equivalentsIn, phraseGroups } from '../../../src/lib/search/equivalents.ts';
import { equivalentPhrases } from '../../../src/lib/search/acronyms.ts';
import { searchAdditions, titleAdditions } from '../../../src/lib/search/index-additions.ts';
import { searchTokens } from '../../../src/lib/search/tokens.ts';

const synonyms = phraseGroups([['tử tuất', 'mai táng', 'tiền tuất'], ['về hưu', 'nghỉ hưu']]);
const found = (text: string) => equivalentsIn(searchTokens(text), synonyms).map((p) => p.join(' '));

describe('equivalentsIn', () => {
  test('a page that writes one phrase of a group is found by the others, both ways', () => {
    expect(found('Gia đình nhận tiền mai táng')).toEqual(['tu tuat', 'tien tuat']);
    expect(found('Chế độ tử tuất')).toEqual(['mai tang', 'tien tuat']);
    expect(found('đến tuổi về hưu')).toEqual(['nghi huu']);
  });
  test('a phrase counts only with its words side by side', () => {
    expect(found('về quê, lương hưu')).toEqual([]);
  });
});

describe('phraseGroups', () => {
  test('drops phrases without words and groups left with one phrase', () => {
    expect(phraseGroups([['…', 'a b'], ['Ở', 'ở ?']]).map((g) => g.map((p) => p.join(' ')))).toEqual([]);
  });
});

describe('additions with synonyms', () => {
  test('acronyms first, then synonyms', () => {
    expect(equivalentPhrases(searchTokens('BHXH trả tiền tuất'), synonyms).map((p) => p.join(' '))).toEqual(['bao hiem xa hoi', 'tu tuat', 'mai tang']);
  });
  test('the page’s text and title additions carry the synonyms', () => {
    expect(searchAdditions('Tiền mai táng', synonyms)).toBe('tu tuat tien tuat');
    expect(titleAdditions('Tuổi về hưu', synonyms)).toBe('tuoi ve huu nghi huu');
  });
});
