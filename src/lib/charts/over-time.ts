// Chart 2: progress over time against the target line, the campaign window shaded and its start
// and end marked on the time axis, and a dotted projection to the end of the window at the
// average pace so far. Every text is measured with the served font's metrics: axis labels that
// would touch are left out, the direct labels ("Đạt …", "Chỉ tiêu …", "Dự báo …") take the first
// free place off every line (label-placement.ts), and the legend gets rows of its own below.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { viProgress, dayMonth } from '../../i18n/vi-progress.ts';
import { formatNumber } from '../format/vi-format.ts';
import { placeLabels, polylineSegments, type LabelRequest, type PlacedLabel, type Segment } from './label-placement.ts';
import { esc, r1, svgDocument } from './svg.ts';
import { boxesOverlap, textBox, textWidth, type Box } from './text-width.ts';

export interface OverTimeInput {
  /** Cumulative values (attained since the baseline, or totals) by date, oldest first. */
  points: { date: string; value: number }[];
  target: number | null;
  /** The campaign window (or the year): shaded, its ends marked on the axis. */
  window: { start: string; end: string };
}

export const W = 400;
const FS = 15;
const PLOT_TOP = 10;
const PLOT_HEIGHT = 190;
const RIGHT = 10;
const COLORS = { series: '#1f5fa8', target: '#1a1a1a', window: '#fff4d6', windowEdge: '#8a6d00', text: '#333333', grid: '#dddddd' };
const time = (iso: string) => new Date(`${iso}T00:00:00Z`);
const t = viProgress.charts.overTime;

/** Projected value at `end`: straight line through the first and last points. */
export function projection(points: readonly { date: string; value: number }[], end: string): number | null {
  if (points.length < 2) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const days = (time(last.date).getTime() - time(first.date).getTime()) / 86_400_000;
  if (days <= 0) return null;
  const rate = (last.value - first.value) / days;
  return Math.round(last.value + rate * ((time(end).getTime() - time(last.date).getTime()) / 86_400_000));
}

export interface AxisLabel {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
  box: Box;
}

export interface LegendItem {
  kind: 'series' | 'target' | 'projection' | 'window';
  text: string;
  x: number;
  /** Baseline of the text. */
  y: number;
}

export interface OverTimeLayout {
  width: number;
  height: number;
  plot: Box;
  window: { x0: number; x1: number };
  yTicks: { value: number; y: number; label: AxisLabel }[];
  xLabels: AxisLabel[];
  /** Tick marks under the axis at the window's start and end. */
  windowTicks: number[];
  points: { x: number; y: number }[];
  path: string;
  targetY: number | null;
  projection: { x1: number; y1: number; x2: number; y2: number; value: number } | null;
  labels: PlacedLabel[];
  legend: LegendItem[];
  /** Every line a label must stay off, for tests and the placement. */
  segments: Segment[];
}

