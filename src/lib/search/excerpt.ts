// Builds the excerpt shown under a search result from the page's own text, marking the words
// that matched. Done here rather than by Pagefind because Pagefind cannot see a match on a
// folded word ("dong" for "đóng") or an acronym equivalent, and its excerpt would leave those
// unmarked. Works on the original text: the reader never sees folded words.
import { findPhrase, searchTokens } from './tokens.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** An excerpt of about `length` words around the densest cluster of matches. */
export function buildExcerpt(content: string, highlight: readonly (readonly string[])[], length = 30): ExcerptPart[] {
  const words = [...content.matchAll(/\S+/g)].map((m) => m[0]);
  if (words.length === 0) return [];
  const tokens: string[] = [];
  const wordOf: number[] = [];
  words.forEach((word, i) => {
    for (const token of searchTokens(word)) {
      tokens.push(token);
      wordOf.push(i);
    }
  });
  const marked = new Array<boolean>(words.length).fill(false);
  for (const phrase of highlight) {
    for (const start of findPhrase(tokens, phrase)) {
      for (let k = start; k < start + phrase.length; k++) marked[wordOf[k]!] = true;
    }
  }
  const start = densestWindow(marked, length);
  const end = Math.min(words.length, start + length);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const text = words[i]! + (i < end - 1 ? ' ' : '');
    const last = parts.at(-1);
    // Keep the space after a marked word outside the mark when the next word is not marked.
    if (marked[i] && i < end - 1 && !marked[i + 1]) {
      push(parts, { text: words[i]!, mark: true });
      push(parts, { text: ' ', mark: false });
    } else if (last && last.mark === marked[i]) last.text += text;
    else parts.push({ text, mark: marked[i]! });
  }
  if (end < words.length) push(parts, { text: ' …', mark: false });
  return parts;
}

function push(parts: ExcerptPart[], part: ExcerptPart): void {
  const last = parts.at(-1);
  if (last && last.mark === part.mark) last.text += part.text;
  else parts.push(part);
}

/** Start of the `length`-word window with the most marked words, starting a little before them. */
function densestWindow(marked: readonly boolean[], length: number): number {
  if (marked.length <= length) return 0;
  let count = 0;
  for (let i = 0; i < length; i++) if (marked[i]) count++;
  let best = count;
  let bestStart = 0;
  for (let s = 1; s + length <= marked.length; s++) {
    if (marked[s - 1]) count--;
    if (marked[s + length - 1]) count++;
    if (count > best) {
      best = count;
      bestStart = s;
    }
  }
  if (best === 0) return 0;
  // Give the reader a few words of context before the first match.
  const first = marked.indexOf(true, bestStart);
  return Math.max(0, Math.min(bestStart, first - 4));
}
