// Written text turned into what an announcer reads: acronyms said in full ("BHXH" is read
// "bảo hiểm xã hội"), so the script can be read cold, without stopping to expand them.
import { ACRONYM_GROUPS } from '../search/acronyms.ts';

/** Acronym → its words, from the search's acronym groups (first: acronym, last: full phrase). */
const EXPANSIONS: [RegExp, string][] = ACRONYM_GROUPS.flatMap((group) => {
  const full = group.at(-1)!;
  return group
    .slice(0, -1)
    .filter((written) => written === written.toUpperCase())
    // Acronyms hold only letters, "&" and "-": literal in a regular expression, nothing to escape.
    .map((written): [RegExp, string] => [new RegExp(`(?<![\\p{L}\\p{N}])${written}(?![\\p{L}\\p{N}])`, 'gu'), full]);
});

/** The text with known acronyms spelled out; a sentence that starts with one keeps its capital. */
export function spokenVietnamese(text: string): string {
  let out = text;
  for (const [pattern, full] of EXPANSIONS) {
    out = out.replace(pattern, (_match, offset: number, whole: string) => {
      const before = whole.slice(0, offset).trimEnd();
      const sentenceStart = before === '' || /[.!?:…"“«]$/.test(before);
      return sentenceStart ? full[0]!.toUpperCase() + full.slice(1) : full;
    });
  }
  return out;
}
