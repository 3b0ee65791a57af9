// The cache key of one image: a hash of everything that shapes it. The renderer's own source
// files stand in for a template version, so editing a layout invalidates exactly what it draws:
// the progress template's files (and the chart metrics it measures with) only key progress images,
// so reworking a ranking image does not redraw every poster.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';
import type { CardProps } from '../../lib/images/card-props.ts';
import type { FormatName } from '../../lib/images/formats.ts';

const require = createRequire(import.meta.url);
const RENDERER_FILES = ['card-layout.ts', 'card-props.ts', 'card-tree.ts', 'fit-text.ts', 'formats.ts', 'render-card.ts'];
const PROGRESS_FILES = ['images/progress-layout.ts', 'images/progress-spec.ts', 'images/render-progress.ts', 'images/ranking-pages.ts', 'charts/text-width.ts', 'charts/font-metrics.ts'];

/**
 * Hash of the renderer (its source, satori's and sharp's versions), the fonts and the logo; with
 * `template` "progress", also of the progress template's own files.
 */
export function rendererHash(fontBytes: Uint8Array[], logoBytes: Uint8Array, template: 'card' | 'progress' = 'card'): string {
  const hash = createHash('sha256');
  const libDir = path.resolve(import.meta.dirname, '../../lib/images');
  for (const file of RENDERER_FILES) hash.update(file).update(fs.readFileSync(path.join(libDir, file)));
  if (template === 'progress') for (const file of PROGRESS_FILES) hash.update(file).update(fs.readFileSync(path.join(libDir, '..', file)));
  for (const pkg of ['satori', 'qrcode']) hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  hash.update(JSON.stringify(sharp.versions));
  for (const bytes of fontBytes) hash.update(bytes);
  hash.update(logoBytes);
  return hash.digest('hex');
}

/** The two renderer hashes of a build: every card, and the progress template on top. */
export interface RendererHashes {
  card: string;
  progress: string;
}

export function rendererHashes(fontBytes: Uint8Array[], logoBytes: Uint8Array): RendererHashes {
  return { card: rendererHash(fontBytes, logoBytes), progress: rendererHash(fontBytes, logoBytes, 'progress') };
}

/** The renderer hash that keys an image with these props. */
export function rendererOf(hashes: RendererHashes, props: CardProps): string {
  return props.template === 'progress' ? hashes.progress : hashes.card;
}

export function imageKey(renderer: string, format: FormatName, props: CardProps): string {
  return createHash('sha256').update(JSON.stringify({ renderer, format, props })).digest('hex');
}
