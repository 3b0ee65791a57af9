// Pixel tests of the renderer: the longest seed message in every format keeps exactly the same
// margins as a one-word render (so no text crosses the safe margins), sizes are exact, printed
// formats carry a QR code that decodes to the page URL, and equal inputs give equal bytes.
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { loadAssets, type LoadedAssets } from '../../../src/integrations/images/assets.ts';
import { cardLayout } from '../../../src/lib/images/card-layout.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { FORMAT_NAMES, FORMATS, type ImageFormat } from '../../../src/lib/images/formats.ts';
import { MissingGlyphError, renderCard, satoriMeasure } from '../../../src/lib/images/render-card.ts';
import { TextFitError } from '../../../src/lib/images/fit-text.ts';
import { marginStrips, rgba } from '../../helpers/pixels.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
// The longest seed message, as the build would draw it (its kicker, detail and URL included).
const longest = entryImageJobs(entries)
  .filter((j) => j.kind === 'thong-diep')
  .sort((a, b) => b.props.headline.length - a.props.headline.length)[0]!.props;
let assets: LoadedAssets;
// Posters are 9–17 megapixels: rendering two of them takes seconds on a shared machine.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(() => {
  assets = loadAssets(ROOT, entries.site!.logo);
});



describe.each(FORMAT_NAMES.map((n) => [n, FORMATS[n]] as [string, ImageFormat]))('format %s', (_name, format) => {
  test('the longest seed message keeps the margins of a one-word render', async () => {
    const oneWord: CardProps = { ...longest, headline: 'Loa' };
    const [long, short] = await Promise.all([renderCard(format, longest, assets), renderCard(format, oneWord, assets)]);
    const a = await rgba(long.png);
    const b = await rgba(short.png);
    expect([a.info.width, a.info.height]).toEqual([format.width, format.height]);
    const m = cardLayout(format, longest).margin;
    expect(m).toBeGreaterThan(0);
    expect(marginStrips(a.data, format.width, format.height, m).equals(marginStrips(b.data, format.width, format.height, m))).toBe(true);
    // Stronger: outside the headline's own box, not one pixel differs, so the long text neither
    // crosses a margin nor runs under the band or into the lines above and below it.
    const box = cardLayout(format, longest).slots.headline;
    const outside = (data: Buffer) => {
      const copy = Buffer.from(data);
      for (let y = Math.floor(box.y); y < Math.ceil(box.y + box.height); y++) copy.fill(0, (y * format.width + Math.floor(box.x)) * 4, (y * format.width + Math.ceil(box.x + box.width)) * 4);
      return copy;
    };
    expect(outside(a.data).equals(outside(b.data))).toBe(true);
    // And the long text was really drawn: the insides differ.
    expect(a.data.equals(b.data)).toBe(false);
  });
});

describe('QR code', () => {
  test.each(FORMAT_NAMES.filter((n) => FORMATS[n].qr))('%s: decodes to the page URL', async (name) => {
    const format = FORMATS[name];
    const { png } = await renderCard(format, longest, assets);
    // Read it the way a phone photo would: at a fraction of the print resolution.
    const scale = Math.min(1, 2400 / Math.max(format.width, format.height));
    const { data, info } = await sharp(png).resize(Math.round(format.width * scale)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(code?.data).toBe(longest.url);
  });

  test('screen formats carry none', () => {
    expect(FORMAT_NAMES.filter((n) => !FORMATS[n].qr)).toEqual(['og', 'square', 'story']);
    expect(cardLayout(FORMATS.og, longest).qr).toBeNull();
  });
});

describe('text handling', () => {
  test('same inputs give byte-identical PNGs', async () => {
    const [a, b] = await Promise.all([renderCard(FORMATS.og, longest, assets), renderCard(FORMATS.og, longest, assets)]);
    expect(a.png.equals(b.png)).toBe(true);
  });

  test('decomposed Vietnamese (NFD) draws exactly like composed (NFC)', async () => {
    const nfd = { ...longest, headline: longest.headline.normalize('NFD'), kicker: longest.kicker.normalize('NFD') };
    expect(nfd.headline).not.toBe(longest.headline);
    const [a, b] = await Promise.all([renderCard(FORMATS.square, nfd, assets), renderCard(FORMATS.square, longest, assets)]);
    expect(a.png.equals(b.png)).toBe(true);
  });

  test('the headline is drawn at the largest size that fits, within one step of the size ladder', async () => {
    // Measured with satori itself, independently of the ladder: the largest whole pixel size at
    // which the longest message fits its box. The renderer may round down to its ladder (8 %
    // steps), never further: a card with needlessly small type is a bug even if nothing overflows.
    for (const format of [FORMATS.og, FORMATS.square]) {
      const slot = cardLayout(format, longest).slots.headline;
      const measure = satoriMeasure(assets.fonts);
      const fitsAt = async (size: number) => {
        const m = await measure(slot, size);
        return m.height <= slot.height && m.widestWord <= slot.width;
      };
      let lo = slot.minSize;
      let hi = Math.floor(slot.maxSize);
      expect(await fitsAt(lo)).toBe(true);
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (await fitsAt(mid)) lo = mid;
        else hi = mid - 1;
      }
      const { sizes } = await renderCard(format, longest, assets);
      expect(sizes.headline, format.name).toBeLessThanOrEqual(lo);
      expect(sizes.headline, format.name).toBeGreaterThanOrEqual(Math.floor(lo * 0.92));
    }
  });

  test('a character the font lacks (emoji) stops with an error naming it, never a silent gap', async () => {
    const props = { ...longest, headline: `📢 ${longest.headline}` };
    await expect(renderCard(FORMATS.og, props, assets)).rejects.toThrow(MissingGlyphError);
    await expect(renderCard(FORMATS.og, props, assets)).rejects.toThrow(/"📢"/);
  });

  test('a word too long for any legible size stops with an error naming the text', async () => {
    const props = { ...longest, headline: `Tham gia ${'BHXH'.repeat(60)}` };
    await expect(renderCard(FORMATS.og, props, assets)).rejects.toThrow(TextFitError);
    await expect(renderCard(FORMATS.og, props, assets)).rejects.toThrow(/Nội dung chính quá dài.*Tham gia BHXH/);
  });
});
