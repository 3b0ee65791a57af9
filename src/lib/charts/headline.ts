// Chart 3: the headline — "x / y người — z %" with a bar, for a unit and period. The page states
// the headline once, as text with a bar (headlineBarSvg); the full chart is the headline share
// image's source and part of renderChartSvg for other tools.
import { scaleLinear } from 'd3-scale';
import { viProgress } from '../../i18n/vi-progress.ts';
import { esc, r1, STATUS, svgDocument } from './svg.ts';
import { ellipsize, textWidth } from './text-width.ts';
import type { UnitProgress } from '../data/progress.ts';

export const HW = 400;

/** The headline sentence, also used in the page text. */
export function headlineText(p: Pick<UnitProgress, 'attained' | 'target' | 'percent'>, unit = 'người'): string {
  return viProgress.charts.headline.text(p.attained, p.target, p.percent, unit);
}

/** The largest size up to `max` at which the text fits `width` on one line (never below 15). */
function fittedSize(text: string, width: number, max: number, weight: 400 | 700): number {
  const size = Math.floor(max * Math.min(1, width / textWidth(text, max, weight)));
  return Math.max(15, size);
}

export function headlineSvg(id: string, p: UnitProgress, caption: string, title: string, desc: string): string {
  const x = scaleLinear().domain([0, Math.max(100, p.percent ?? 0)]).range([0, HW - 16]);
  const s = STATUS[p.status];
  const text = headlineText(p);
  const size = fittedSize(text, HW - 16, 24, 700);
  const bar = p.percent === null ? '' : `<rect class="bar" x="8" y="62" width="${r1(x(p.percent))}" height="22" fill="${s.fill}" stroke="${s.color}"/>`;
  const body = `<text x="8" y="24" fill="#333333">${esc(ellipsize(caption, HW - 16, 15))}</text><text class="headline" x="8" y="52" font-size="${size}" font-weight="700" fill="#1a1a1a">${esc(ellipsize(text, HW - 16, size, 700))}</text><rect x="8" y="62" width="${HW - 16}" height="22" fill="#f1f1f1"/>${bar}<line class="target" x1="${r1(8 + x(100))}" x2="${r1(8 + x(100))}" y1="60" y2="90" stroke="#1a1a1a" stroke-width="2"/><text x="8" y="108" font-weight="700" fill="${s.color}">${esc(s.label)}</text>`;
  return svgDocument(id, HW, 116, title, desc, body);
}

/**
 * The page's headline bar: the share of the target reached and a mark at 100 %. Decorative
 * (aria-hidden): the same numbers are written out beside it.
 */
export function headlineBarSvg(p: UnitProgress): string {
  const x = scaleLinear().domain([0, Math.max(100, p.percent ?? 0)]).range([0, HW - 4]);
  const s = STATUS[p.status];
  // Solid colour: the status is written out beside the bar, and the page may hold no pattern defs.
  const bar = p.percent === null ? '' : `<rect x="2" y="4" width="${r1(x(p.percent))}" height="16" fill="${s.color}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${HW} 24" width="${HW}" height="24" aria-hidden="true" focusable="false" class="headline-bar"><rect x="2" y="4" width="${HW - 4}" height="16" fill="#f1f1f1"/>${bar}<line x1="${r1(2 + x(100))}" x2="${r1(2 + x(100))}" y1="0" y2="24" stroke="#1a1a1a" stroke-width="2"/></svg>`;
}
