// Shared pieces of the build-time SVG charts: escaping, vi-VN number formats through d3-format,
// status colours (AA on white) and the patterns that repeat the status without colour.
import { formatLocale } from 'd3-format';
import type { Status } from '../data/progress.ts';
import { viProgress } from '../../i18n/vi-progress.ts';

/** Text and attribute escaping: unit names come from data files and go into markup. */
export function esc(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const viLocale = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' đồng'] });
export const fmtInt = viLocale.format(',d');
// A non-breaking space keeps the % with its number on a 360 px phone ("62,5 %", never "62,5 / %").
export const fmtPct = (percent: number, digits = 1) => `${viLocale.format(`,.${digits}~f`)(percent)}\u00a0%`;

export const STATUS: Record<Status, { label: string; color: string; fill: string }> = {
  dat: { label: viProgress.status.dat, color: '#1b6e3a', fill: '#1b6e3a' },
  'dung-tien-do': { label: viProgress.status['dung-tien-do'], color: '#1f5fa8', fill: 'url(#loa-p-soc)' },
  cham: { label: viProgress.status.cham, color: '#a8361a', fill: 'url(#loa-p-cham)' },
  'chua-ro': { label: viProgress.status['chua-ro'], color: '#595959', fill: '#ffffff' },
};

/** Pattern definitions: stripes for "on schedule", dots for "behind"; "reached" is solid. */
export const PATTERN_DEFS = `<defs><pattern id="loa-p-soc" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#1f5fa8"/><rect width="2" height="6" fill="#ffffff"/></pattern><pattern id="loa-p-cham" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#a8361a"/><circle cx="3" cy="3" r="1.4" fill="#ffffff"/></pattern></defs>`;

export const FONT = "font-family=\"'Be Vietnam Pro', 'Noto Sans', Arial, sans-serif\"";

/**
 * The accessible wrapper every chart shares: role="img", a Vietnamese <title> and <desc>. The
 * status patterns are defined only in a chart that fills with them: a unit page carries several
 * charts, and tens of thousands of unit pages make a national site.
 */
export function svgDocument(id: string, width: number, height: number, title: string, desc: string, body: string): string {
  const defs = body.includes('url(#loa-p-') ? PATTERN_DEFS : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" ${FONT} font-size="15" class="loa-chart"><title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${defs}<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
}

/** Rounds coordinates so the SVG text stays short and stable. */
export const r1 = (n: number) => Math.round(n * 10) / 10;
