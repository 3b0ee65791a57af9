// Chart 2: progress over time against the target line, the campaign window shaded, and a
// dashed projection to the end of the period at the average pace so far.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { formatDate } from '../format/vi-format.ts';
import { esc, fmtInt, r1, svgDocument } from './svg.ts';

export interface OverTimeInput {
  /** Cumulative values (attained since the baseline, or totals) by date, oldest first. */
  points: { date: string; value: number }[];
  target: number | null;
  window: { start: string; end: string };
  /** Value reached by the end of the window if the average daily pace so far continues. */
}

export const W = 400;
export const H = 300;
const M = { top: 16, right: 12, bottom: 80, left: 56 };
const time = (iso: string) => new Date(`${iso}T00:00:00Z`);

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

export function overTimeLayout(input: OverTimeInput) {
  const start = input.points[0]?.date ?? input.window.start;
  const end = input.window.end > (input.points.at(-1)?.date ?? '') ? input.window.end : input.points.at(-1)!.date;
  const projected = projection(input.points, input.window.end);
  const top = Math.max(input.target ?? 0, projected ?? 0, ...input.points.map((p) => p.value), 1);
  const x = scaleUtc().domain([time(start), time(end)]).range([M.left, W - M.right]);
  const y = scaleLinear().domain([0, top]).nice(4).range([H - M.bottom, M.top]);
  const path = line<{ date: string; value: number }>()
    .x((p) => r1(x(time(p.date))))
    .y((p) => r1(y(p.value)))(input.points) ?? '';
  return { x, y, path, projected, start, end };
}

export function overTimeSvg(id: string, input: OverTimeInput, title: string, desc: string): string {
  const { x, y, path, projected } = overTimeLayout(input);
  const wx0 = r1(x(time(input.window.start)));
  const wx1 = r1(x(time(input.window.end)));
  const parts: string[] = [];
  parts.push(`<rect class="window" x="${wx0}" y="${M.top}" width="${r1(wx1 - wx0)}" height="${H - M.top - M.bottom}" fill="#fff4d6"/>`);
  parts.push(`<text x="${wx0 + 4}" y="${M.top + 12}" font-size="15" fill="#5c4400">Thời gian chiến dịch</text>`);
  for (const t of y.ticks(4)) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${r1(y(t))}" y2="${r1(y(t))}" stroke="#dddddd"/><text x="${M.left - 6}" y="${r1(y(t)) + 4}" text-anchor="end" font-size="15" fill="#333333">${fmtInt(t)}</text>`);
  }
  const ticks = input.points.length <= 6 ? input.points.map((p) => p.date) : [input.points[0]!.date, input.points.at(-1)!.date];
  for (const d of ticks) {
    const tx = r1(x(time(d)));
    parts.push(`<text x="${tx}" y="${H - M.bottom + 20}" text-anchor="middle" font-size="15" fill="#333333">${esc(formatDate(d).replace(/\/\d{4}$/, ''))}</text>`);
  }
  if (input.target !== null) {
    const ty = r1(y(input.target));
    parts.push(`<line class="target" x1="${M.left}" x2="${W - M.right}" y1="${ty}" y2="${ty}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="6 4"/><text x="${W - M.right}" y="${ty - 5}" text-anchor="end" font-size="15" font-weight="700" fill="#1a1a1a">Chỉ tiêu ${esc(fmtInt(input.target))}</text>`);
  }
  const last = input.points.at(-1);
  if (last && projected !== null && input.window.end > last.date) {
    parts.push(`<line class="projection" x1="${r1(x(time(last.date)))}" y1="${r1(y(last.value))}" x2="${wx1}" y2="${r1(y(projected))}" stroke="#1f5fa8" stroke-width="2" stroke-dasharray="3 3"/><text x="${wx1 - 2}" y="${r1(y(projected)) + 16}" text-anchor="end" font-size="15" fill="#1f5fa8">dự báo ${esc(fmtInt(projected))}</text>`);
  }
  parts.push(`<path class="series" d="${path}" fill="none" stroke="#1f5fa8" stroke-width="3"/>`);
  for (const p of input.points) parts.push(`<circle class="point" cx="${r1(x(time(p.date)))}" cy="${r1(y(p.value))}" r="3.5" fill="#1f5fa8"/>`);
  if (last) parts.push(`<text x="${r1(x(time(last.date))) - 8}" y="${r1(y(last.value)) + 4}" text-anchor="end" font-size="15" font-weight="700" fill="#1f5fa8">${esc(`Đạt ${fmtInt(last.value)}`)}</text>`);
  const legend = ['Đường liền xanh: số người đã đạt', 'Gạch đứt đen: chỉ tiêu', 'Gạch chấm xanh: dự báo nếu giữ nhịp này'];
  legend.forEach((text, i) => parts.push(`<text x="8" y="${H - 40 + i * 18}" font-size="15" fill="#333333">${text}</text>`));
  return svgDocument(id, W, H, title, desc, parts.join(''));
}
