// Chart 5: coverage rate where a denominator exists — the target rate on a 0–100 % bar, the
// actual rate when figures and the denominator are known, and the denominator (stated or implied).
import { scaleLinear } from 'd3-scale';
import { esc, fmtInt, fmtPct, r1, svgDocument } from './svg.ts';

export interface CoverageRow {
  label: string;
  /** Target rate, percent. */
  targetPercent: number;
  /** Actual rate, percent, when both the figure and the denominator are known. */
  actualPercent: number | null;
  denominatorLabel: string;
  /** Denominator in persons: stated, or implied by target count ÷ rate. */
  denominator: number | null;
  implied: boolean;
}

const W = 400;
const ROW = 86;

export function coverageSvg(id: string, rows: readonly CoverageRow[], title: string, desc: string): string {
  const x = scaleLinear().domain([0, 100]).range([0, W - 16]);
  const body = rows
    .map((r, i) => {
      const y = 8 + i * ROW;
      const denom = r.denominator === null ? '' : `${r.implied ? 'Mẫu số suy ra từ chỉ tiêu: ≈ ' : 'Mẫu số: '}${fmtInt(r.denominator)} người`;
      const actual = r.actualPercent === null ? '' : `<rect class="actual" x="8" y="${y + 58}" width="${r1(x(Math.min(100, r.actualPercent)))}" height="14" fill="#1b6e3a"/>`;
      return `<g class="row"><text x="8" y="${y + 14}" font-weight="700" fill="#1a1a1a">${esc(r.label)}</text><text x="8" y="${y + 32}" font-size="15" fill="#333333">Mục tiêu ${esc(fmtPct(r.targetPercent, 2))} ${esc(r.denominatorLabel)}</text><text x="8" y="${y + 50}" font-size="15" fill="#333333">${esc(denom)}</text><rect x="8" y="${y + 58}" width="${W - 16}" height="14" fill="#f1f1f1"/><rect class="goal" x="8" y="${y + 58}" width="${r1(x(Math.min(100, r.targetPercent)))}" height="14" fill="#c9dcf2"/>${actual}<line class="target" x1="${r1(8 + x(r.targetPercent))}" x2="${r1(8 + x(r.targetPercent))}" y1="${y + 54}" y2="${y + 76}" stroke="#1a1a1a" stroke-width="3"/></g>`;
    })
    .join('');
  return svgDocument(id, W, 8 + rows.length * ROW, title, desc, body);
}
