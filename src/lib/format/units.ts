// Numbers never break away from their unit: "700.000 đồng", "22 %", "10 năm" keep a non-breaking
// space, in text written by authors (notes in the rule data) as well as in computed amounts.

const UNIT = /(\d) (đồng|%|tháng|năm|lần|tuổi)(?=$|[\s.,;:)/–-])/g;

/** Replaces the space between a number and its unit with a non-breaking space. */
export function keepNumbersWithUnits(text: string): string {
  return text.replace(UNIT, '$1\u00a0$2');
}
