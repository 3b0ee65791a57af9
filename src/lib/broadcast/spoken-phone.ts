// A telephone number for reading aloud: digit by digit, in the groups people write it in, so
// listeners can note it down ("1900 9068" → "một chín không không — chín không sáu tám").

/** The digit groups of a displayed number: its own spaces, dots or dashes, else by length. */
export function phoneGroups(display: string): string[] {
  const written = display.split(/[\s.\-\u00a0]+/).map((g) => g.replace(/\D/g, '')).filter(Boolean);
  if (written.length > 1) return written;
  const digits = written[0] ?? '';
  // Unspaced: 10-digit mobiles are said 4-3-3 (0912 345 678), 8-digit ones 4-4 (1900 9068).
  const sizes = digits.length === 10 ? [4, 3, 3] : digits.length === 8 ? [4, 4] : [];
  if (sizes.length === 0) return digits.match(/\d{1,3}/g) ?? [];
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(digits.slice(at, at + size));
    at += size;
  }
  return out;
}

/** The number's digits as words, group by group: digitWords[d] is the word for digit d. */
export function spokenPhone(display: string, digitWords: readonly string[], separator = ' — '): string {
  return phoneGroups(display)
    .map((g) => [...g].map((d) => digitWords[Number(d)]!).join(' '))
    .join(separator);
}
