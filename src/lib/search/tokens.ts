// The one way search text is cut into words, used when indexing and when querying, so both
// sides agree: marks removed and "đ" folded (via foldMarks), lower case, ASCII words only.
import { foldMarks } from '../format/text.ts';

/**
 * Folded search words of a text: "Đăng ký BHXH" → ["dang", "ky", "bhxh"]. An "&" inside a word
 * is dropped so "LĐTB&XH" and "LĐTBXH" give the same word ("ldtbxh"); everything else that is
 * not a letter or digit separates words.
 */
export function searchTokens(text: string): string[] {
  return foldMarks(text)
    .toLowerCase()
    .replace(/(?<=[a-z0-9])&(?=[a-z0-9])/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether a word, as written, has a letter Pagefind cannot fold by itself (đ, Đ). */
export function hasUnfoldedLetter(word: string): boolean {
  return /[đĐ]/.test(word);
}

/** Where `phrase` (a token list) occurs in `tokens`, as start indexes. */
export function findPhrase(tokens: readonly string[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  if (phrase.length === 0) return starts;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    if (phrase.every((word, j) => tokens[i + j] === word)) starts.push(i);
  }
  return starts;
}