/** Places everything; pure and deterministic (same input, same numbers). */
export function overTimeLayout(input: OverTimeInput, width = W): OverTimeLayout {
  const { points, target, window } = input;
  const startDate = points[0] && points[0].date < window.start ? points[0].date : window.start;
  const lastDate = points.at(-1)?.date ?? window.end;
  const endDate = window.end > lastDate ? window.end : lastDate;
  const projected = window.end > lastDate ? projection(points, window.end) : null;
  const top = Math.max(target ?? 0, projected ?? 0, ...points.map((p) => p.value), 1);
  const y = scaleLinear().domain([0, top]).nice(4).range([PLOT_TOP + PLOT_HEIGHT, PLOT_TOP]);
  const ticks = y.ticks(4);
  // The left margin fits the widest tick label, measured.
  const left = Math.ceil(Math.max(...ticks.map((v) => textWidth(formatNumber(v), FS))) + 10);
  const plot: Box = { x: left, y: PLOT_TOP, width: width - RIGHT - left, height: PLOT_HEIGHT };
  const bottom = plot.y + plot.height;
  const x = scaleUtc().domain([time(startDate), time(endDate)]).range([plot.x, plot.x + plot.width]);
  const X = (iso: string) => r1(x(time(iso)));
  const Y = (v: number) => r1(y(v));

  const yTicks = ticks.map((value) => {
    const ty = Y(value);
    const baseline = r1(ty + 5);
    return { value, y: ty, label: { text: formatNumber(value), x: plot.x - 6, y: baseline, anchor: 'end' as const, bold: false, box: textBox(formatNumber(value), plot.x - 6, baseline, FS, 'end') } };
  });

  // Time axis: the window's ends first (they say when the campaign runs), then the last and first
  // figure dates, then the others; a label that would touch one already placed is left out.
  const xBaseline = bottom + 26;
  const wanted: { date: string; bold: boolean }[] = [
    { date: window.start, bold: true },
    { date: window.end, bold: true },
    ...(points.length > 0 ? [{ date: points.at(-1)!.date, bold: false }, { date: points[0]!.date, bold: false }] : []),
    ...points.slice(1, -1).map((p) => ({ date: p.date, bold: false })),
  ];
  const xLabels: AxisLabel[] = [];
  const axisBoxes = yTicks.map((tk) => tk.label.box);
  for (const w of wanted) {
    if (xLabels.some((l) => l.text === dayMonth(w.date))) continue;
    const text = dayMonth(w.date);
    const cx = X(w.date);
    const half = textWidth(text, FS, w.bold ? 700 : 400) / 2;
    const lx = Math.min(width - 2 - half, Math.max(half + 2, cx));
    const box = textBox(text, lx, xBaseline, FS, 'middle', w.bold ? 700 : 400);
    const padded = { x: box.x - 6, y: box.y, width: box.width + 12, height: box.height };
    if ([...axisBoxes, ...xLabels.map((l) => l.box)].some((b) => boxesOverlap(b, padded))) continue;
    xLabels.push({ text, x: r1(lx), y: xBaseline, anchor: 'middle', bold: w.bold, box });
  }

  const pts = points.map((p) => ({ x: X(p.date), y: Y(p.value) }));
  const path = line<{ x: number; y: number }>().x((p) => p.x).y((p) => p.y)(pts) ?? '';
  const targetY = target === null ? null : Y(target);
  const last = pts.at(-1);
  const proj = last && projected !== null ? { x1: last.x, y1: last.y, x2: X(window.end), y2: Y(projected), value: projected } : null;
  const wx0 = X(window.start);
  const wx1 = X(window.end);

  const segments: Segment[] = [...polylineSegments(pts.map((p) => [p.x, p.y] as const))];
  if (targetY !== null) segments.push([plot.x, targetY, plot.x + plot.width, targetY]);
  if (proj) segments.push([proj.x1, proj.y1, proj.x2, proj.y2]);
  // The window's edges are drawn lines too (light grid lines are not: labels may cross those).
  for (const wx of [wx0, wx1]) segments.push([wx, plot.y, wx, bottom + 8]);
  const pointBoxes = pts.map((p) => ({ x: p.x - 4, y: p.y - 4, width: 8, height: 8 }));

  const requests: LabelRequest[] = [];
  if (last) {
    const { x: px, y: py } = last;
    requests.push({ id: 'reached', text: t.reached(points.at(-1)!.value), size: FS, weight: 700, candidates: [
      { x: px - 8, y: py - 8, anchor: 'end' }, { x: px - 8, y: py + 18, anchor: 'end' }, { x: px, y: py - 10, anchor: 'middle' },
      { x: px + 8, y: py - 8, anchor: 'start' }, { x: px + 8, y: py + 18, anchor: 'start' }, { x: px, y: py + 22, anchor: 'middle' },
      { x: px - 8, y: py - 26, anchor: 'end' }, { x: px - 8, y: py + 36, anchor: 'end' },
    ] });
  }
  if (targetY !== null) {
    const r = plot.x + plot.width - 6;
    const l = plot.x + 6;
    requests.push({ id: 'target', text: t.target(target!), size: FS, weight: 700, candidates: [
      { x: r, y: targetY - 6, anchor: 'end' }, { x: r, y: targetY + 18, anchor: 'end' }, { x: l, y: targetY - 6, anchor: 'start' },
      { x: l, y: targetY + 18, anchor: 'start' }, { x: (l + r) / 2, y: targetY - 6, anchor: 'middle' }, { x: (l + r) / 2, y: targetY + 18, anchor: 'middle' },
    ] });
  }
  if (proj) {
    const { x2: px, y2: py } = proj;
    requests.push({ id: 'projected', text: t.projected(proj.value), size: FS, weight: 400, candidates: [
      { x: px - 4, y: py + 20, anchor: 'end' }, { x: px - 4, y: py - 10, anchor: 'end' }, { x: px - 4, y: py + 38, anchor: 'end' },
      { x: px - 4, y: py - 28, anchor: 'end' }, { x: px - 40, y: py + 20, anchor: 'end' }, { x: px - 40, y: py - 10, anchor: 'end' },
    ] });
  }
  const placed = placeLabels(requests, { segments, boxes: pointBoxes, bounds: { x: plot.x, y: 0, width: plot.width + RIGHT, height: bottom } });
  const labels = placed.filter((p): p is PlacedLabel => p !== null);
  const dropped = new Set(requests.filter((_, i) => placed[i] === null).map((r) => r.id));

  // Legend: its own rows under the axis, items flowing left to right and wrapping by measured width.
  const items: { kind: LegendItem['kind']; text: string }[] = [
    ...(points.length > 0 ? [{ kind: 'series' as const, text: dropped.has('reached') ? t.legend.withValue(t.legend.series, points.at(-1)!.value) : t.legend.series }] : []),
    ...(target !== null ? [{ kind: 'target' as const, text: dropped.has('target') ? t.legend.withValue(t.legend.target, target) : t.legend.target }] : []),
    ...(proj ? [{ kind: 'projection' as const, text: dropped.has('projected') ? t.legend.withValue(t.legend.projection, proj.value) : t.legend.projection }] : []),
    { kind: 'window' as const, text: t.legend.window(window.start, window.end) },
  ];
  const SWATCH = 26;
  const ROW = 22;
  let lx = 4;
  let ly = xBaseline + 28;
  const legend: LegendItem[] = [];
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.text, FS);
    if (lx > 4 && lx + w > width - 4) {
      lx = 4;
      ly += ROW;
    }
    legend.push({ ...item, x: lx, y: ly });
    lx += w + 14;
  }
  return {
    width,
    height: ly + 8,
    plot,
    window: { x0: wx0, x1: wx1 },
    yTicks,
    xLabels,
    windowTicks: [wx0, wx1],
    points: pts,
    path,
    targetY,
    projection: proj,
    labels,
    legend,
    segments,
  };
}

