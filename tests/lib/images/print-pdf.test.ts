// The print PDFs, read with the tools a print shop uses (poppler's pdfinfo and pdftoppm): real
// size in the TrimBox, 3 mm bleed in the BleedBox with the background and bands running into it,
// the same picture as the PNG inside the trim, a QR code that scans from the printed file, crop
// marks only on request, and the same bytes for the same card.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { loadAssets } from '../../../src/integrations/images/assets.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { FORMATS, type FormatName } from '../../../src/lib/images/formats.ts';
import { renderCardFiles } from '../../../src/lib/images/render-card.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const longest = entryImageJobs(entries)
  .filter((j) => j.kind === 'thong-diep')
  .sort((a, b) => b.props.headline.length - a.props.headline.length)[0]!.props;
const PRINT: FormatName[] = ['poster-a4', 'poster-a3', 'banner', 'standee'];
const MM = 72 / 25.4;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-pdf-'));
const files = new Map<FormatName, { png: Buffer; pdf: string }>();
vi.setConfig({ testTimeout: 300_000, hookTimeout: 600_000 });

beforeAll(async () => {
  const assets = loadAssets(ROOT, entries.site!.logo);
  for (const name of PRINT) {
    const { png, pdf } = await renderCardFiles(FORMATS[name], longest, assets, { pdf: true });
    const file = path.join(work, `${name}.pdf`);
    fs.writeFileSync(file, pdf!);
    files.set(name, { png, pdf: file });
  }
});

/** pdfinfo -box: every box of page 1, [x0, y0, x1, y1] in points. */
function boxes(file: string): Record<string, number[]> {
  const out = execFileSync('pdfinfo', ['-box', file], { encoding: 'utf8' });
  return Object.fromEntries([...out.matchAll(/^(\w+Box):\s+([\d.\s]+)$/gm)].map((m) => [m[1]!, m[2]!.trim().split(/\s+/).map(Number)]));
}

/** pdftoppm: page 1 as RGB pixels at `dpi`. */
async function rasterise(file: string, dpi: number) {
  const prefix = path.join(work, `${path.basename(file, '.pdf')}-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', file, prefix]);
  return sharp(`${prefix}.png`).removeAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** A dpi that renders the page about 900 px on its long side (a banner is 5 m long). */
const dpiFor = (name: FormatName) => (900 / (Math.max(FORMATS[name].print!.width, FORMATS[name].print!.height) + 6)) * 25.4;

describe.each(PRINT)('%s print PDF', (name) => {
  const size = FORMATS[name].print!;

  test('TrimBox is the printed size and BleedBox 3 mm larger on each side; no crop marks, so the page is the bleed box', () => {
    const b = boxes(files.get(name)!.pdf);
    const [x0, y0, x1, y1] = b.TrimBox!;
    expect(x1! - x0!).toBeCloseTo(size.width * MM, 1);
    expect(y1! - y0!).toBeCloseTo(size.height * MM, 1);
    expect(b.BleedBox![0]).toBeCloseTo(x0! - 3 * MM, 1);
    expect(b.BleedBox![1]).toBeCloseTo(y0! - 3 * MM, 1);
    expect(b.BleedBox![2]).toBeCloseTo(x1! + 3 * MM, 1);
    expect(b.BleedBox![3]).toBeCloseTo(y1! + 3 * MM, 1);
    expect(b.MediaBox).toEqual(b.BleedBox);
  });

  test('inside the trim it is the PNG’s picture, and the background and bands run on into the bleed', async () => {
    const dpi = dpiFor(name);
    const page = await rasterise(files.get(name)!.pdf, dpi);
    const bleed = Math.round((3 / 25.4) * dpi);
    const trimW = page.info.width - 2 * bleed;
    const trimH = page.info.height - 2 * bleed;
    const inside = await sharp(page.data, { raw: page.info }).extract({ left: bleed, top: bleed, width: trimW, height: trimH }).raw().toBuffer();
    const png = await sharp(files.get(name)!.png).resize(trimW, trimH, { fit: 'fill' }).removeAlpha().raw().toBuffer();
    let diff = 0;
    for (let i = 0; i < png.length; i++) diff += Math.abs(png[i]! - inside[i]!);
    // Two rasterisers (poppler, librsvg) and a resize: edges of letters differ a little, nothing more.
    expect(diff / png.length).toBeLessThan(6);
    // Each bleed strip continues the card's own edge: the pixel just inside the trim, and the one
    // at the very edge of the page, are the same colour (white background, blue band, top rule).
    const px = (x: number, y: number) => [...page.data.subarray((y * page.info.width + x) * 3, (y * page.info.width + x) * 3 + 3)];
    const close = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 24);
    // (The outermost row of pixels is only partly covered by the page: one row in from the edge.)
    for (const x of [Math.round(page.info.width * 0.3), Math.round(page.info.width * 0.7)]) {
      expect(close(px(x, 1), px(x, bleed + 1)), `top at x=${x}`).toBe(true);
      expect(close(px(x, page.info.height - 2), px(x, page.info.height - bleed - 2)), `bottom at x=${x}`).toBe(true);
    }
    const [r, g, b] = px(Math.round(page.info.width / 2), page.info.height - 2);
    expect(b! > r! && b! > g!, 'the band’s blue reaches the bottom edge').toBe(true);
  });

  test('the QR code scans from the printed file', async () => {
    const page = await rasterise(files.get(name)!.pdf, Math.max(dpiFor(name), 72));
    const rgba = await sharp(page.data, { raw: page.info }).ensureAlpha().raw().toBuffer();
    expect(jsQR(new Uint8ClampedArray(rgba), page.info.width, page.info.height)?.data).toBe(longest.url);
  });
});

describe('print PDF options', () => {
  test('crop marks on request: outside the bleed, in the corners of a larger page', async () => {
    const assets = loadAssets(ROOT, entries.site!.logo);
    const { pdf } = await renderCardFiles(FORMATS['poster-a4'], longest, assets, { pdf: true, cropMarks: true });
    const file = path.join(work, 'marks.pdf');
    fs.writeFileSync(file, pdf!);
    const b = boxes(file);
    expect(b.MediaBox![2]! - b.BleedBox![2]!).toBeCloseTo(12 * MM, 1);
    const dpi = 150;
    const page = await rasterise(file, dpi);
    // Outside the bleed box (the 12 mm slug around it): marks, and nothing else.
    const slug = Math.floor((12 / 25.4) * dpi) - 1;
    let marks = 0;
    for (let y = 0; y < page.info.height; y++) {
      for (let x = 0; x < page.info.width; x++) {
        const inSlug = x < slug || y < slug || x >= page.info.width - slug || y >= page.info.height - slug;
        if (inSlug && page.data[(y * page.info.width + x) * 3]! < 200) marks++;
      }
    }
    // Eight marks of 6 mm (35 px at 150 dpi), each a line about a pixel wide.
    expect(marks).toBeGreaterThan(8 * 20);
    expect(marks).toBeLessThan(8 * 35 * 4);
    const plain = boxes(files.get('poster-a4')!.pdf);
    expect(plain.MediaBox).toEqual(plain.BleedBox);
  });

  test('the same card gives the same PDF bytes', async () => {
    const assets = loadAssets(ROOT, entries.site!.logo);
    const again = await renderCardFiles(FORMATS['poster-a4'], longest, assets, { pdf: true });
    expect(again.pdf!.equals(fs.readFileSync(files.get('poster-a4')!.pdf))).toBe(true);
  });
});
