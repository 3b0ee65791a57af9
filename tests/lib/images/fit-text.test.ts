import { describe, expect, test } from 'vitest';
import { candidateSizes, fitText, TextFitError, type Measure, type TextSlot } from '../../../src/lib/images/fit-text.ts';

// A fake measure with simple metrics: each character is 0.5 em wide, lines wrap at spaces.
const measure: Measure = async (slot, size) => {
  const charWidth = size * 0.5;
  const words = slot.text.split(' ');
  let lines = 1;
  let line = 0;
  for (const word of words) {
    const w = word.length * charWidth;
    const next = line === 0 ? w : line + charWidth + w;
    if (next > slot.width && line > 0) {
      lines += 1;
      line = w;
    } else line = next;
  }
  return { height: lines * size * slot.lineHeight, widestWord: Math.max(...words.map((w) => w.length * charWidth)) };
};

const slot = (text: string, over: Partial<TextSlot> = {}): TextSlot => ({ label: 'Nội dung chính', text, width: 400, height: 120, maxSize: 80, minSize: 20, weight: 800, lineHeight: 1.2, ...over });

describe('candidateSizes', () => {
  test('steps down about 8 % at a time, written out by hand: 80 → 73 → 67 … → 21 → 20', () => {
    // floor(80 × 0,92) = 73, floor(73 × 0,92) = 67, … floor(23 × 0,92) = 21, then the smallest.
    expect(candidateSizes(80, 20)).toEqual([80, 73, 67, 61, 56, 51, 46, 42, 38, 34, 31, 28, 25, 23, 21, 20]);
    // Near the bottom a step of 8 % is less than a pixel: one pixel at a time.
    expect(candidateSizes(12, 8)).toEqual([12, 11, 10, 9, 8]);
    expect(candidateSizes(20, 20)).toEqual([20]);
  });
  test('steps down from the largest to exactly the smallest, strictly decreasing', () => {
    const sizes = candidateSizes(80, 20);
    expect(sizes[0]).toBe(80);
    expect(sizes.at(-1)).toBe(20);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThan(sizes[i - 1]!);
  });
});

