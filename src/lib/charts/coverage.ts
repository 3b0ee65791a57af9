// Chart 5: coverage rate where a denominator exists — the target rate on a 0–100 % bar, the
// actual rate when figures and the denominator are known, and in plain words how many people the
// rate stands for (stated by the plan, or worked out from its head count and rate). Lines are
// wrapped with the served font's metrics so nothing runs past the chart.
import { scaleLinear } from 'd3-scale';
import { viProgress, pct } from '../../i18n/vi-progress.ts';
import { esc, r1, svgDocument } from './svg.ts';
import { wrapText } from './text-width.ts';

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
const FS = 15;
const LINE = 19;
const c = viProgress.charts.coverage;

/** The words of one row: label, goal, and what the denominator is. */
export function coverageLines(row: CoverageRow): { label: string[]; text: string[] } {
  const goal = c.goal(pct(row.targetPercent, 2), row.denominatorLabel);
  const size = row.denominator === null ? '' : row.implied ? c.implied(row.denominatorLabel, row.denominator) : c.stated(row.denominatorLabel, row.denominator);
  const actual = row.actualPercent === null ? '' : c.actual(pct(row.actualPercent, 2));
  return {
    label: wrapText(row.label, W - 16, FS, 700),
    text: [goal, size, actual].filter(Boolean).flatMap((line) => wrapText(line, W - 16, FS, 400, 3)),
  };
}

export function coverageSvg(id: string, rows: readonly CoverageRow[], title: string, desc: string): string {
  const x = scaleLinear().domain([0, 100]).range([0, W - 16]);
  let y = 8;
  const body = rows
    .map((row) => {
      const { label, text } = coverageLines(row);
      const lines = [...label.map((l) => ({ l, bold: true })), ...text.map((l) => ({ l, bold: false }))];
      const texts = lines.map((line, i) => `<text x="8" y="${y + 14 + i * LINE}"${line.bold ? ' font-weight="700"' : ''} fill="${line.bold ? '#1a1a1a' : '#333333'}">${esc(line.l)}</text>`).join('');
      const barY = y + 14 + lines.length * LINE - 8;
      const actual = row.actualPercent === null ? '' : `<rect class="actual" x="8" y="${barY}" width="${r1(x(Math.min(100, row.actualPercent)))}" height="14" fill="#1b6e3a"/>`;
      const markX = r1(8 + x(Math.min(100, row.targetPercent)));
      const out = `<g class="row">${texts}<rect x="8" y="${barY}" width="${W - 16}" height="14" fill="#f1f1f1"/><rect class="goal" x="8" y="${barY}" width="${r1(x(Math.min(100, row.targetPercent)))}" height="14" fill="#c9dcf2"/>${actual}<line class="target" x1="${markX}" x2="${markX}" y1="${barY - 4}" y2="${barY + 18}" stroke="#1a1a1a" stroke-width="3"/></g>`;
      y = barY + 30;
      return out;
    })
    .join('');
  return svgDocument(id, W, y, title, desc, body);
}
