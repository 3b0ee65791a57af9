// Text measured with the metrics of the font the pages serve (font-metrics.ts, generated from the
// Be Vietnam Pro files by `npm run charts:metrics`), so a chart drawn at build time knows how much
// room each label takes in the browser. Widths are sums of advances without kerning: the font's
// kerning only ever tightens, so the width here is never smaller than the drawn one. Bold chart
// text is drawn by the browser from the regular face (fonts.css serves one weight), with the same
// advances, plus a little for the thickened strokes (BOLD_EXTRA).
import { FONT_METRICS } from './font-metrics.ts';
import { emMeasurer } from '../images/image-text-width.ts';

const web = emMeasurer(FONT_METRICS);
/** Synthetic bold widens each glyph's ink by about 1/20 em on the right edge. */
const BOLD_EXTRA = 0.05;

/** Width in pixels of `text` set in one line at `size` px on a page (the served web font). */
export function textWidth(text: string, size: number, weight: 400 | 700 = 400): number {
  return web(text) * size + (weight === 700 && text.length > 0 ? BOLD_EXTRA * size : 0);
}

/** Height above the baseline and depth below it of a line of text at `size` px (room for Vietnamese stacked marks). */
export function textExtent(size: number): { ascent: number; descent: number } {
  return { ascent: (FONT_METRICS.ascent / FONT_METRICS.unitsPerEm) * size, descent: (FONT_METRICS.descent / FONT_METRICS.unitsPerEm) * size };
}

/** A label's box, in the chart's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box of a one-line SVG <text> at (x, baseline) with the given text-anchor. */
export function textBox(text: string, x: number, baseline: number, size: number, anchor: 'start' | 'middle' | 'end' = 'start', weight: 400 | 700 = 400): Box {
  const width = textWidth(text, size, weight);
  const { ascent, descent } = textExtent(size);
  const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x: left, y: baseline - ascent, width, height: ascent + descent };
}

/**
 * Splits `text` into lines no wider than `maxWidth` at `size`, breaking between words; a single
 * word wider than the line is cut with "…" so nothing runs past the chart.
 */
export function wrapText(text: string, maxWidth: number, size: number, weight: 400 | 700 = 400, maxLines = 2): string[] {
  // Ordinary spaces only: a no-break space keeps "3 %" and "52.139 người" together.
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, size, weight) <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
  return kept.map((l) => ellipsize(l, maxWidth, size, weight));
}

/** The text, or its longest start that fits `maxWidth` followed by "…". */
export function ellipsize(text: string, maxWidth: number, size: number, weight: 400 | 700 = 400): string {
  if (textWidth(text, size, weight) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}…`, size, weight) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/** True when two boxes overlap by more than `slack` px in both directions. */
export function boxesOverlap(a: Box, b: Box, slack = 0): boolean {
  return a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack;
}

/** True when the segment from (x1, y1) to (x2, y2) passes through the box (grown by `pad`). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, box: Box, pad = 0): boolean {
  const left = box.x - pad;
  const right = box.x + box.width + pad;
  const top = box.y - pad;
  const bottom = box.y + box.height + pad;
  // Liang–Barsky clipping: does any part of the segment lie inside the rectangle?
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [[-dx, x1 - left], [dx, right - x1], [-dy, y1 - top], [dy, bottom - y1]];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t0 <= t1;
}
