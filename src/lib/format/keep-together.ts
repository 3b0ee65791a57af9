// Numbers and their units stay on one line: "330.000 đồng", "81,5 %", "52.139 người". A phone
// at 360 px wraps often, and "81,5" at the end of a line with "%" alone on the next reads as
// two things. Markup (MDX bodies, InlineText.astro) wraps each group found here in a no-wrap
// span, so the text itself keeps its ordinary spaces (search, copy and heading ids see
// "15 năm"); the formatters of vi-format.ts join their own units with a non-breaking space.

/** Words that count something when they follow a number. */
const UNIT_WORDS = ['đồng', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'người', 'năm', 'tháng', 'tuần', 'ngày', 'tuổi', 'lần', 'hộ', 'giờ', 'phút', 'điểm', 'km', 'ha'];
const SPACE = '[ \\t\\u00a0]+';
const WORD = `(?:${UNIT_WORDS.join('|')})`;
/** "22 %", "330.000 đồng", "1,5 triệu đồng", "46.800.000 đồng/tháng", "10 năm". */
const GROUP = new RegExp(`\\p{N}(?:[.,]?\\p{N})*${SPACE}(?:%|(?:(?:triệu|tỷ|nghìn|ngàn)${SPACE})?${WORD}(?:/\\p{L}+)?(?![\\p{L}\\p{N}]))`, 'gu');

export interface UnitSegment {
  text: string;
  /** True for a number with its unit: shown on one line. */
  keep: boolean;
}

/** Cuts a text into plain runs and number-with-unit groups; joining every `text` gives the text back. */
export function splitNumberUnits(text: string): UnitSegment[] {
  const out: UnitSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(GROUP)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index), keep: false });
    out.push({ text: match[0], keep: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), keep: false });
  return out;
}

/** The text with the spaces inside each number-with-unit group made non-breaking, for text drawn without markup (images). */
export function joinNumberUnits(text: string): string {
  return splitNumberUnits(text)
    .map((s) => (s.keep ? s.text.replace(/[ \t]+/g, '\u00a0') : s.text))
    .join('');
}
