// Satori's overflow mask on an image is dropped only when it is one white rectangle exactly the
// image's box (it hides nothing then), and dropping it leaves a real poster's pixels unchanged.
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { loadAssets, type LoadedAssets } from '../../../src/integrations/images/assets.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';
import { cardScene, sceneSvg } from '../../../src/lib/images/render-card.ts';
import { dropNoOpImageMasks } from '../../../src/lib/images/svg-masks.ts';

const mask = (id: string, box: string) => `<mask id="${id}"><rect ${box} fill="#fff"/></mask>`;
const image = (box: string, id: string) => `<image ${box} href="data:image/png;base64,AAAA" preserveAspectRatio="none" mask="url(#${id})"/>`;
const BOX = 'x="210" y="210" width="351" height="351"';

describe('dropNoOpImageMasks', () => {
  test("drops the mask that is exactly the image's box", () => {
    const svg = `<svg>${mask('m1', BOX)}${image(BOX, 'm1')}</svg>`;
    expect(dropNoOpImageMasks(svg)).toBe(`<svg>${mask('m1', BOX)}<image ${BOX} href="data:image/png;base64,AAAA" preserveAspectRatio="none"/></svg>`);
  });

  test('keeps a mask smaller than the image (it crops), on another box, or not a plain white rectangle', () => {
    const smaller = `<svg>${mask('m1', 'x="210" y="210" width="300" height="351"')}${image(BOX, 'm1')}</svg>`;
    expect(dropNoOpImageMasks(smaller)).toBe(smaller);
    const moved = `<svg>${mask('m1', 'x="0" y="210" width="351" height="351"')}${image(BOX, 'm1')}</svg>`;
    expect(dropNoOpImageMasks(moved)).toBe(moved);
    const grey = `<svg><mask id="m1"><rect ${BOX} fill="#888"/></mask>${image(BOX, 'm1')}</svg>`;
    expect(dropNoOpImageMasks(grey)).toBe(grey);
    const unknown = `<svg>${image(BOX, 'elsewhere')}</svg>`;
    expect(dropNoOpImageMasks(unknown)).toBe(unknown);
  });

  test('only the image pointing at its own box mask loses it; masks on other elements stay', () => {
    const other = 'x="0" y="0" width="10" height="10"';
    const svg = `<svg>${mask('a', BOX)}${mask('b', other)}${image(BOX, 'a')}${image(BOX, 'b')}<rect ${other} mask="url(#b)"/></svg>`;
    expect(dropNoOpImageMasks(svg)).toBe(`<svg>${mask('a', BOX)}${mask('b', other)}<image ${BOX} href="data:image/png;base64,AAAA" preserveAspectRatio="none"/>${image(BOX, 'b')}<rect ${other} mask="url(#b)"/></svg>`);
  });
});

describe('on a real A4 poster', () => {
  const ROOT = path.resolve(import.meta.dirname, '../../..');
  const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
  const job = entryImageJobs(entries).find((j) => j.kind === 'thong-diep' && j.format === 'poster-a4')!;
  let assets: LoadedAssets;
  vi.setConfig({ testTimeout: 120_000 });
  beforeAll(() => {
    assets = loadAssets(ROOT, entries.site!.logo);
  });

  test('the drawn SVG has its logo without a mask, and the pixels are those of the masked drawing', async () => {
    const format = FORMATS['poster-a4'];
    const svg = await sceneSvg(await cardScene(format, job.props, assets), assets.fonts);
    const logo = svg.match(/<image\b[^>]*>/g) ?? [];
    expect(logo.length).toBe(1);
    expect(logo[0]).not.toContain('mask=');
    // Put the mask back as satori wrote it: same pixels.
    const box = /<image x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/.exec(logo[0]!)!;
    const masked = svg
      .replace('</svg>', '')
      .replace(logo[0]!, logo[0]!.replace('/>', ' mask="url(#test-mask)"/>'))
      .concat(`<mask id="test-mask"><rect x="${box[1]}" y="${box[2]}" width="${box[3]}" height="${box[4]}" fill="#fff"/></mask></svg>`);
    const pixels = (text: string) => sharp(Buffer.from(text)).flatten({ background: '#fff' }).raw().toBuffer();
    const [a, b] = await Promise.all([pixels(svg), pixels(masked)]);
    expect(a.length).toBe(format.width * format.height * 3);
    expect(Buffer.compare(a, b)).toBe(0);
  });
});
