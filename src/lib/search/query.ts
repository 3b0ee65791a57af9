// Turns what a person typed into the query Pagefind receives, and the phrases to highlight.
import { equivalentPhrases } from './acronyms.ts';
import { searchTokens } from './tokens.ts';

export interface PreparedQuery {
  /** Folded words sent to Pagefind ("Đăng ký" → "dang ky"); empty when nothing searchable. */
  text: string;
  /** Phrases (token lists) to highlight: the query's words and acronym equivalents. */
  highlight: string[][];
}

export function prepareQuery(raw: string): PreparedQuery {
  const tokens = searchTokens(raw);
  return { text: tokens.join(' '), highlight: [...tokens.map((t) => [t]), ...equivalentPhrases(tokens)] };
}
