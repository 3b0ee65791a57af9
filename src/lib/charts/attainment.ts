// Chart 1: attainment per child unit — one row per unit, sorted by % of target, a marker at the
// target (100 %), the value, the % and the status written out. Rows stack name above bar so the
// chart stays legible at 360 px; a name wider than the chart wraps onto a second line (measured
// with the served font), so no text runs past the edge. Targets only (Trà Vinh): bars ∝ target,
// labelled with the share of the parent's target ("chiếm 18,2 % chỉ tiêu của thành phố").
import { scaleLinear } from 'd3-scale';
import { viProgress } from '../../i18n/vi-progress.ts';
import { compareVi } from '../format/text.ts';
import type { Status } from '../data/progress.ts';
import { esc, r1, STATUS, svgDocument } from './svg.ts';
import { ellipsize, wrapText } from './text-width.ts';

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
  /** Top of the row. */
  y: number;
  /** The name, in one or two lines. */
  nameLines: string[];
  /** Bar length in SVG units; 0 when unknown. */
  width: number;
  label: string;
  height: number;
}

export const WIDTH = 400;
const FS = 15;
const LINE = 19;
const BAR = 16;
const LEFT = 4;
const TOP = 8;
const TRACK = WIDTH - LEFT - 8;
const r = viProgress.charts.ranking;

/** Sorted rows: highest % first, unknown last (by name). */
export function sortRows(rows: readonly AttainmentRow[]): AttainmentRow[] {
  return [...rows].sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || compareVi(a.name, b.name));
}

/** Stacked rows: name lines, the value line, then the bar; each row as tall as its text needs. */
function stack<T>(items: readonly T[], name: (item: T) => string, label: (item: T) => string) {
  let y = TOP;
  return items.map((item) => {
    const nameLines = wrapText(name(item), TRACK, FS, 700);
    const row = { item, y, nameLines, label: ellipsize(label(item), TRACK, FS), height: (nameLines.length + 1) * LINE + BAR + 12 };
    y += row.height;
    return row;
  });
}

export function attainmentLayout(rows: readonly AttainmentRow[]) {
  const sorted = sortRows(rows);
  const maxPct = Math.max(100, ...sorted.map((row) => row.percent ?? 0));
  const x = scaleLinear().domain([0, maxPct]).range([0, TRACK]);
  const stacked = stack(
    sorted,
    (row) => row.name,
    (row) => (row.percent === null ? r.valueUnknown(row.attained, row.target, STATUS[row.status].label) : r.value(row.attained!, row.target!, row.percent, STATUS[row.status].label)),
  );
  const bars: AttainmentBar[] = stacked.map((s) => ({ row: s.item, y: s.y, nameLines: s.nameLines, width: s.item.percent === null ? 0 : r1(x(s.item.percent)), label: s.label, height: s.height }));
  const height = (stacked.at(-1) ? stacked.at(-1)!.y + stacked.at(-1)!.height : TOP) + 4;
  return { bars, targetX: r1(LEFT + x(100)), height, scale: x };
}

function rowText(y: number, nameLines: string[], label: string, color: string): { svg: string; barY: number } {
  const names = nameLines.map((l, i) => `<text x="${LEFT}" y="${y + 14 + i * LINE}" font-weight="700" fill="#1a1a1a">${esc(l)}</text>`).join('');
  const valueY = y + 14 + nameLines.length * LINE;
  return { svg: `${names}<text class="value" x="${LEFT}" y="${valueY}" fill="${color}">${esc(label)}</text>`, barY: valueY + 7 };
}

export function attainmentSvg(id: string, rows: readonly AttainmentRow[], title: string, desc: string): string {
  const { bars, targetX, height } = attainmentLayout(rows);
  const body = bars
    .map((b) => {
      const s = STATUS[b.row.status];
      const { svg, barY } = rowText(b.y, b.nameLines, b.label, s.color);
      const bar = b.row.percent === null ? '' : `<rect class="bar" data-unit="${esc(b.row.id)}" x="${LEFT}" y="${barY}" width="${b.width}" height="${BAR}" fill="${s.fill}" stroke="${s.color}"/>`;
      return `<g class="row">${svg}<rect class="track" x="${LEFT}" y="${barY}" width="${TRACK}" height="${BAR}" fill="#f1f1f1"/>${bar}<line class="target" x1="${targetX}" x2="${targetX}" y1="${barY - 2}" y2="${barY + BAR + 3}" stroke="#1a1a1a" stroke-width="2"/></g>`;
    })
    .join('');
  return svgDocument(id, WIDTH, height, title, desc, body);
}

export interface TargetBarRow {
  id: string;
  name: string;
  target: number | null;
}

/**
 * Targets-only bars (no figures yet): length ∝ target, largest first, labelled with the target and
 * its share of `parentTarget` — the parent's own target, so the words say what the % is of.
 */
export function targetBarsSvg(id: string, rows: readonly TargetBarRow[], parentTarget: number | null, parentLevel: string, title: string, desc: string): string {
  const sorted = [...rows].sort((a, b) => (b.target ?? -1) - (a.target ?? -1) || compareVi(a.name, b.name));
  const total = parentTarget ?? sorted.reduce((sum, row) => sum + (row.target ?? 0), 0);
  const x = scaleLinear().domain([0, Math.max(1, ...sorted.map((row) => row.target ?? 0))]).range([0, TRACK]);
  const t = viProgress.charts.targets;
  const stacked = stack(sorted, (row) => row.name, (row) => (row.target === null ? viProgress.noTarget : t.value(row.target, total > 0 ? (row.target / total) * 100 : 0, parentLevel)));
  const body = stacked
    .map(({ item, y, nameLines, label }) => {
      const { svg, barY } = rowText(y, nameLines, label, '#1a1a1a');
      const bar = item.target === null ? '' : `<rect class="bar" data-unit="${esc(item.id)}" x="${LEFT}" y="${barY}" width="${r1(x(item.target))}" height="${BAR}" fill="#1f5fa8"/>`;
      return `<g class="row">${svg}${bar}</g>`;
    })
    .join('');
  const height = (stacked.at(-1) ? stacked.at(-1)!.y + stacked.at(-1)!.height : TOP) + 4;
  return svgDocument(id, WIDTH, height, title, desc, body);
}
