// What the download pages know about the generated files: pixel size and file size of each
// image, and the size of each campaign's ZIP. Written by the build before Astro runs.
import { downloadFileName } from './image-paths.ts';

export interface ManifestImage {
  format: string;
  width: number;
  height: number;
  bytes: number;
  /** Small WebP preview: only the download pages show one (campaign and message images). */
  preview?: string;
  previewWidth?: number;
  previewHeight?: number;
  /** Site path the bytes are published at when another job drew the same image first. */
  file?: string;
  /** The print PDF beside it (printed formats), with its size. */
  pdf?: { path: string; bytes: number };
  /** Small square WebP for lists (message square images only). */
  thumb?: string;
  thumbSize?: number;
}

/** An article's cover photo as the page shows it (resized by the build). */
export interface ManifestCover {
  path: string;
  width: number;
  height: number;
}

/** Site path of an article's resized cover photo. */
export function coverPath(articleId: string): string {
  return `/anh/bai-viet/${articleId}/anh-bia.webp`;
}

export interface ImageManifest {
  /** By site path of the image. */
  images: Record<string, ManifestImage>;
  /** By site path of the ZIP. */
  zips: Record<string, { bytes: number }>;
  /** Resized cover photos, by article id. */
  covers?: Record<string, ManifestCover>;
}

export const EMPTY_MANIFEST: ImageManifest = { images: {}, zips: {} };

/**
 * The images among `wanted` that the build made, each with its manifest entry, in `wanted`'s
 * order. `path` is where the file is published (one file per distinct image), `name` the file
 * name a download is saved under (from the wanted path, so it says which chart it is).
 */
export function builtImages<F extends string>(manifest: ImageManifest, wanted: readonly { format: F; path: string }[]): { format: F; path: string; name: string; info: ManifestImage }[] {
  return wanted.flatMap((w) => {
    const info = manifest.images[w.path];
    return info ? [{ ...w, path: info.file ?? w.path, name: downloadFileName(w.path), info }] : [];
  });
}

/**
 * The cover an article page shows: the build's resized copy, else (under `astro dev`, where the
 * build step has not run) the uploaded file with the size written in the frontmatter.
 */
export function articleCover(articleId: string, cover: { src: string; width?: number | undefined; height?: number | undefined } | undefined, manifest: ImageManifest): { src: string; width?: number | undefined; height?: number | undefined } | undefined {
  if (!cover) return undefined;
  const built = manifest.covers?.[articleId];
  return built ? { src: built.path, width: built.width, height: built.height } : { src: cover.src, width: cover.width, height: cover.height };
}
