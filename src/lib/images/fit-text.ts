// Text that fits itself: the largest font size, stepping down from the slot's largest to its
// smallest legible size, at which the text's lines fit the box and no single word is wider than
// the box. Measuring is injected (satori's own layout in the renderer, see satori-measure.ts), so
// this stays pure and testable with a fake measure.

export interface TextMeasure {
  /** Height of the laid-out text block, in pixels. */
  height: number;
  /** Width of the widest single word (a word never breaks, so it must fit the box alone). */
  widestWord: number;
}

export interface TextSlot {
  /** Which part of the image, for error messages: "tiêu đề", "dòng phụ"… */
  label: string;
  text: string;
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  weight: 400 | 700 | 800;
  lineHeight: number;
}

export type Measure = ((slot: TextSlot, size: number) => Promise<TextMeasure>) & {
  /**
   * Optional guess at the index (in `sizes`) of the largest size that fits, from cheaper
   * metrics. Only a guess: fitText measures that size and the next larger one to confirm.
   */
  estimate?: (slot: TextSlot, sizes: readonly number[]) => Promise<number>;
};

export class TextFitError extends Error {
  readonly slot: TextSlot;
  readonly measured: TextMeasure;
  constructor(slot: TextSlot, measured: TextMeasure) {
    // Say which way it overflows: too many lines, or one word (a long link) too wide to break.
    const reasons = [
      measured.height > slot.height ? `cần cao ${Math.ceil(measured.height)} px, khung chỉ cao ${Math.floor(slot.height)} px` : '',
      measured.widestWord > slot.width ? `có từ không ngắt được rộng ${Math.ceil(measured.widestWord)} px, khung chỉ rộng ${Math.floor(slot.width)} px` : '',
    ].filter(Boolean);
    super(`${slot.label} quá dài: ở cỡ chữ nhỏ nhất còn đọc được (${slot.minSize} px) vẫn ${reasons.join('; ')}. Hãy rút gọn chữ: "${shown(slot.text)}"`);
    this.name = 'TextFitError';
    this.slot = slot;
    this.measured = measured;
  }
}

function shown(text: string): string {
  const plain = text.replace(/\u200B/g, '');
  return plain.length > 80 ? `${plain.slice(0, 80)}…` : plain;
}

/** The sizes tried, largest first: each about 8 % smaller than the one before, ending at minSize. */
export function candidateSizes(maxSize: number, minSize: number): number[] {
  const sizes: number[] = [];
  for (let size = Math.floor(maxSize); size > minSize; size = Math.min(size - 1, Math.floor(size * 0.92))) sizes.push(size);
  sizes.push(Math.round(minSize));
  return sizes;
}

export function fits(slot: TextSlot, m: TextMeasure): boolean {
  return m.height <= slot.height && m.widestWord <= slot.width;
}

/**
 * The largest candidate size at which the text fits. Smaller type never needs more room, so a
 * binary search over the candidates finds it in a few measurements. With an estimate, the
 * guessed size and the next larger one are measured first (at the same time): when the guess
 * fits and the larger size does not, that is the answer in one round; otherwise the search
 * continues on the side the measurements point to. Either way the size returned was measured
 * to fit and the next larger candidate was measured not to. Throws TextFitError when even the
 * smallest size overflows: the caller names the content file and the format.
 */
export async function fitText(slot: TextSlot, measure: Measure): Promise<number> {
  const sizes = candidateSizes(slot.maxSize, slot.minSize);
  const last = sizes.length - 1;
  // Invariant of the search below: sizes[hi] fits; sizes[lo - 1] (if any) does not.
  let lo = 0;
  let hi = last;
  if (measure.estimate) {
    const guess = Math.min(last, Math.max(0, Math.round(await measure.estimate(slot, sizes))));
    const [atGuess, above] = await Promise.all([measure(slot, sizes[guess]!), guess > 0 ? measure(slot, sizes[guess - 1]!) : null]);
    if (fits(slot, atGuess)) {
      if (!above || !fits(slot, above)) return sizes[guess]!;
      hi = guess - 1;
    } else if (guess === last) throw new TextFitError(slot, atGuess);
    else lo = guess + 1;
  }
  if (hi === last) {
    const atSmallest = await measure(slot, sizes[last]!);
    if (!fits(slot, atSmallest)) throw new TextFitError(slot, atSmallest);
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(slot, await measure(slot, sizes[mid]!))) hi = mid;
    else lo = mid + 1;
  }
  return sizes[hi]!;
}
