// Text widths from advance tables, the layouts' way to plan lines and rows without drawing.
import { describe, expect, it } from 'vitest';
import { emMeasurer, imageTextWidth } from '../../../src/lib/images/image-text-width.ts';

describe('emMeasurer', () => {
  // A made-up font: "A" 600 and "B" 700 units, "é" (U+00E9) 550, of 1000 to the em.
  const em = emMeasurer({ unitsPerEm: 1000, runs: [[65, 600, 700], [0xe9, 550]] });

  it('adds the advances of the characters, in em', () => {
    expect(em('')).toBe(0);
    expect(em('A')).toBe(0.6);
    expect(em('AB')).toBe(1.3);
    expect(em('BAB')).toBe(2);
  });

  it('reads a decomposed letter as the composed one the font has, and counts a missing one as a full em', () => {
    expect(em('e\u0301')).toBe(0.55);
    expect(em('AxB')).toBe(2.3);
  });
});

describe('imageTextWidth', () => {
  // Be Vietnam Pro's advances for "!": 280 units regular, 341 bold (image-font-metrics.ts).
  it('scales the font’s advances to the size, extra bold 6 % wider than bold', () => {
    expect(imageTextWidth('!', 100)).toBeCloseTo(28, 9);
    expect(imageTextWidth('!', 100, 400)).toBeCloseTo(28, 9);
    expect(imageTextWidth('!', 100, 700)).toBeCloseTo(34.1, 9);
    expect(imageTextWidth('!', 100, 800)).toBeCloseTo(34.1 * 1.06, 9);
    expect(imageTextWidth('!!', 50, 700)).toBeCloseTo(34.1, 9);
  });
});
