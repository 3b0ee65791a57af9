// Chart 6: a multi-year plan in percentages (indicators[].kind "percent", e.g. Kiên Giang
// 2021–2025): one bar per year up to the year's target on a 0–100 % scale (a range such as
// "35–50 %" drawn as its lower end plus a lighter extension), the result as a narrower dark bar
// where one is reported, and every number written above its bar. Labels that would touch are left
// out (measured with the served font); the table beside the chart lists every year in full.
import { scaleBand, scaleLinear } from 'd3-scale';
import { pct, pctRange, viProgress } from '../../i18n/vi-progress.ts';
import type { RateSeries } from '../data/rates.ts';
import { placeLabels, type LabelRequest } from './label-placement.ts';
import { esc, r1, svgDocument } from './svg.ts';
import { textWidth } from './text-width.ts';

const W = 400;
const FS = 15;
const TOP = 28;
const PLOT = 170;
const RIGHT = 8;
const COLORS = { target: '#c9dcf2', targetEdge: '#1f5fa8', range: '#e6eef8', result: '#1b6e3a', text: '#333333', grid: '#dddddd' };

export interface RateBar {
  year: number;
  x: number;
  width: number;
  /** Top of the target bar (lower end of a range) and of the range's extension; null without a target. */
  targetY: number | null;
  rangeY: number | null;
  resultY: number | null;
}

export function ratesLayout(series: RateSeries) {
  const ticks = [0, 25, 50, 75, 100];
  const left = Math.ceil(Math.max(...ticks.map((t) => textWidth(pct(t, 0), FS))) + 10);
  const bottom = TOP + PLOT;
  const y = scaleLinear().domain([0, 100]).range([bottom, TOP]);
  const x = scaleBand<number>().domain(series.years.map((row) => row.year)).range([left, W - RIGHT]).paddingInner(0.3).paddingOuter(0.15);
  const bars: RateBar[] = series.years.map((row) => ({
    year: row.year,
    x: r1(x(row.year)!),
    width: r1(x.bandwidth()),
    targetY: row.target === null ? null : r1(y(row.target.min)),
    rangeY: row.target?.max === null || row.target === null ? null : r1(y(row.target.max)),
    resultY: row.result === null ? null : r1(y(row.result.value)),
  }));
  // The number above each bar: the target (or range), and the result when there is one.
  const requests: LabelRequest[] = series.years.map((row, i) => {
    const bar = bars[i]!;
    const topY = Math.min(bar.rangeY ?? Infinity, bar.targetY ?? Infinity, bar.resultY ?? Infinity);
    const text = row.target === null ? viProgress.unknown : pctRange(row.target.min, row.target.max);
    const cx = bar.x + bar.width / 2;
    return { id: `y${row.year}`, text, size: FS, weight: 700, candidates: [{ x: cx, y: (Number.isFinite(topY) ? topY : bottom) - 6, anchor: 'middle' }] };
  });
  const placed = placeLabels(requests, { segments: [], boxes: [], bounds: { x: 0, y: 0, width: W, height: bottom } });
  const yearLabels = series.years.map((row, i) => ({ text: String(row.year), x: r1(bars[i]!.x + bars[i]!.width / 2), y: bottom + 22 }));
  return { left, bottom, ticks: ticks.map((t) => ({ value: t, y: r1(y(t)) })), bars, labels: placed.filter((p) => p !== null), yearLabels, height: bottom + 62 };
}

export function ratesSvg(id: string, series: RateSeries, title: string, desc: string): string {
  const L = ratesLayout(series);
  const parts: string[] = [];
  for (const t of L.ticks) {
    parts.push(`<line class="grid" x1="${L.left}" x2="${W - RIGHT}" y1="${t.y}" y2="${t.y}" stroke="${COLORS.grid}"/>`);
    parts.push(`<text class="axis" x="${L.left - 6}" y="${r1(t.y + 5)}" text-anchor="end" fill="${COLORS.text}">${esc(pct(t.value, 0))}</text>`);
  }
  for (const b of L.bars) {
    if (b.rangeY !== null && b.targetY !== null) parts.push(`<rect class="range" x="${b.x}" y="${b.rangeY}" width="${b.width}" height="${r1(b.targetY - b.rangeY)}" fill="${COLORS.range}" stroke="${COLORS.targetEdge}" stroke-dasharray="3 2"/>`);
    if (b.targetY !== null) parts.push(`<rect class="goal" data-year="${b.year}" x="${b.x}" y="${b.targetY}" width="${b.width}" height="${r1(L.bottom - b.targetY)}" fill="${COLORS.target}" stroke="${COLORS.targetEdge}"/>`);
    if (b.resultY !== null) parts.push(`<rect class="result" data-year="${b.year}" x="${r1(b.x + b.width * 0.3)}" y="${b.resultY}" width="${r1(b.width * 0.4)}" height="${r1(L.bottom - b.resultY)}" fill="${COLORS.result}"/>`);
  }
  for (const l of L.labels) parts.push(`<text class="label" x="${r1(l.x)}" y="${r1(l.y)}" text-anchor="middle" font-weight="700" fill="#1a1a1a">${esc(l.text)}</text>`);
  for (const l of L.yearLabels) parts.push(`<text class="axis" x="${l.x}" y="${l.y}" text-anchor="middle" fill="${COLORS.text}">${esc(l.text)}</text>`);
  const r = viProgress.charts.rates;
  const hasResult = series.years.some((row) => row.result !== null);
  const ly = L.bottom + 50;
  parts.push(`<g class="legend-item"><rect x="4" y="${ly - 13}" width="26" height="16" fill="${COLORS.target}" stroke="${COLORS.targetEdge}"/><text x="36" y="${ly}" fill="${COLORS.text}">${esc(r.legendTarget)}</text></g>`);
  const second = hasResult ? r.legendResult : `${r.legendResult}: ${viProgress.noData}`;
  const sx = 36 + textWidth(r.legendTarget, FS) + 18;
  parts.push(`<g class="legend-item"><rect x="${r1(sx)}" y="${ly - 13}" width="12" height="16" fill="${hasResult ? COLORS.result : '#ffffff'}" stroke="${COLORS.result}"/><text x="${r1(sx + 18)}" y="${ly}" fill="${COLORS.text}">${esc(second)}</text></g>`);
  return svgDocument(id, W, L.height, title, desc, parts.join(''));
}
