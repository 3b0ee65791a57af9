// Chart 4: small multiples across indicators — one compact panel per indicator, the same units
// in the same order in every panel, so a unit that lags on one insurance stands out.
import { scaleLinear } from 'd3-scale';
import { esc, fmtInt, fmtPct, r1, svgDocument } from './svg.ts';

export interface PanelRow {
  id: string;
  name: string;
  /** Attainment % when known; otherwise the unit's target (targets only). */
  value: number | null;
}

export const PW = 360;
const ROW = 24;
const NAME = 128;
const VALUE = 78;

/** One panel. `kind` says whether values are % of target or target counts. */
export function panelSvg(id: string, rows: readonly PanelRow[], kind: 'percent' | 'count', title: string, desc: string): string {
  const max = Math.max(kind === 'percent' ? 100 : 1, ...rows.map((r) => r.value ?? 0));
  const x = scaleLinear().domain([0, max]).range([0, PW - NAME - VALUE - 8]);
  const body = rows
    .map((r, i) => {
      const y = 4 + i * ROW;
      const label = r.value === null ? 'chưa rõ' : kind === 'percent' ? fmtPct(r.value) : fmtInt(r.value);
      const bar = r.value === null ? '' : `<rect class="bar" data-unit="${esc(r.id)}" x="${NAME}" y="${y + 5}" width="${r1(x(r.value))}" height="14" fill="#1f5fa8"/>`;
      return `<text x="${NAME - 6}" y="${y + 17}" text-anchor="end" fill="#1a1a1a">${esc(r.name)}</text>${bar}<text class="value" x="${PW - 4}" y="${y + 17}" text-anchor="end" fill="#1a1a1a">${esc(label)}</text>`;
    })
    .join('');
  const target = kind === 'percent' ? `<line class="target" x1="${r1(NAME + x(100))}" x2="${r1(NAME + x(100))}" y1="2" y2="${6 + rows.length * ROW}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="4 3"/>` : '';
  return svgDocument(id, PW, 8 + rows.length * ROW, title, desc, body + target);
}
