// Text size measured on a rendered image: the ink height of a text's first glyph (a capital or a
// digit), which for Be Vietnam Pro is its cap height × the font size actually drawn. Used to prove
// the smallest text of a share image from its pixels, not from the size the layout asked for.
import type { Node } from '../../src/lib/images/card-tree.ts';

export interface DrawnText {
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  fontWeight: 400 | 700 | 800;
}

/** Every absolutely placed text of a satori element tree (the progress images place each text so). */
export function drawnTexts(tree: Node): DrawnText[] {
  const out: DrawnText[] = [];
  const walk = (node: Node | string | undefined) => {
    if (!node || typeof node === 'string') return;
    const { style, children } = node.props as { style?: Record<string, number | string>; children?: unknown };
    if (typeof children === 'string' && style?.fontSize !== undefined) {
      out.push({ text: children, left: Number(style.left), top: Number(style.top), width: Number(style.width), height: Number(style.height), fontSize: Number(style.fontSize), lineHeight: Number(style.lineHeight ?? 1.2), fontWeight: Number(style.fontWeight ?? 400) as 400 | 700 | 800 });
    }
    if (Array.isArray(children)) for (const child of children) walk(child as Node);
  };
  walk(tree);
  return out;
}

/**
 * The height in pixels of the ink in columns [x0, x1) of the text's first line: the first glyph,
 * when x1 is where its advance ends. Ink is any pixel far from the box's most common colour.
 */
export function inkHeight(data: Buffer, width: number, t: DrawnText, x0: number, x1: number): number {
  const top = Math.max(0, Math.floor(t.top));
  const bottom = Math.floor(t.top + t.fontSize * t.lineHeight);
  const counts = new Map<number, number>();
  const at = (x: number, y: number) => (y * width + x) * 4;
  for (let y = top; y < bottom; y++) for (let x = Math.floor(t.left); x < Math.floor(t.left + t.width); x += 3) {
    const p = at(x, y);
    const key = (data[p]! << 16) | (data[p + 1]! << 8) | data[p + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bg = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const [r, g, b] = [(bg >> 16) & 255, (bg >> 8) & 255, bg & 255];
  let first = -1;
  let last = -1;
  for (let y = top; y < bottom; y++) {
    for (let x = Math.floor(x0); x < Math.ceil(x1); x++) {
      const p = at(x, y);
      if (Math.abs(data[p]! - r) + Math.abs(data[p + 1]! - g) + Math.abs(data[p + 2]! - b) > 180) {
        if (first < 0) first = y;
        last = y;
        break;
      }
    }
  }
  return first < 0 ? 0 : last - first + 1;
}
