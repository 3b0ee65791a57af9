// Vietnamese number and date formats: 52.139; 29,72 %; 31/5/2023.

const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** A whole number with dots between thousands: 52139 → "52.139". */
export function formatNumber(value: number): string {
  return integer.format(value);
}

const decimals = new Map<number, Intl.NumberFormat>();

/** A number with up to `digits` decimals and a decimal comma: 29.72 → "29,72". */
export function formatDecimal(value: number, digits = 2): string {
  // One formatter per precision: creating an Intl.NumberFormat costs far more than formatting.
  let format = decimals.get(digits);
  if (!format) decimals.set(digits, (format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits })));
  return format.format(value);
}

// Units are joined to their number with a non-breaking space: "81,5 %" never splits over two lines.
const NBSP = '\u00a0';

/** A percentage from a ratio or a percent value: formatPercent(29.72) → "29,72 %" (non-breaking space). */
export function formatPercent(percent: number, digits = 2): string {
  return `${formatDecimal(percent, digits)}${NBSP}%`;
}

/** An amount of money in đồng: 330000 → "330.000 đồng" (non-breaking space). */
export function formatMoney(value: number): string {
  return `${formatNumber(value)}${NBSP}đồng`;
}

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y ?? 0, m ?? 0, d ?? 0];
}

/** A YYYY-MM-DD date the Vietnamese way, without leading zeros: "2023-05-31" → "31/5/2023". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d}/${m}/${y}`;
}

/** A date in words for headlines: "2023-05-31" → "ngày 31 tháng 5 năm 2023". */
export function formatDateLong(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/** A period: "1/5/2023 – 31/5/2023"; a one-day period is that one date ("23/5/2020", not "23/5/2020 – 23/5/2020"). */
export function formatPeriod(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}
