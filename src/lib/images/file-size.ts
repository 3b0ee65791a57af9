// File sizes the vi-VN way, in decimal units as phones and file managers show them.
import { formatDecimal, formatNumber } from '../format/vi-format.ts';

/** 436163 → "436 KB"; 1234567 → "1,2 MB"; 900 → "900 byte". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} byte`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 1000))} KB`;
  return `${formatDecimal(bytes / 1_000_000, 1)} MB`;
}

/** 2480 × 3508 → "2.480 × 3.508 px". */
export function formatPixels(width: number, height: number): string {
  return `${formatNumber(width)} × ${formatNumber(height)} px`;
}
