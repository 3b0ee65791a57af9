// Measuring text with satori's own layout, cheaply. Three things make it cheap without making it
// approximate:
// - one satori call answers every question asked in the same turn (fitText runs the slots of a
//   card side by side, so a card's slots are measured together);
// - answers are remembered by (text, weight, size, width, line height), so the agency, hotline
//   and other texts shared by every card of a format are measured once per process;
// - fitText first asks for an estimate: each word's width at 100 px (remembered per word and
//   weight, since Vietnamese reuses a few thousand syllables) scaled to every candidate size,
//   broken into lines greedily. The estimate only chooses which sizes to measure; the size is
//   still decided by satori's real layout of that text in that box (see fitText).
// Layout only: glyphs are not turned into paths (embedFont: false), which changes nothing in the
// geometry and is most of satori's cost.
import satori, { type Font } from 'satori';
import { FONT_FAMILY, textStyle, type Node } from './card-tree.ts';
import type { Measure, TextMeasure, TextSlot } from './fit-text.ts';

type Weight = TextSlot['weight'];
const REFERENCE = 100;
const CACHE_LIMIT = 100_000;

/** Words of a text as satori breaks it: at white space and at zero-width spaces. */
export function wordsOf(text: string): string[] {
  return text.split(/[\s\u200B]+/).filter(Boolean);
}

interface Block {
  slot: TextSlot;
  size: number;
  /** Words measured alone at this size: those that can be the widest. */
  words: string[];
  resolve: (m: TextMeasure) => void;
  reject: (e: unknown) => void;
}

interface WidthRequest {
  weight: Weight;
  text: string;
  resolve: (width: number) => void;
  reject: (e: unknown) => void;
}

/** A cache that forgets everything when full: simple, and a build never comes close. */
class Memo<V> {
  private readonly map = new Map<string, V>();
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= CACHE_LIMIT) this.map.clear();
    this.map.set(key, value);
  }
}

export interface SatoriMeasure extends Measure {
  estimate: NonNullable<Measure['estimate']>;
  /** Natural one-line widths at `size` (default 100 px), remembered per text and weight. */
  naturalWidths(texts: readonly string[], weight: Weight, size?: number): Promise<number[]>;
  /** How many satori layouts were run (for the bench and tests). */
  readonly layouts: number;
}

/**
 * A satori-backed Measure for one font set (keep one per process: its memory is the point).
 * Each answer is what satori lays out for the text in a block of the slot's width at that size:
 * the block's height, and the width of the widest word set alone.
 */
