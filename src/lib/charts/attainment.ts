// Chart 1: attainment per child unit — one row per unit, sorted by % of target, a marker at the
// target (100 %), the value, the % and the status written out. Rows stack name above bar so the
// chart stays legible at 360 px. Also used for targets only (Trà Vinh): bars ∝ target.
import { scaleLinear } from 'd3-scale';
import type { Status } from '../data/progress.ts';
import { esc, fmtInt, fmtPct, r1, STATUS, svgDocument } from './svg.ts';

export interface AttainmentRow {
  id: string;
  name: string;
  attained: number | null;
  target: number | null;
  percent: number | null;
  status: Status;
}

export interface AttainmentBar {
  row: AttainmentRow;
  y: number;
  /** Bar length in SVG units; 0 when unknown. */
  width: number;
  label: string;
}

export const WIDTH = 400;
const ROW = 62;
const LEFT = 4;
const TOP = 8;

/** Sorted rows: highest % first, unknown last (by name). */
export function sortRows(rows: readonly AttainmentRow[]): AttainmentRow[] {
  return [...rows].sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || a.name.localeCompare(b.name, 'vi'));
}

export function attainmentLayout(rows: readonly AttainmentRow[]) {
  const sorted = sortRows(rows);
  const maxPct = Math.max(100, ...sorted.map((r) => r.percent ?? 0));
  const x = scaleLinear().domain([0, maxPct]).range([0, WIDTH - LEFT - 8]);
  const bars: AttainmentBar[] = sorted.map((row, i) => ({
    row,
    y: TOP + i * ROW,
    width: row.percent === null ? 0 : r1(x(row.percent)),
    label:
      row.percent === null
        ? `${row.attained === null ? 'chưa có số' : fmtInt(row.attained)} / ${row.target === null ? 'chưa có chỉ tiêu' : fmtInt(row.target)} · ${STATUS[row.status].label}`
        : `${fmtInt(row.attained!)} / ${fmtInt(row.target!)} — ${fmtPct(row.percent)} · ${STATUS[row.status].label}`,
  }));
  return { bars, targetX: r1(LEFT + x(100)), height: TOP + sorted.length * ROW + 4, scale: x };
}

export function attainmentSvg(id: string, rows: readonly AttainmentRow[], title: string, desc: string): string {
  const { bars, targetX, height } = attainmentLayout(rows);
  const body = bars
    .map((b) => {
      const s = STATUS[b.row.status];
      const bar = b.row.percent === null ? '' : `<rect class="bar" data-unit="${esc(b.row.id)}" x="${LEFT}" y="${b.y + 40}" width="${b.width}" height="16" fill="${s.fill}" stroke="${s.color}"/>`;
      return `<g class="row"><text x="${LEFT}" y="${b.y + 14}" font-weight="700" fill="#1a1a1a">${esc(b.row.name)}</text><text class="value" x="${LEFT}" y="${b.y + 33}" fill="${s.color}">${esc(b.label)}</text><rect x="${LEFT}" y="${b.y + 40}" width="${WIDTH - LEFT - 8}" height="16" fill="#f1f1f1"/>${bar}</g>`;
    })
    .join('');
  const marker = `<line class="target" x1="${targetX}" x2="${targetX}" y1="2" y2="${height - 2}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="4 3"/>`;
  return svgDocument(id, WIDTH, height, title, desc, body + marker);
}

/** Targets-only bars (no figures yet): length ∝ target, label = target and share of the total. */
export function targetBarsSvg(id: string, rows: readonly { id: string; name: string; target: number | null }[], title: string, desc: string): string {
  const sorted = [...rows].sort((a, b) => (b.target ?? -1) - (a.target ?? -1));
  const total = sorted.reduce((sum, r) => sum + (r.target ?? 0), 0);
  const x = scaleLinear().domain([0, Math.max(1, ...sorted.map((r) => r.target ?? 0))]).range([0, WIDTH - LEFT - 8]);
  const height = TOP + sorted.length * ROW + 4;
  const body = sorted
    .map((r, i) => {
      const y = TOP + i * ROW;
      const label = r.target === null ? 'chưa có chỉ tiêu' : `${fmtInt(r.target)} người (${fmtPct((r.target / total) * 100)})`;
      const bar = r.target === null ? '' : `<rect class="bar" data-unit="${esc(r.id)}" x="${LEFT}" y="${y + 40}" width="${r1(x(r.target))}" height="16" fill="#1f5fa8"/>`;
      return `<g class="row"><text x="${LEFT}" y="${y + 14}" font-weight="700" fill="#1a1a1a">${esc(r.name)}</text><text class="value" x="${LEFT}" y="${y + 33}" fill="#1a1a1a">${esc(label)}</text>${bar}</g>`;
    })
    .join('');
  return svgDocument(id, WIDTH, height, title, desc, body);
}