describe('fitText', () => {
  test('keeps the largest size when a short text fits', async () => {
    // "Loa" at 80 px: 120 px wide, one 96 px line: fits the 400 × 120 box.
    expect(await fitText(slot('Loa'), measure)).toBe(80);
  });

  test('picks the largest candidate that fits, worked out by hand', async () => {
    // 61 characters in 15 words; a character is half the size wide. At 34 px (17 px a character,
    // 23 to a 400 px line) the text takes 3 lines, 3 × 1,2 × 34 = 122,4 px > 120: too tall. At
    // 31 px (25 characters a line): "Tham gia bảo hiểm xã hội" / "tự nguyện để có lương hưu" /
    // "khi về già", 3 × 1,2 × 31 = 111,6 px: fits. 31 is the candidate after 34.
    expect(await fitText(slot('Tham gia bảo hiểm xã hội tự nguyện để có lương hưu khi về già'), measure)).toBe(31);
    // Two words of 4 at 80 px: 160 + 40 + 160 = 360 px on one 96 px line.
    expect(await fitText(slot('BHXH BHYT'), measure)).toBe(80);
  });

  test('is never more than one ladder step (8 %) below the largest whole size that fits', async () => {
    for (const text of ['Loa', 'Tham gia bảo hiểm xã hội tự nguyện', 'Đóng BHXH tự nguyện để có lương hưu khi về già, được Nhà nước hỗ trợ một phần tiền đóng', 'Một hai ba bốn năm sáu bảy tám chín mười '.repeat(3)]) {
      const s = slot(text);
      const chosen = await fitText(s, measure);
      let best = s.minSize;
      for (let size = s.maxSize; size >= s.minSize; size--) {
        const m = await measure(s, size);
        if (m.height <= s.height && m.widestWord <= s.width) {
          best = size;
          break;
        }
      }
      expect(chosen, text).toBeLessThanOrEqual(best);
      expect(chosen, text).toBeGreaterThanOrEqual(Math.floor(best * 0.92));
    }
  });

  test('picks the largest candidate that fits, and the next one up does not fit', async () => {
    const s = slot('Tham gia bảo hiểm xã hội tự nguyện để có lương hưu khi về già');
    const size = await fitText(s, measure);
    const sizes = candidateSizes(s.maxSize, s.minSize);
    const m = await measure(s, size);
    expect(m.height).toBeLessThanOrEqual(s.height);
    const larger = sizes[sizes.indexOf(size) - 1]!;
    const bigger = await measure(s, larger);
    expect(bigger.height > s.height || bigger.widestWord > s.width).toBe(true);
  });

  test('a block exactly as tall as its box fits; one pixel taller does not (the ladder 80 → 73 → 67 → 61 → 56 → 51 …)', async () => {
    // One line, 1,5 × the size tall: at 56 px it is 84 px, at 61 px 91,5 px.
    const oneLine: Measure = async (_s, size) => ({ height: size * 1.5, widestWord: 100 });
    expect(await fitText(slot('Loa', { height: 84 }), oneLine)).toBe(56);
    expect(await fitText(slot('Loa', { height: 83 }), oneLine)).toBe(51);
    // The same with the word's width: 400 px wide at 80 px fits a 400 px box exactly.
    const oneWord: Measure = async (_s, size) => ({ height: 10, widestWord: size * 5 });
    expect(await fitText(slot('Loa', { width: 400 }), oneWord)).toBe(80);
    expect(await fitText(slot('Loa', { width: 399 }), oneWord)).toBe(73);
  });

  test('a wrong estimate never costs size: the answer is the largest candidate that fits, whatever the guess', async () => {
    const oneLine: Measure = async (_s, size) => ({ height: size * 1.5, widestWord: 100 });
    // 84 px high: 56 px fits, 61 px does not. Every guess, from the largest size to the smallest, ends on 56.
    for (let guess = 0; guess < 16; guess++) {
      const guessing: Measure = Object.assign(async (s: TextSlot, size: number) => oneLine(s, size), { estimate: async () => guess });
      expect(await fitText(slot('Loa', { height: 84 }), guessing), `guess ${guess}`).toBe(56);
    }
  });

  test('each size is laid out at most once, and a right estimate costs one round of two layouts (a satori layout is the build’s costly step)', async () => {
    // 84 px high, one line 1,5 × the size: 56 px (index 4 of 80, 73, 67, 61, 56, 51 …) fits, 61 px does not.
    const counted = (guess: number) => {
      const measured: number[] = [];
      const m: Measure = Object.assign(async (_s: TextSlot, size: number) => {
        measured.push(size);
        return { height: size * 1.5, widestWord: 100 };
      }, { estimate: async () => guess });
      return { m, measured };
    };
    for (let guess = -2; guess < 18; guess++) {
      const { m, measured } = counted(guess);
      expect(await fitText(slot('Loa', { height: 84 }), m), `guess ${guess}`).toBe(56);
      expect(new Set(measured).size, `guess ${guess}: ${measured.join(', ')}`).toBe(measured.length);
    }
    const right = counted(4);
    await fitText(slot('Loa', { height: 84 }), right.m);
    expect(right.measured.sort()).toEqual([56, 61]);
    // A guess of the largest size, which fits: that one layout only.
    const largest = counted(0);
    expect(await fitText(slot('Loa', { height: 200 }), largest.m)).toBe(80);
    expect(largest.measured).toEqual([80]);
    // Too long at every size, whatever the guess: the fit error, still no size laid out twice.
    for (const guess of [0, 7, 14, 15, 30]) {
      const { m, measured } = counted(guess);
      await expect(fitText(slot('Loa', { height: 20 }), m)).rejects.toThrow(TextFitError);
      expect(new Set(measured).size, `guess ${guess}: ${measured.join(', ')}`).toBe(measured.length);
    }
  });

  test('a text that cannot fit at the smallest size throws, naming the slot', async () => {
    await expect(fitText(slot('chữ '.repeat(200)), measure)).rejects.toThrow(TextFitError);
    await expect(fitText(slot('A'.repeat(60)), measure)).rejects.toThrow(/Nội dung chính quá dài/);
  });

  test('the error says which way the text overflows: too tall, or a word too wide to break', async () => {
    const tall = slot('chữ '.repeat(200));
    const tallError = await fitText(tall, measure).then(() => { throw new Error('expected a TextFitError'); }, (e: TextFitError) => e);
    expect(tallError.message).toContain(`khung chỉ cao ${tall.height} px`);
    expect(tallError.message).not.toContain('không ngắt được');
    const wide = slot('A'.repeat(60));
    const wideError = await fitText(wide, measure).then(() => { throw new Error('expected a TextFitError'); }, (e: TextFitError) => e);
    expect(wideError.message).toContain(`có từ không ngắt được rộng ${Math.ceil(wideError.measured.widestWord)} px, khung chỉ rộng ${wide.width} px`);
  });
});

