// Loads, once per process, what every image needs from disk: the Be Vietnam Pro TTFs (satori
// needs TTF/OTF, not the WOFF2 the pages use) and the site's logo from public/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'satori';
import type { CardProps } from '../../lib/images/card-props.ts';
import { hasKhmer } from '../../lib/images/khmer-breaks.ts';
import { fontsFrom, type RenderAssets } from '../../lib/images/render-card.ts';
import { publicFile } from '../public-files.ts';

const require = createRequire(import.meta.url);
const KHMER_FONT_FAMILY = 'Noto Sans Khmer';
const WEIGHTS = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 700: '700Bold/BeVietnamPro_700Bold.ttf', 800: '800ExtraBold/BeVietnamPro_800ExtraBold.ttf' } as const;

const KHMER_WEIGHTS = { 400: '400Regular/NotoSansKhmer_400Regular.ttf', 700: '700Bold/NotoSansKhmer_700Bold.ttf', 800: '800ExtraBold/NotoSansKhmer_800ExtraBold.ttf' } as const;

export interface LoadedAssets extends RenderAssets {
  /** Be Vietnam Pro alone: what every card without Khmer text is drawn with (see cardAssets). */
  fonts: Font[];
  /** Raw bytes of every input file, for the cache key. */
  fontBytes: Uint8Array[];
  /** Be Vietnam Pro, then Noto Sans Khmer for the Khmer letters Be Vietnam Pro lacks. */
  khmerFonts: Font[];
  /** Noto Sans Khmer's bytes: in the cache key of the cards drawn with it (build-images.ts). */
  khmerFontBytes: Uint8Array[];
}

/**
 * Whether a card is drawn with Noto Sans Khmer as well: only when it has Khmer text. The one
 * decision both the drawing (cardAssets, in the render workers) and the cache key (build-images.ts)
 * follow, so a key always names the fonts its image was drawn with.
 *
 * Why not give every card the Khmer font: satori takes a character Be Vietnam Pro lacks from the
 * next font that has it, and the zero-width spaces that let a card's address wrap ("/​", "-​",
 * card-layout.ts) are such characters. With Noto Sans Khmer loaded they came from it, so Vietnamese
 * cards changed by a pixel here and there under keys that did not name the Khmer font: a card
 * drawn before the font came in and one drawn afresh had the same key and different bytes.
 */
export function usesKhmerFont(props: CardProps): boolean {
  return hasKhmer(JSON.stringify(props));
}

/** The assets one card is drawn with (see usesKhmerFont). */
export function cardAssets(assets: LoadedAssets, props: CardProps): RenderAssets {
  return usesKhmerFont(props) ? { fonts: assets.khmerFonts, logo: assets.logo } : { fonts: assets.fonts, logo: assets.logo };
}

/** Noto Sans Khmer TTFs (@expo-google-fonts/noto-sans-khmer) in the card weights. */
export function khmerFontFiles(): { weight: 400 | 700 | 800; file: string }[] {
  const dir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-khmer/package.json'));
  return Object.entries(KHMER_WEIGHTS).map(([weight, rel]) => ({ weight: Number(weight) as 400 | 700 | 800, file: path.join(dir, rel) }));
}

export function fontFiles(): { weight: 400 | 700 | 800; file: string }[] {
  const dir = path.dirname(require.resolve('@expo-google-fonts/be-vietnam-pro/package.json'));
  return Object.entries(WEIGHTS).map(([weight, rel]) => ({ weight: Number(weight) as 400 | 700 | 800, file: path.join(dir, rel) }));
}

/** Logo path as site.yaml writes it (/logo.svg) → the file, in <content>/public/ or else public/. */
export function logoFile(root: string, logo: string): string {
  return publicFile(logo, root) ?? path.join(root, 'public', logo.replace(/^\/+/, ''));
}

export function loadAssets(root: string, logo: string): LoadedAssets {
  const files = fontFiles().map((f) => ({ weight: f.weight, data: fs.readFileSync(f.file) }));
  const khmer = khmerFontFiles().map((f) => ({ weight: f.weight, data: fs.readFileSync(f.file) }));
  const file = logoFile(root, logo);
  if (!fs.existsSync(file)) throw new Error(`site.yaml › logo: không thấy tệp ${logo} trong thư mục public/ của nội dung hay của dự án`);
  const fonts = fontsFrom(files);
  return {
    fonts,
    // Be Vietnam Pro first: satori takes a glyph from a later font only when the first lacks it.
    khmerFonts: [...fonts, ...khmer.map((f) => ({ name: KHMER_FONT_FAMILY, data: f.data, weight: f.weight, style: 'normal' as const }))],
    fontBytes: files.map((f) => f.data),
    khmerFontBytes: khmer.map((f) => f.data),
    logo: { bytes: fs.readFileSync(file), type: file.endsWith('.png') ? 'png' : 'svg' },
  };
}
