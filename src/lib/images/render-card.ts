// Renders one card: fit every text with satori's own layout, lay the card out with satori, then
// rasterise the SVG with sharp. No file system: fonts and logo come in as bytes, the PNG goes out
// as bytes. PNGs carry no metadata or timestamps, so equal inputs give byte-identical files.
import satori, { type Font } from 'satori';
import sharp, { type Sharp } from 'sharp';
import { cardLayout } from './card-layout.ts';
import { normalizeProps, type CardProps } from './card-props.ts';
import { cardTree, FONT_FAMILY, type Node } from './card-tree.ts';
import { fitText } from './fit-text.ts';
import type { ImageFormat } from './formats.ts';
import { PREVIEW_WIDTH, previewHeight } from './image-paths.ts';
import { qrSvgElements } from './qr-code.ts';
import { printPdf } from './print-pdf.ts';
import { progressTree } from './render-progress.ts';
import { createSatoriMeasure, type SatoriMeasure } from './satori-measure.ts';
import { dropNoOpImageMasks } from './svg-masks.ts';

export interface RenderAssets {
  fonts: Font[];
  /** Logo file bytes and type (svg or png). */
  logo: { bytes: Uint8Array; type: 'svg' | 'png' };
}

export function fontsFrom(files: { weight: 400 | 700 | 800; data: Uint8Array }[]): Font[] {
  return files.map((f) => ({ name: FONT_FAMILY, data: Buffer.from(f.data), weight: f.weight, style: 'normal' as const }));
}

const measures = new WeakMap<Font[], SatoriMeasure>();

/**
 * The satori-backed measure for a font set, one per process and font set, so what it has
 * measured serves every later card (see satori-measure.ts). Same font, size and line height as
 * the drawn card, so what fits here fits there.
 */
export function satoriMeasure(fonts: Font[]): SatoriMeasure {
  let measure = measures.get(fonts);
  if (!measure) {
    measure = createSatoriMeasure(fonts);
    measures.set(fonts, measure);
  }
  return measure;
}

export class MissingGlyphError extends Error {
  constructor(segments: string[]) {
    super(`Phông chữ Be Vietnam Pro không có ký tự: ${segments.map((c) => `"${c}"`).join(', ')} (biểu tượng cảm xúc hay chữ viết khác), ảnh sẽ bị thiếu chữ. Hãy bỏ hoặc thay bằng chữ thường.`);
    this.name = 'MissingGlyphError';
  }
}

export interface RenderedCard {
  png: Buffer;
  /** The font size chosen for each text, for the build log and tests. */
  sizes: Record<string, number>;
}

/** Everything drawn on one card: the element tree satori lays out, and the QR code on top. */
export interface CardScene {
  format: ImageFormat;
  tree: Node;
  sizes: Record<string, number>;
  /** Where the QR code goes and what it encodes (printed formats). */
  qr: { x: number; y: number; width: number; url: string } | null;
}

/** Fits every text and builds the card's tree. Throws TextFitError when a text cannot fit. */
export async function cardScene(format: ImageFormat, input: CardProps, assets: RenderAssets): Promise<CardScene> {
  const props = normalizeProps(input);
  const measure = satoriMeasure(assets.fonts);
  const logo = `data:image/${assets.logo.type === 'svg' ? 'svg+xml' : 'png'};base64,${Buffer.from(assets.logo.bytes).toString('base64')}`;
  if (props.progress) return { format, ...(await progressTree(format, props, assets.fonts, measure, logo)), qr: null };
  const card = cardLayout(format, props);
  // All slots at once: their measurements share satori layouts (see satori-measure.ts).
  const slots = Object.entries(card.slots).filter((e): e is [string, NonNullable<(typeof e)[1]>] => Boolean(e[1]));
  const fitted = await Promise.all(slots.map(([, slot]) => fitText(slot, measure)));
  const sizes = Object.fromEntries(slots.map(([name], i) => [name, fitted[i]!]));
  const tree = cardTree(format, props, card, sizes, { logo });
  return { format, tree, sizes, qr: card.qr && { ...card.qr, url: props.url } };
}

/**
 * The scene as one SVG: satori's drawing, with the QR code's vector shapes on top. Stops,
 * naming them, when characters are missing from the font.
 */
export async function sceneSvg(scene: CardScene, fonts: Font[]): Promise<string> {
  // Satori asks for another font when a character is missing from ours (emoji, other scripts)
  // and would otherwise leave a gap: stop instead, naming the characters.
  const missing = new Set<string>();
  // Invisible characters (the zero-width spaces we add as break points) draw nothing anyway.
  const loadAdditionalAsset = async (_code: string, segment: string) => {
    const visible = segment.replace(/[\p{Cf}\p{Z}\s]/gu, '');
    if (visible) missing.add(visible);
    return [];
  };
  const svg = dropNoOpImageMasks(await satori(scene.tree as never, { width: scene.format.width, height: scene.format.height, fonts, loadAdditionalAsset }));
  if (missing.size > 0) throw new MissingGlyphError([...missing]);
  return scene.qr ? svg.replace(/<\/svg>\s*$/, `${qrSvgElements(scene.qr.url, scene.qr)}</svg>`) : svg;
}

/**
 * PNG encoding. Every card is opaque: no alpha channel. True colour for every kind: a
 * 256-colour palette halves a screen card's bytes with no visible change, but libimagequant
 * keeps flat colours exact (brand colours, untouched margins) only from effort 4, where it
 * costs four to five times the encode and would more than double a card's render time (the
 * issue's budget is 1,5× a bare satori + sharp pass; bench:images prints the ratio). zlib at
 * level 6, its default (level 9 is several times slower for ~15 % smaller files).
 */
export function encodePng(image: Sharp, _format: ImageFormat): Promise<Buffer> {
  return image.flatten({ background: '#ffffff' }).png({ compressionLevel: 6 }).toBuffer();
}

/** Draws one card. Throws TextFitError (from fitText) when a text cannot fit at a legible size. */
export async function renderCard(format: ImageFormat, input: CardProps, assets: RenderAssets): Promise<RenderedCard> {
  const { png, sizes } = await renderCardFiles(format, input, assets);
  return { png, sizes };
}

/**
 * The card's PNG and, on request, its small WebP preview for the download pages (the same SVG
 * drawn again at the preview's width: a vector scaled down, not the poster's pixels resampled)
 * and, for printed formats, its print PDF (print-pdf.ts), all from one satori drawing.
 */
export async function renderCardFiles(
  format: ImageFormat,
  input: CardProps,
  assets: RenderAssets,
  options: { preview?: boolean; pdf?: boolean; cropMarks?: boolean } = {},
): Promise<RenderedCard & { preview: Buffer | null; pdf: Buffer | null }> {
  const scene = await cardScene(format, input, assets);
  const text = await sceneSvg(scene, assets.fonts);
  const svg = Buffer.from(text);
  const png = await encodePng(sharp(svg), format);
  const preview = options.preview
    ? await sharp(svg, { density: (72 * PREVIEW_WIDTH) / format.width })
        .resize(PREVIEW_WIDTH, previewHeight(format), { fit: 'fill' })
        .flatten({ background: '#ffffff' })
        .webp({ quality: 80 })
        .toBuffer()
    : null;
  const pdf = options.pdf && format.print ? await printPdf(format, text, { cropMarks: options.cropMarks }) : null;
  return { png, sizes: scene.sizes, preview, pdf };
}
