// Whole numbers as a Vietnamese announcer reads them: 264000 → "hai trăm sáu mươi tư nghìn".
// Used to count the syllables a script takes to read (numbers are read longer than they look).

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

/** One group of three digits; `full` when a higher group precedes it ("không trăm linh năm"). */
function group(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  const words: string[] = [];
  if (hundreds > 0 || full) words.push(DIGITS[hundreds]!, 'trăm');
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh');
  } else if (tens === 1) words.push('mười');
  else words.push(DIGITS[tens]!, 'mươi');
  if (units === 0) return words;
  if (units === 1 && tens >= 2) words.push('mốt');
  else if (units === 4 && tens >= 2) words.push('tư');
  else if (units === 5 && tens >= 1) words.push('lăm');
  else words.push(DIGITS[units]!);
  return words;
}

/** A whole number 0 ≤ n < 10^12 in Vietnamese words, as read aloud. */
export function vietnameseNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`không đọc được số ${n}`);
  if (n === 0) return DIGITS[0]!;
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i]!;
    if (value === 0) continue;
    words.push(...group(value, words.length > 0), ...(SCALES[i] ? [SCALES[i]!] : []));
  }
  return words.join(' ');
}

/** Syllables of a number read aloud; very large numbers count one per digit. */
export function spokenSyllablesOfNumber(n: number): number {
  if (!Number.isSafeInteger(n) || n >= 1e12) return String(n).length;
  return vietnameseNumberWords(n).split(' ').length;
}
