// Reads the image manifest the build wrote before Astro (file named by LOA_IMAGE_MANIFEST). Under
// `astro dev` there is none: the download pages then say the images are made by `npm run build`.
import fs from 'node:fs';
import { EMPTY_MANIFEST, type ImageManifest } from '../../lib/images/manifest.ts';

export const MANIFEST_ENV = 'LOA_IMAGE_MANIFEST';

let cached: ImageManifest | undefined;

export function readImageManifest(): ImageManifest {
  if (cached) return cached;
  const file = process.env[MANIFEST_ENV];
  cached = file && fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ImageManifest) : EMPTY_MANIFEST;
  return cached;
}