function swatch(item: LegendItem): string {
  const y = item.y - 5;
  const x2 = item.x + 26;
  switch (item.kind) {
    case 'series':
      return `<line x1="${item.x}" x2="${x2}" y1="${y}" y2="${y}" stroke="${COLORS.series}" stroke-width="3"/>`;
    case 'target':
      return `<line x1="${item.x}" x2="${x2}" y1="${y}" y2="${y}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="6 4"/>`;
    case 'projection':
      return `<line x1="${item.x}" x2="${x2}" y1="${y}" y2="${y}" stroke="${COLORS.series}" stroke-width="2" stroke-dasharray="3 3"/>`;
    default:
      return `<rect x="${item.x}" y="${item.y - 13}" width="26" height="16" fill="${COLORS.window}" stroke="${COLORS.windowEdge}"/>`;
  }
}

export function overTimeSvg(id: string, input: OverTimeInput, title: string, desc: string): string {
  const L = overTimeLayout(input);
  const bottom = L.plot.y + L.plot.height;
  const parts: string[] = [];
  parts.push(`<rect class="window" x="${L.window.x0}" y="${L.plot.y}" width="${r1(L.window.x1 - L.window.x0)}" height="${L.plot.height}" fill="${COLORS.window}"/>`);
  // Colours shared by a run of elements sit once on a group around them, not on each element: a
  // unit page carries one such chart per indicator, on tens of thousands of unit pages.
  parts.push(`<g stroke="${COLORS.grid}">${L.yTicks.map((tk) => `<line class="grid" x1="${L.plot.x}" x2="${L.plot.x + L.plot.width}" y1="${tk.y}" y2="${tk.y}"/>`).join('')}</g>`);
  const yLabels = L.yTicks.map((tk) => `<text class="axis" x="${tk.label.x}" y="${tk.label.y}" text-anchor="end">${esc(tk.label.text)}</text>`);
  const xLabels = L.xLabels.map((l) => `<text class="axis" x="${l.x}" y="${l.y}" text-anchor="middle"${l.bold ? ' font-weight="700"' : ''}>${esc(l.text)}</text>`);
  for (const wx of L.windowTicks) parts.push(`<line class="window-edge" x1="${wx}" x2="${wx}" y1="${L.plot.y}" y2="${bottom + 8}" stroke="${COLORS.windowEdge}" stroke-width="1.5"/>`);
  parts.push(`<g fill="${COLORS.text}">${yLabels.join('')}${xLabels.join('')}</g>`);
  if (L.targetY !== null) parts.push(`<line class="target" x1="${L.plot.x}" x2="${L.plot.x + L.plot.width}" y1="${L.targetY}" y2="${L.targetY}" stroke="${COLORS.target}" stroke-width="2" stroke-dasharray="6 4"/>`);
  if (L.projection) parts.push(`<line class="projection" x1="${L.projection.x1}" y1="${L.projection.y1}" x2="${L.projection.x2}" y2="${L.projection.y2}" stroke="${COLORS.series}" stroke-width="2" stroke-dasharray="3 3"/>`);
  parts.push(`<path class="series" d="${L.path}" fill="none" stroke="${COLORS.series}" stroke-width="3"/>`);
  parts.push(`<g fill="${COLORS.series}">${L.points.map((p) => `<circle class="point" cx="${p.x}" cy="${p.y}" r="3.5"/>`).join('')}</g>`);
  for (const l of L.labels) {
    const color = l.id === 'target' ? COLORS.target : COLORS.series;
    parts.push(`<text class="label" data-label="${l.id}" x="${r1(l.x)}" y="${r1(l.y)}" text-anchor="${l.anchor}"${l.weight === 700 ? ' font-weight="700"' : ''} fill="${color}">${esc(l.text)}</text>`);
  }
  for (const item of L.legend) parts.push(`<g class="legend-item">${swatch(item)}<text x="${item.x + 32}" y="${item.y}" fill="${COLORS.text}">${esc(item.text)}</text></g>`);
  return svgDocument(id, L.width, L.height, title, desc, parts.join(''));
}
