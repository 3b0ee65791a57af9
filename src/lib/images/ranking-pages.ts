// How a ranking share image holds its rows so every text stays at least the smallest legible size
// (minProgressText, 3.5 % of the short side): one or two columns, as many rows per image as fit at
// that size, and a ranking with more rows spread over up to MAX_PAGES images ("1/2", "2/2"). Longer
// rankings (a province's hundred communes) get one image with the units behind schedule first,
// saying how many others are reached or on schedule. Pure: measured with the image fonts' metrics.
import type { CardProps } from './card-props.ts';
import type { ImageFormat } from './formats.ts';
import { minProgressText, progressLayout } from './progress-layout.ts';
import type { RankingRow, RankingSpec } from './progress-spec.ts';
import { imageTextWidth } from './image-text-width.ts';
import { COLUMN_GAP_U, GAP_U, ROW_PITCH } from './ranking-geometry.ts';
import { viImages } from '../../i18n/vi-images.ts';

/** More images than this for one ranking would flood a chat group: show who is behind instead. */
export const MAX_PAGES = 3;
export { COLUMN_GAP_U, GAP_U, ROW_PITCH };
/** The bar keeps at least this share of its column. */
const MIN_BAR = 0.15;

export interface ColumnFit {
  cols: 1 | 2;
  /** Widest name and label that fit a column at the smallest size (names longer than `nameWidth` are shortened). */
  nameWidth: number;
}

/** Widths at `size` of a row's name (bold) and label, with a little room for rounding. */
export function rowWidths(row: RankingRow, size: number): { name: number; label: number } {
  return { name: imageTextWidth(row.name, size, 700) * 1.03, label: imageTextWidth(row.label, size, 400) * 1.03 };
}

export function columnWidth(format: ImageFormat, inner: number, cols: number): number {
  const u = Math.min(format.width, format.height) / 100;
  return (inner - (cols - 1) * COLUMN_GAP_U * u) / cols;
}

/** Whether the rows fit `cols` columns at `size`: name + gap + bar (≥ 15 %) + gap + label. */
export function fitsColumns(rows: readonly RankingRow[], format: ImageFormat, inner: number, cols: number, size: number): boolean {
  const u = Math.min(format.width, format.height) / 100;
  const col = columnWidth(format, inner, cols);
  const name = Math.max(0, ...rows.map((r) => rowWidths(r, size).name));
  const label = Math.max(0, ...rows.map((r) => rowWidths(r, size).label));
  return name + label + 2 * GAP_U * u + MIN_BAR * col <= col;
}

/** The name shortened with "…" to `width` at `size` (only for names no column can hold). */
function shorten(name: string, width: number, size: number): string {
  if (imageTextWidth(name, size, 700) * 1.03 <= width) return name;
  const chars = [...name];
  while (chars.length > 1 && imageTextWidth(`${chars.join('').trimEnd()}…`, size, 700) * 1.03 > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** Splits a ranking into the images it needs; each spec keeps the page's rows, columns and number. */
export function rankingPages(spec: RankingSpec, format: ImageFormat, props: CardProps): RankingSpec[] {
  const min = minProgressText(format);
  const u = Math.min(format.width, format.height) / 100;
  // The layout of a first page with its "(1/9)" title: the longest header the pages can have.
  const probe = progressLayout(format, { ...props, progress: { ...spec, page: { index: 1, count: 9 } } });
  const area = probe.body;
  const perColumn = Math.max(1, Math.floor(area.height / (min * ROW_PITCH)));
  let cols: 1 | 2 = spec.rows.length > perColumn && fitsColumns(spec.rows, format, area.width, 2, min) ? 2 : 1;
  let rows = spec.rows;
  if (!fitsColumns(rows, format, area.width, cols, min)) {
    cols = 1;
    const col = columnWidth(format, area.width, 1);
    const label = Math.max(...rows.map((r) => rowWidths(r, min).label));
    const room = col - label - 2 * GAP_U * u - MIN_BAR * col;
    rows = rows.map((r) => ({ ...r, name: shorten(r.name, room, min) }));
  }
  const perPage = perColumn * cols;
  const count = Math.ceil(rows.length / perPage);
  if (count <= 1) return [{ ...spec, rows, cols }];
  if (count <= MAX_PAGES) {
    // Even pages: 17 rows on two images are 9 and 8, not 16 and 1; all drawn at one type size.
    const size = Math.ceil(rows.length / count);
    const widest = (pick: (r: RankingRow) => string, weight: 400 | 700) => rows.map(pick).reduce((a, b) => (imageTextWidth(b, 100, weight) > imageTextWidth(a, 100, weight) ? b : a));
    const sizeLike = { name: widest((r) => r.name, 700), label: widest((r) => r.label, 400), rows: size };
    return Array.from({ length: count }, (_, i) => ({ ...spec, rows: rows.slice(i * size, (i + 1) * size), cols, page: { index: i + 1, count }, sizeLike }));
  }
  return [behindFirst(spec, rows, perPage, cols, (page) => cols * Math.max(1, Math.floor(progressLayout(format, { ...props, progress: page }).body.height / (min * ROW_PITCH))))];
}

/**
 * One image of a long ranking: the rows behind schedule, lowest first, as many as fit under the
 * header, which carries the note saying how many are shown. The note can take a line more than
 * the paged header the first estimate assumed: counted against that estimate, the renderer folded
 * three rows of the ten a square image promised into "… và 3 đơn vị khác", in the middle of the
 * worst ten. `fit` is how many rows a spec's body holds at the smallest legible size.
 */
function behindFirst(spec: RankingSpec, rows: RankingRow[], perPage: number, cols: 1 | 2, fit: (page: RankingSpec) => number): RankingSpec {
  // Rows come highest share first: reversed, the lowest comes first.
  const behind = rows.filter((r) => r.status === 'cham').reverse();
  const unknown = rows.filter((r) => r.status === 'chua-ro').length;
  const onTrack = rows.length - behind.length - unknown;
  const w = viImages.progress;
  const page = (count: number): RankingSpec => ({ ...spec, rows: behind.slice(0, count), cols, note: `${w.behindFirst(count, behind.length)}; ${w.leftOut(onTrack, unknown)}` });
  // Fewer rows can only shorten the note (a number with fewer digits), so this ends within a few steps.
  let count = Math.min(perPage, behind.length);
  while (count > 1 && fit(page(count)) < count) count = Math.max(1, Math.min(count - 1, fit(page(count))));
  return page(count);
}
