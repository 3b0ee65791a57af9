// Reads a build-time chart SVG back into geometry — every text's box (measured here from the
// served font files, not with the charts' own code), every drawn line, path and point — and lists
// what collides: texts on texts, lines or points through texts, texts outside the chart. Test-only;
// the regular expressions read the markup src/lib/charts writes.
import fs from 'node:fs';
import { create, type Font } from 'fontkitten';
import { SERVED_FONT_FILES, servedFontPath } from '../../src/integrations/font-metrics-source.ts';

const fonts = SERVED_FONT_FILES.map((f) => create(fs.readFileSync(servedFontPath(f))) as Font).reverse();
const advance = new Map<number, number>();
function unitsOf(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let w = advance.get(cp);
  if (w === undefined) {
    const font = fonts.find((f) => f.characterSet.includes(cp));
    w = font ? font.glyphForCodePoint(cp).advanceWidth : 1000;
    advance.set(cp, w);
  }
  return w;
}
const first = fonts[0]!;
/** Line box of the served font, in em: room above the baseline for stacked marks, and below it. */
export const ASCENT = first.ascent / first.unitsPerEm;
export const DESCENT = -first.descent / first.unitsPerEm;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  texts: { text: string; box: Box }[];
  segments: { kind: string; x1: number; y1: number; x2: number; y2: number }[];
  points: Box[];
}

const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function chartGeometry(svg: string): ChartGeometry {
  const root = /<svg ([^>]*)>/.exec(svg)![1]!;
  const [, , width, height] = attr(root, 'viewBox')!.split(' ').map(Number) as [number, number, number, number];
  const baseSize = Number(attr(root, 'font-size') ?? 16);
  const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, raw]) => {
    const text = unescape(raw!);
    const size = Number(attr(attrs!, 'font-size') ?? baseSize);
    const x = Number(attr(attrs!, 'x'));
    const y = Number(attr(attrs!, 'y'));
    const w = ([...text].reduce((sum, ch) => sum + unitsOf(ch), 0) / 1000) * size;
    const anchor = attr(attrs!, 'text-anchor') ?? 'start';
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    return { text, box: { x: left, y: y - ASCENT * size, width: w, height: (ASCENT + DESCENT) * size } };
  });
  const segments: ChartGeometry['segments'] = [];
  for (const [, attrs] of svg.matchAll(/<line ([^>]*)\/>/g)) {
    segments.push({ kind: attr(attrs!, 'class') ?? 'line', x1: Number(attr(attrs!, 'x1')), y1: Number(attr(attrs!, 'y1')), x2: Number(attr(attrs!, 'x2')), y2: Number(attr(attrs!, 'y2')) });
  }
  for (const [, attrs] of svg.matchAll(/<path ([^>]*)\/>/g)) {
    const pairs = [...(attr(attrs!, 'd') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    for (let i = 1; i < pairs.length; i++) segments.push({ kind: attr(attrs!, 'class') ?? 'path', x1: pairs[i - 1]![0], y1: pairs[i - 1]![1], x2: pairs[i]![0], y2: pairs[i]![1] });
  }
  const points = [...svg.matchAll(/<circle ([^>]*)\/>/g)].map(([, attrs]) => {
    const r = Number(attr(attrs!, 'r'));
    return { x: Number(attr(attrs!, 'cx')) - r, y: Number(attr(attrs!, 'cy')) - r, width: 2 * r, height: 2 * r };
  });
  return { width, height, texts, segments, points };
}

const overlap = (a: Box, b: Box, slack: number) => a.x < b.x + b.width - slack && b.x < a.x + a.width - slack && a.y < b.y + b.height - slack && b.y < a.y + a.height - slack;

/** Does the segment pass through the box shrunk by `slack` on every side? (Liang–Barsky clipping) */
function crosses(s: ChartGeometry['segments'][number], box: Box, slack: number): boolean {
  const [left, right, top, bottom] = [box.x + slack, box.x + box.width - slack, box.y + slack, box.y + box.height - slack];
  if (left >= right || top >= bottom) return false;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [[-dx, s.x1 - left], [dx, right - s.x1], [-dy, s.y1 - top], [dy, bottom - s.y1]] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return true;
}

/**
 * Every collision in a chart, in words. Light grid lines ("grid") may run behind labels; every
 * other line, path and point must stay off every text.
 */
export function collisions(svg: string, slack = 0.5): string[] {
  const g = chartGeometry(svg);
  const found: string[] = [];
  g.texts.forEach((a, i) => {
    const b = a.box;
    if (b.x < -slack || b.y < -slack || b.x + b.width > g.width + slack || b.y + b.height > g.height + slack) found.push(`"${a.text}" runs outside the chart`);
    for (const other of g.texts.slice(i + 1)) if (overlap(b, other.box, slack)) found.push(`"${a.text}" overlaps "${other.text}"`);
    for (const s of g.segments) if (s.kind !== 'grid' && crosses(s, b, slack)) found.push(`${s.kind} line crosses "${a.text}"`);
    for (const p of g.points) if (overlap(b, p, slack)) found.push(`a point sits on "${a.text}"`);
  });
  return found;
}
