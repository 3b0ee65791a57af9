// Chart 4: small multiples across indicators — one compact panel per indicator, the same units
// in the same order in every panel, so a unit that lags on one insurance stands out. The name and
// value columns are as wide as their longest text (measured with the served font), a name too long
// for half the panel is shortened with "…" (the tables below give it whole).
import { scaleLinear } from 'd3-scale';
import { pct, viProgress } from '../../i18n/vi-progress.ts';
import { formatNumber } from '../format/vi-format.ts';
import { esc, r1, svgDocument } from './svg.ts';
import { ellipsize, textWidth } from './text-width.ts';

export interface PanelRow {
  id: string;
  name: string;
  /** Attainment % when known; otherwise the unit's target (targets only). */
  value: number | null;
}

export const PW = 360;
const FS = 15;
const ROW = 24;

export const panelValue = (value: number | null, kind: 'percent' | 'count') => (value === null ? viProgress.unknown : kind === 'percent' ? pct(value) : formatNumber(value));

/** One panel. `kind` says whether values are % of target or target counts. */
export function panelSvg(id: string, rows: readonly PanelRow[], kind: 'percent' | 'count', title: string, desc: string): string {
  const labels = rows.map((row) => panelValue(row.value, kind));
  const valueWidth = Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, FS))));
  const nameWidth = Math.ceil(Math.min(PW * 0.45, Math.max(0, ...rows.map((row) => textWidth(row.name, FS)))));
  const name = nameWidth + 10;
  const max = Math.max(kind === 'percent' ? 100 : 1, ...rows.map((row) => row.value ?? 0));
  const x = scaleLinear().domain([0, max]).range([0, Math.max(20, PW - name - valueWidth - 16)]);
  const body = rows
    .map((row, i) => {
      const y = 4 + i * ROW;
      const bar = row.value === null ? '' : `<rect class="bar" data-unit="${esc(row.id)}" x="${name}" y="${y + 5}" width="${r1(x(row.value))}" height="14" fill="#1f5fa8"/>`;
      return `<text x="${name - 6}" y="${y + 17}" text-anchor="end" fill="#1a1a1a">${esc(ellipsize(row.name, nameWidth, FS))}</text>${bar}<text class="value" x="${PW - 4}" y="${y + 17}" text-anchor="end" fill="#1a1a1a">${esc(labels[i]!)}</text>`;
    })
    .join('');
  const target = kind === 'percent' ? `<line class="target" x1="${r1(name + x(100))}" x2="${r1(name + x(100))}" y1="2" y2="${6 + rows.length * ROW}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="4 3"/>` : '';
  return svgDocument(id, PW, 8 + rows.length * ROW, title, desc, body + target);
}
