// Numbers and their units stay on one line: "330.000 đồng", "81,5 %", "52.139 người". A phone
// at 360 px wraps often, and "81,5" at the end of a line with "%" alone on the next reads as
// two things. Used by the MDX step (src/integrations/rehype-keep-together.ts), by components
// that show content text (InlineText.astro) and by the formatters in vi-format.ts.

const NBSP = '\u00a0';
/** U+2060 WORD JOINER: no line break on either side, invisible ("đồng/⁠tháng" stays whole). */
const WORD_JOINER = '\u2060';

/** Words that count something when they follow a number. */
const UNITS = ['%', 'đồng', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'người', 'năm', 'tháng', 'tuần', 'ngày', 'tuổi', 'lần', 'hộ', 'giờ', 'phút', 'điểm', 'km', 'ha'];
const UNIT = `(?:%|(?:${UNITS.filter((u) => u !== '%').join('|')})(?![\\p{L}\\p{N}]))`;
const NUMBER_THEN_UNIT = new RegExp(`(\\p{N}(?:[.,]?\\p{N})*)[ \\t]+(?=${UNIT})`, 'gu');
/** A unit word followed by another ("1,5 triệu đồng"). */
const UNIT_THEN_UNIT = new RegExp(`(?<=\\p{N}\\u00a0(?:triệu|tỷ|nghìn|ngàn))[ \\t]+(?=(?:đồng|người)(?![\\p{L}\\p{N}]))`, 'gu');
/** "đồng/tháng", "người/năm" right after a number. */
const PER = new RegExp(`(?<=\\p{N}\\u00a0(?:${UNITS.filter((u) => u !== '%').join('|')}))/(?=\\p{L})`, 'gu');

/** The text with a non-breaking space between each number and the unit after it. Idempotent. */
export function keepNumbersWithUnits(text: string): string {
  return text.replace(NUMBER_THEN_UNIT, `$1${NBSP}`).replace(UNIT_THEN_UNIT, NBSP).replace(PER, `/${WORD_JOINER}`);
}
