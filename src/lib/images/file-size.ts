// File sizes the vi-VN way, in decimal units as phones and file managers show them. Numbers keep
// their unit with a non-breaking space, so "1.080 × 1.080 px" never wraps apart on a phone.
import { formatDecimal, formatNumber } from '../format/vi-format.ts';

/** 436163 → "436 KB"; 1234567 → "1,2 MB"; 900 → "900 byte" (each with a non-breaking space). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)}\u00a0byte`;
  const kilobytes = Math.round(bytes / 1000);
  // From 999.500 bytes the kilobytes round to 1.000: that is "1 MB", never "1.000 KB".
  if (kilobytes < 1000) return `${formatNumber(kilobytes)}\u00a0KB`;
  return `${formatDecimal(bytes / 1_000_000, 1)}\u00a0MB`;
}

/** 2480 × 3508 → "2.480 × 3.508 px", all on one line (non-breaking spaces). */
export function formatPixels(width: number, height: number): string {
  return `${formatNumber(width)}\u00a0×\u00a0${formatNumber(height)}\u00a0px`;
}
