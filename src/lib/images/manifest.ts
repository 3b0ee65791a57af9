// What the download pages know about the generated files: pixel size and file size of each
// image, and the size of each campaign's ZIP. Written by the build before Astro runs.

export interface ManifestImage {
  format: string;
  width: number;
  height: number;
  bytes: number;
  preview: string;
  previewWidth: number;
  previewHeight: number;
}

export interface ImageManifest {
  /** By site path of the image. */
  images: Record<string, ManifestImage>;
  /** By site path of the ZIP. */
  zips: Record<string, { bytes: number }>;
}

export const EMPTY_MANIFEST: ImageManifest = { images: {}, zips: {} };

/** The images among `wanted` that the build made, each with its manifest entry, in `wanted`'s order. */
export function builtImages<F extends string>(manifest: ImageManifest, wanted: readonly { format: F; path: string }[]): { format: F; path: string; info: ManifestImage }[] {
  return wanted.flatMap((w) => {
    const info = manifest.images[w.path];
    return info ? [{ ...w, info }] : [];
  });
}