// What staff read when a text is too long: the slot, the smallest size tried, which way it
// overflows with the measured and the available pixels, and the text itself (shortened when long).
describe('the fit error staff read', () => {
  /** A measure that gives the same block at every size: the text never fits, whatever the size. */
  const always = (m: { height: number; widestWord: number }): Measure => async () => m;
  const failure = (s: TextSlot, m: { height: number; widestWord: number }) =>
    fitText(s, always(m)).then(() => { throw new Error('expected a TextFitError'); }, (e: unknown) => e as TextFitError);

  test('too tall: the whole line, pixels rounded so the needed height is never understated', async () => {
    const s = slot('Đóng BHXH tự nguyện', { label: 'Nội dung chính', height: 120.6, minSize: 20 });
    const error = await failure(s, { height: 130.2, widestWord: 200 });
    expect(error).toBeInstanceOf(TextFitError);
    expect(error.name).toBe('TextFitError');
    expect(error.message).toBe('Nội dung chính quá dài: ở cỡ chữ nhỏ nhất còn đọc được (20 px) vẫn cần cao 131 px, khung chỉ cao 120 px. Hãy rút gọn chữ: "Đóng BHXH tự nguyện"');
    expect(error.slot).toBe(s);
    expect(error.measured).toEqual({ height: 130.2, widestWord: 200 });
  });

  test('one word too wide: only that reason, with the word’s width and the box’s', async () => {
    const s = slot('bhxh.example.vn/thong-diep', { label: 'Địa chỉ trang', width: 400.7, minSize: 16 });
    const error = await failure(s, { height: 40, widestWord: 512.3 });
    expect(error.message).toBe('Địa chỉ trang quá dài: ở cỡ chữ nhỏ nhất còn đọc được (16 px) vẫn có từ không ngắt được rộng 513 px, khung chỉ rộng 400 px. Hãy rút gọn chữ: "bhxh.example.vn/thong-diep"');
  });

  test('both at once: both reasons, joined by a semicolon', async () => {
    const error = await failure(slot('Loa'), { height: 121, widestWord: 401 });
    expect(error.message).toBe('Nội dung chính quá dài: ở cỡ chữ nhỏ nhất còn đọc được (20 px) vẫn cần cao 121 px, khung chỉ cao 120 px; có từ không ngắt được rộng 401 px, khung chỉ rộng 400 px. Hãy rút gọn chữ: "Loa"');
  });

  test('a block exactly as tall as its box is no reason; one pixel over is', async () => {
    // Exactly the box's height, a word one pixel too wide: the height is not blamed.
    const wide = await failure(slot('Loa'), { height: 120, widestWord: 401 });
    expect(wide.message).not.toContain('cần cao');
    expect(wide.message).toContain('vẫn có từ không ngắt được rộng 401 px, khung chỉ rộng 400 px.');
    // Exactly the box's width, a block one pixel too tall: the width is not blamed.
    const tall = await failure(slot('Loa'), { height: 121, widestWord: 400 });
    expect(tall.message).not.toContain('không ngắt được');
    expect(tall.message).toContain('vẫn cần cao 121 px, khung chỉ cao 120 px.');
    // And a block exactly the box's size fits: no error, the largest size.
    expect(await fitText(slot('Loa'), always({ height: 120, widestWord: 400 }))).toBe(80);
  });

  test('the text is quoted as written: without the invisible break points of an address, cut after 80 characters', async () => {
    // The address slot carries a zero-width space after each "/" and "-" (card-layout.ts): not shown.
    const url = await failure(slot('bhxh.example.vn/\u200Bthong-\u200Bdiep'), { height: 121, widestWord: 0 });
    expect(url.message.endsWith('"bhxh.example.vn/thong-diep"')).toBe(true);
    // 80 characters are quoted whole; 81 are cut to the first 80 and an ellipsis.
    const eighty = 'a'.repeat(40) + 'b'.repeat(40);
    expect((await failure(slot(eighty), { height: 121, widestWord: 0 })).message.endsWith(`"${eighty}"`)).toBe(true);
    const longer = (await failure(slot(`${eighty}c`), { height: 121, widestWord: 0 })).message;
    expect(longer.endsWith(`"${eighty}…"`)).toBe(true);
    // The zero-width spaces do not count towards the 80.
    const spaced = (await failure(slot(`${'a/\u200B'.repeat(40)}`), { height: 121, widestWord: 0 })).message;
    expect(spaced.endsWith(`"${'a/'.repeat(40)}"`)).toBe(true);
  });
});
