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
export const RENDERER_FILES = ['card-layout.ts', 'card-props.ts', 'card-tree.ts', 'fit-text.ts', 'formats.ts', 'image-paths.ts', 'print-pdf.ts', 'qr-code.ts', 'render-card.ts', 'satori-measure.ts', 'progress-layout.ts', 'progress-spec.ts', 'render-progress.ts', 'ranking-geometry.ts', 'image-text-width.ts', 'image-font-metrics.ts'];
export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../lib/images');

/** Hash of the renderer (its source, satori's and sharp's versions), the fonts and the logo. */
export function rendererHash(fontBytes: Uint8Array[], logoBytes: Uint8Array, libDir = RENDERER_DIR): string {
  const hash = createHash('sha256');
  for (const file of RENDERER_FILES) hash.update(file).update(fs.readFileSync(path.join(libDir, file)));
  for (const pkg of ['satori', 'qrcode']) hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
  hash.update(JSON.stringify(sharp.versions));
  for (const bytes of fontBytes) hash.update(bytes);
  hash.update(logoBytes);
  return hash.digest('hex');
}

export function imageKey(renderer: string, format: FormatName, props: CardProps): string {
  return createHash('sha256').update(JSON.stringify({ renderer, format, props })).digest('hex');
}