export function createSatoriMeasure(fonts: Font[]): SatoriMeasure {
  const measured = new Memo<Promise<TextMeasure>>();
  const widths = new Memo<Promise<number>>();
  let blocks: Block[] = [];
  let widthRequests: WidthRequest[] = [];
  let scheduled = false;
  let layouts = 0;

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // After every pending microtask: all slots of a card have asked by then.
    setImmediate(() => {
      scheduled = false;
      const batch = blocks;
      const wanted = widthRequests;
      blocks = [];
      widthRequests = [];
      flush(batch, wanted).catch((error: unknown) => {
        for (const r of [...batch, ...wanted]) r.reject(error);
      });
    });
  };

  async function flush(batch: Block[], wanted: WidthRequest[]): Promise<void> {
    const found = new Map<string, { width: number; height: number }>();
    const children: Node[] = [];
    let width = 1;
    batch.forEach((b, i) => {
      const style = textStyle(b.slot, b.size, '#000');
      width = Math.max(width, b.slot.width);
      children.push({ type: 'div', key: `b${i}`, props: { style, children: b.slot.text } });
      b.words.forEach((word, j) => children.push({ type: 'div', key: `b${i}w${j}`, props: { style: { ...style, width: 'auto', whiteSpace: 'nowrap' }, children: word } }));
    });
    wanted.forEach((w, i) => {
      const style = { display: 'flex', fontFamily: FONT_FAMILY, fontSize: REFERENCE, fontWeight: w.weight, whiteSpace: 'nowrap' };
      children.push({ type: 'div', key: `t${i}`, props: { style, children: w.text } });
    });
    // Wide enough that nothing measured alone ever wraps; the height does not matter to layout.
    const canvas = Math.max(width, 100_000);
    const tree: Node = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width: canvas }, children } };
    layouts++;
    await satori(tree as never, {
      width: canvas,
      height: 100,
      fonts,
      embedFont: false,
      onNodeDetected: (n) => {
        if (n.key !== undefined && n.key !== null) found.set(String(n.key), n);
      },
    });
    batch.forEach((b, i) => {
      const widest = Math.max(0, ...b.words.map((_, j) => found.get(`b${i}w${j}`)?.width ?? Infinity));
      b.resolve({ height: found.get(`b${i}`)?.height ?? Infinity, widestWord: widest });
    });
    wanted.forEach((w, i) => w.resolve(found.get(`t${i}`)?.width ?? Infinity));
  }

  function naturalWidths(texts: readonly string[], weight: Weight, size = REFERENCE): Promise<number[]> {
    return Promise.all(
      texts.map(async (text) => {
        const key = `${weight}|${text}`;
        let width = widths.get(key);
        if (!width) {
          width = new Promise<number>((resolve, reject) => widthRequests.push({ weight, text, resolve, reject }));
          widths.set(key, width);
          schedule();
        }
        return ((await width) * size) / REFERENCE;
      }),
    );
  }

  /** The words that can be the widest at any size: widths scale with the size, up to rounding. */
  async function widestCandidates(slot: TextSlot): Promise<string[]> {
    const words = [...new Set(wordsOf(slot.text))];
    if (words.length <= 3) return words;
    const at100 = await naturalWidths(words, slot.weight);
    const max = Math.max(...at100);
    return words.filter((_, i) => at100[i]! >= max * 0.97 - 2);
  }

  const measure = ((slot: TextSlot, size: number): Promise<TextMeasure> => {
    const key = `${slot.weight}|${slot.lineHeight}|${slot.width}|${size}|${slot.text}`;
    let answer = measured.get(key);
    if (!answer) {
      answer = widestCandidates(slot).then(
        (words) =>
          new Promise<TextMeasure>((resolve, reject) => {
            blocks.push({ slot, size, words, resolve, reject });
            schedule();
          }),
      );
      measured.set(key, answer);
    }
    return answer;
  }) as SatoriMeasure;

  /**
   * Index of the largest candidate that the scaled word widths say will fit: words placed
   * greedily on lines (a space between words, nothing at a zero-width space), lines of
   * size × line height. fitText measures this size and its neighbour to confirm.
   */
  measure.estimate = async (slot, sizes) => {
    // split() with a capture group: words at even indices, the separators between them at odd.
    const parts = slot.text.split(/([\s\u200B]+)/);
    const words: string[] = [];
    const spaced: boolean[] = [];
    let space = false;
    parts.forEach((part, i) => {
      if (i % 2 === 1) space ||= /\s/.test(part);
      else if (part) {
        spaced.push(words.length > 0 && space);
        words.push(part);
        space = false;
      }
    });
    const [xx, x, ...at100] = await naturalWidths(['x x', 'x', ...words], slot.weight);
    const spaceAt100 = xx! - 2 * x!;
    const widest = Math.max(0, ...at100);
    for (let k = 0; k < sizes.length; k++) {
      const scale = sizes[k]! / REFERENCE;
      const lineWidth = slot.width / scale;
      let lines = 1;
      let line = 0;
      at100.forEach((word, i) => {
        const next = line === 0 ? word : line + (spaced[i] ? spaceAt100 : 0) + word;
        if (next > lineWidth && line > 0) {
          lines++;
          line = word;
        } else line = next;
      });
      if (lines * sizes[k]! * slot.lineHeight <= slot.height && widest * scale <= slot.width) return k;
    }
    return sizes.length - 1;
  };
  measure.naturalWidths = naturalWidths;
  Object.defineProperty(measure, 'layouts', { get: () => layouts });
  return measure;
}
