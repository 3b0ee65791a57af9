// Renders one card: fit every text with satori's own layout, lay the card out with satori, then
// rasterise the SVG with sharp. No file system: fonts and logo come in as bytes, the PNG goes out
// as bytes. PNGs carry no metadata or timestamps, so equal inputs give byte-identical files.
import QRCode from 'qrcode';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { cardLayout } from './card-layout.ts';
import { normalizeProps, type CardProps } from './card-props.ts';
import { cardTree, FONT_FAMILY, textStyle, type Node } from './card-tree.ts';
import { fitText, type Measure } from './fit-text.ts';
import type { ImageFormat } from './formats.ts';
import { progressTree } from './render-progress.ts';

export interface RenderAssets {
  fonts: Font[];
  /** Logo file bytes and type (svg or png). */
  logo: { bytes: Uint8Array; type: 'svg' | 'png' };
}

export function fontsFrom(files: { weight: 400 | 700 | 800; data: Uint8Array }[]): Font[] {
  return files.map((f) => ({ name: FONT_FAMILY, data: Buffer.from(f.data), weight: f.weight, style: 'normal' as const }));
}

/**
 * Measures a text slot with satori itself: the text in a block of the slot's width (its height is
 * the text's height), and each word alone (its natural width). Same font, size and line height
 * as the drawn card, so what fits here fits there.
 */
export function satoriMeasure(fonts: Font[]): Measure {
  return async (slot, size) => {
    const words = [...new Set(slot.text.split(/[\s\u200B]+/).filter(Boolean))];
    const style = textStyle(slot, size, '#000');
    const found = new Map<string, { width: number; height: number }>();
    const width = Math.max(slot.width * 4, 2000);
    const tree: Node = {
      type: 'div',
      props: {
        style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width },
        children: [
          { type: 'div', key: 'block', props: { style, children: slot.text } },
          ...words.map((word, i): Node => ({ type: 'div', key: `w${i}`, props: { style: { ...style, width: 'auto' }, children: word } })),
        ],
      },
    };
    await satori(tree as never, { width, height: 100_000, fonts, onNodeDetected: (n) => n.key !== undefined && found.set(String(n.key), n) });
    const widestWord = Math.max(0, ...words.map((_, i) => found.get(`w${i}`)?.width ?? 0));
    return { height: found.get('block')?.height ?? Infinity, widestWord };
  };
}

/**
 * The QR code as a PNG of exactly `size` pixels. Black on white, medium error correction, the
 * standard 4-module quiet zone: the most reliably scanned combination on paper. It is drawn one
 * pixel per module and scaled up with nearest-neighbour, so edges stay sharp; composited by sharp
 * rather than embedded in the SVG, which would make librsvg rasterise it slowly.
 */
export async function qrPng(url: string, size: number): Promise<Buffer> {
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const n = code.modules.size + 2 * quiet;
  const pixels = Buffer.alloc(n * n, 255);
  for (let y = 0; y < code.modules.size; y++) {
    for (let x = 0; x < code.modules.size; x++) {
      if (code.modules.get(y, x)) pixels[(y + quiet) * n + x + quiet] = 0;
    }
  }
  return sharp(pixels, { raw: { width: n, height: n, channels: 1 } }).resize(size, size, { kernel: 'nearest' }).png().toBuffer();
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

/** Draws one card. Throws TextFitError (from fitText) when a text cannot fit at a legible size. */
export async function renderCard(format: ImageFormat, input: CardProps, assets: RenderAssets): Promise<RenderedCard> {
  const props = normalizeProps(input);
  const measure = satoriMeasure(assets.fonts);
  const logo = `data:image/${assets.logo.type === 'svg' ? 'svg+xml' : 'png'};base64,${Buffer.from(assets.logo.bytes).toString('base64')}`;
  let sizes: Record<string, number> = {};
  let tree: Node;
  let layout: { qr: { x: number; y: number; width: number } | null } = { qr: null };
  if (props.progress) ({ tree, sizes } = await progressTree(format, props, assets.fonts, measure, logo));
  else {
    const card = cardLayout(format, props);
    layout = card;
    for (const [name, slot] of Object.entries(card.slots)) {
      if (slot) sizes[name] = await fitText(slot, measure);
    }
    tree = cardTree(format, props, card, sizes, { logo });
  }
  // Satori asks for another font when a character is missing from ours (emoji, other scripts)
  // and would otherwise leave a gap: stop instead, naming the characters.
  const missing = new Set<string>();
  // Invisible characters (the zero-width spaces we add as break points) draw nothing anyway.
  const loadAdditionalAsset = async (_code: string, segment: string) => {
    const visible = segment.replace(/[\p{Cf}\p{Z}\s]/gu, '');
    if (visible) missing.add(visible);
    return [];
  };
  const svg = await satori(tree as never, { width: format.width, height: format.height, fonts: assets.fonts, loadAdditionalAsset });
  if (missing.size > 0) throw new MissingGlyphError([...missing]);
  const overlays = layout.qr ? [{ input: await qrPng(props.url, layout.qr.width), left: layout.qr.x, top: layout.qr.y }] : [];
  // compressionLevel 6 (zlib's default): level 9 is ten times slower for ~15 % smaller files.
  const png = await sharp(Buffer.from(svg)).composite(overlays).png({ compressionLevel: 6 }).toBuffer();
  return { png, sizes };
}
