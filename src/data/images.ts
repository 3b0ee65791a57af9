// What the download pages read about generated images (see src/integrations/images/).
export { readImageManifest } from '../integrations/images/manifest-file.ts';

/**
 * True in the quick Astro build that `npm run build -- --images-only` makes to learn the titles
 * of pages without an image of their own (their generic cards show the title). Routes whose
 * every page has its own image (articles, unit progress pages: most of a national site) return
 * no paths then; every other route builds as usual, so a new kind of page is never missed.
 */
export function planningImagesOnly(): boolean {
  return process.env.LOA_IMAGE_PLAN === '1';
}
