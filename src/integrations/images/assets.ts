// Loads, once per process, what every image needs from disk: the Be Vietnam Pro TTFs (satori
// needs TTF/OTF, not the WOFF2 the pages use) and the site's logo from public/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontsFrom, type RenderAssets } from '../../lib/images/render-card.ts';
import { publicFile } from '../public-files.ts';

const require = createRequire(import.meta.url);
const WEIGHTS = { 400: '400Regular/BeVietnamPro_400Regular.ttf', 700: '700Bold/BeVietnamPro_700Bold.ttf', 800: '800ExtraBold/BeVietnamPro_800ExtraBold.ttf' } as const;

export interface LoadedAssets extends RenderAssets {
  /** Raw bytes of every input file, for the cache key. */
  fontBytes: Uint8Array[];
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
  const file = logoFile(root, logo);
  if (!fs.existsSync(file)) throw new Error(`site.yaml › logo: không thấy tệp ${logo} trong thư mục public/ của nội dung hay của dự án`);
  return {
    fonts: fontsFrom(files),
    fontBytes: files.map((f) => f.data),
    logo: { bytes: fs.readFileSync(file), type: file.endsWith('.png') ? 'png' : 'svg' },
  };
}
