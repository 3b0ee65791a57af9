// Builds the excerpt shown under a search result from the page's own text, marking the words
// that matched. Done here rather than by Pagefind because Pagefind cannot see a match on a
// folded word ("dong" for "đóng") or an acronym equivalent, and its excerpt would leave those
// unmarked. Works on the original text: the reader never sees folded words.
import { hasMarks, writtenWords } from './query.ts';
import { findPhrase, searchTokens } from './tokens.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * An excerpt of about `length` words around the densest cluster of matches; a place where one of
 * `phrases` (the whole query, its synonyms) stands as written counts three times, so "quyền lợi" is
 * shown where the page says it rather than where "quyền" and "lời" happen to be close.
 *
 * `exact` is the query as typed when it has tone marks (PreparedQuery.exact): a word of it then
 * only marks the same word ("ký", not "kỳ"; "mức", not "mục"), as the ranking does, or the word
 * written without any marks (a page typed without them).
 */
export function buildExcerpt(content: string, highlight: readonly (readonly string[])[], length = 30, phrases: readonly (readonly string[])[] = [], exact: string | null = null): ExcerptPart[] {
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
  const asTyped = typedForms(exact);
  const written = words.map((word) => writtenWords(word));
  for (const phrase of highlight) {
    let starts = findPhrase(tokens, phrase);
    const forms = phrase.length === 1 ? asTyped.get(phrase[0]!) : undefined;
    // A word written differently marked ("kỳ", "đầu" for "ký", "đâu") is another word; one
    // written without any marks (an OCR'd page) may still be it.
    if (forms) starts = starts.filter((k) => written[wordOf[k]!]!.some((w) => forms.has(w) || !hasMarks(w)));
    for (const start of starts) {
      for (let k = start; k < start + phrase.length; k++) marked[wordOf[k]!] = true;
    }
  }
  const weight: number[] = marked.map((m) => (m ? 1 : 0));
  for (const phrase of phrases.filter((p) => p.length > 1)) {
    for (const start of findPhrase(tokens, phrase)) {
      for (let k = start; k < start + phrase.length; k++) weight[wordOf[k]!] = 3;
    }
  }
  const start = densestWindow(weight, length);
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

/** Folded word → the forms the person typed for it ("ky" → {"ký"}), for a query typed with marks. */
function typedForms(exact: string | null): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const word of exact ? writtenWords(exact) : []) {
    const folded = searchTokens(word).join(' ');
    if (!forms.has(folded)) forms.set(folded, new Set());
    forms.get(folded)!.add(word);
  }
  return forms;
}

function push(parts: ExcerptPart[], part: ExcerptPart): void {
  const last = parts.at(-1);
  if (last && last.mark === part.mark) last.text += part.text;
  else parts.push(part);
}

/** Start of the `length`-word window with the most weight (the earliest of equals), starting a little before it. */
function densestWindow(weight: readonly number[], length: number): number {
  if (weight.length <= length) return 0;
  let sum = 0;
  for (let i = 0; i < length; i++) sum += weight[i]!;
  let best = sum;
  let bestStart = 0;
  for (let s = 1; s + length <= weight.length; s++) {
    sum += weight[s + length - 1]! - weight[s - 1]!;
    if (sum > best) {
      best = sum;
      bestStart = s;
    }
  }
  if (best === 0) return 0;
  // Start a few words before the window's first match, when its matches still fit after them.
  const first = weight.findIndex((w, i) => i >= bestStart && w > 0);
  let last = bestStart + length - 1;
  while (weight[last] === 0) last--;
  const start = Math.max(0, first - 4);
  return last - start < length ? start : bestStart;
}
