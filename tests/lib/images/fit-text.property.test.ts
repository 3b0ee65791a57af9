// Text fitting over any text and box: the text either fits its box at the chosen size, the
// largest candidate that does, or fitText raises TextFitError because even the smallest size
// overflows. Never a size that overflows. With a fake measure (many runs) and with satori's own
// layout in Be Vietnam Pro on a card's real headline box (a few runs: each is a satori layout).
import path from 'node:path';
import { describe, expect } from 'vitest';
import { candidateSizes, fitText, fits, TextFitError, type Measure, type TextSlot } from '../../../src/lib/images/fit-text.ts';
import { satoriMeasure } from '../../../src/lib/images/render-card.ts';
import { cardLayout } from '../../../src/lib/images/card-layout.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';
import { loadAssets } from '../../../src/integrations/images/assets.ts';
import { fc, test, viText, viWord } from '../../helpers/property.ts';

// Each character half the size wide, lines wrap at spaces (as in fit-text.test.ts).
const fake: Measure = async (slot, size) => {
  const charWidth = size * 0.5;
  const words = slot.text.split(/\s+/).filter(Boolean);
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
  return { height: lines * size * slot.lineHeight, widestWord: Math.max(0, ...words.map((w) => w.length * charWidth)) };
};

const slot = fc.record({
  label: fc.constant('Nội dung chính'),
  text: viText.filter((t) => t.trim().length > 0),
  width: fc.integer({ min: 80, max: 2400 }),
  height: fc.integer({ min: 20, max: 1600 }),
  maxSize: fc.integer({ min: 20, max: 300 }),
  minSize: fc.integer({ min: 8, max: 40 }),
  weight: fc.constantFrom(400 as const, 700 as const, 800 as const),
  lineHeight: fc.constantFrom(1.1, 1.2, 1.35),
}).filter((s) => s.minSize <= s.maxSize);

/** Either the chosen size fits and the next larger candidate does not, or even the smallest overflows. */
async function expectFitOrError(s: TextSlot, measure: Measure): Promise<void> {
  const sizes = candidateSizes(s.maxSize, s.minSize);
  let size: number;
  try {
    size = await fitText(s, measure);
  } catch (error) {
    expect(error).toBeInstanceOf(TextFitError);
    expect(fits(s, await measure(s, sizes.at(-1)!))).toBe(false);
    expect((error as Error).message).toContain(`${s.label} quá dài`);
    return;
  }
  expect(sizes).toContain(size);
  expect(fits(s, await measure(s, size))).toBe(true);
  const larger = sizes[sizes.indexOf(size) - 1];
  if (larger !== undefined) expect(fits(s, await measure(s, larger))).toBe(false);
}

describe('fitText', () => {
  test.prop([slot])('with any text and box: fits at the largest candidate that fits, or raises the fit error', async (s) => {
    await expectFitOrError(s, fake);
  });

  test.prop([fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })])('candidate sizes step down at most 8 % (or 1 px) from the largest to exactly the smallest', (a, b) => {
    const [minSize, maxSize] = a <= b ? [a, b] : [b, a];
    const sizes = candidateSizes(maxSize, minSize);
    expect(sizes[0]).toBe(maxSize === minSize ? minSize : maxSize);
    expect(sizes.at(-1)).toBe(minSize);
    for (let i = 1; i < sizes.length; i++) {
      expect(sizes[i]!).toBeLessThan(sizes[i - 1]!);
      expect(sizes[i]!).toBeGreaterThanOrEqual(Math.min(sizes[i - 1]! - 1, Math.floor(sizes[i - 1]! * 0.92), sizes.at(-1)!));
    }
  });

  const ROOT = path.resolve(import.meta.dirname, '../../..');
  const fonts = loadAssets(ROOT, '/logo.svg').fonts;
  const headline = cardLayout(FORMATS.og, { template: 'message', kicker: 'Thông điệp', headline: 'x', url: 'https://a.vn/', agency: 'BHXH', hotline: '1900 9068', colors: { primary: '#000000', accent: '#000000', text: '#000000', background: '#FFFFFF' } }).slots.headline;

  test.prop([fc.array(fc.oneof({ weight: 8, arbitrary: viWord }, fc.constantFrom('BHXH', '1.500.000', 'https://baohiemxahoi.gov.vn/tra-cuu', '—', 'ĐẮK')), { minLength: 1, maxLength: 40 })], { numRuns: 8 })(
    'with satori on the og card headline box: any message fits or raises the fit error',
    async (words) => {
      await expectFitOrError({ ...headline, text: words.join(' ') }, satoriMeasure(fonts));
    },
  );
});
