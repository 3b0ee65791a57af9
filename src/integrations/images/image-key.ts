// The cache key of one image: a hash of everything that shapes it. The renderer's own source
// files stand in for a template version, so editing a layout invalidates exactly what it draws.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import type { CardProps } from '../../lib/images/card-props.ts';
import type { FormatName } from '../../lib/images/formats.ts';

const require = createRequire(import.meta.url);
/** The renderer's source files in src/lib/images/ (tests/integrations/images/image-key.test.ts checks the list is complete). */
export const RENDERER_FILES = ['card-layout.ts', 'card-props.ts', '../format/keep-together.ts', 'card-tree.ts', 'fit-text.ts', 'formats.ts', 'image-paths.ts', 'print-pdf.ts', 'qr-code.ts', 'render-card.ts', 'satori-measure.ts', 'svg-masks.ts', 'progress-layout.ts', 'progress-spec.ts', 'render-progress.ts', 'ranking-geometry.ts', 'image-text-width.ts', 'image-font-metrics.ts'];
export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../lib/images');
/**
 * The files only the progress template runs (render-card.ts reaches them only through
 * render-progress.ts, for props with `progress`; the key test checks it). Cards are keyed
 * without them, so reworking the progress images does not redraw every poster and banner.
 */
export const PROGRESS_ONLY_FILES = ['progress-layout.ts', 'progress-spec.ts', 'render-progress.ts', 'ranking-geometry.ts', 'image-text-width.ts', 'image-font-metrics.ts'];

/** Hash of the renderer (its source, satori's and sharp's versions), the fonts and the logo. */
export function rendererHash(fontBytes: Uint8Array[], logoBytes: Uint8Array, libDir = RENDERER_DIR, files: readonly string[] = RENDERER_FILES): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(fs.readFileSync(path.join(libDir, file)));
  for (const pkg of ['satori', 'qrcode']) hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  hash.update(JSON.stringify(sharp.versions));
  for (const bytes of fontBytes) hash.update(bytes);
  hash.update(logoBytes);
  return hash.digest('hex');
}

/** The two renderer hashes: every file (progress images), and all but the progress-only ones (cards). */
export interface RendererHashes {
  card: string;
  progress: string;
}

export function rendererHashes(fontBytes: Uint8Array[], logoBytes: Uint8Array, libDir = RENDERER_DIR): RendererHashes {
  const cardFiles = RENDERER_FILES.filter((f) => !PROGRESS_ONLY_FILES.includes(f));
  return { card: rendererHash(fontBytes, logoBytes, libDir, cardFiles), progress: rendererHash(fontBytes, logoBytes, libDir) };
}

/** The renderer hash that keys an image with these props. */
export function rendererOf(hashes: RendererHashes, props: CardProps): string {
  return props.progress ? hashes.progress : hashes.card;
}

export function imageKey(renderer: string, format: FormatName, props: CardProps): string {
  return createHash('sha256').update(JSON.stringify({ renderer, format, props })).digest('hex');
}
