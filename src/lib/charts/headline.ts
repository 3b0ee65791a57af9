// Chart 3: the headline — "x / y người — z %" with a bar, for a unit and period.
import { scaleLinear } from 'd3-scale';
import { esc, fmtInt, fmtPct, r1, STATUS, svgDocument } from './svg.ts';
import type { UnitProgress } from '../data/progress.ts';

export const HW = 400;

/** The headline sentence, also used in the page text. */
export function headlineText(p: UnitProgress, unit = 'người'): string {
  // The unit word belongs to a number: "11 người — chưa có chỉ tiêu", never "11 / chưa có chỉ tiêu người".
  if (p.target === null) return p.attained === null ? 'chưa có số, chưa có chỉ tiêu' : `${fmtInt(p.attained)} ${unit} — chưa có chỉ tiêu`;
  const a = p.attained === null ? 'chưa có số' : fmtInt(p.attained);
  return `${a} / ${fmtInt(p.target)} ${unit}${p.percent === null ? '' : ` — ${fmtPct(p.percent)}`}`;
}

export function headlineSvg(id: string, p: UnitProgress, caption: string, title: string, desc: string): string {
  const x = scaleLinear().domain([0, Math.max(100, p.percent ?? 0)]).range([0, HW - 16]);
  const s = STATUS[p.status];
  const bar = p.percent === null ? '' : `<rect class="bar" x="8" y="62" width="${r1(x(p.percent))}" height="22" fill="${s.fill}" stroke="${s.color}"/>`;
  const body = `<text x="8" y="24" font-size="15" fill="#333333">${esc(caption)}</text><text class="headline" x="8" y="52" font-size="24" font-weight="700" fill="#1a1a1a">${esc(headlineText(p))}</text><rect x="8" y="62" width="${HW - 16}" height="22" fill="#f1f1f1"/>${bar}<line class="target" x1="${r1(8 + x(100))}" x2="${r1(8 + x(100))}" y1="56" y2="90" stroke="#1a1a1a" stroke-width="2"/><text x="8" y="108" font-size="15" font-weight="700" fill="${s.color}">${esc(s.label)}</text>`;
  return svgDocument(id, HW, 116, title, desc, body);
}
