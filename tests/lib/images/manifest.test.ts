// What the download pages and article pages read from the build's image manifest.
import { describe, expect, it } from 'vitest';
import { articleCover, builtImages, coverPath, type ImageManifest, type ManifestImage } from '../../../src/lib/images/manifest.ts';

const info = (over: Partial<ManifestImage> = {}): ManifestImage => ({ format: 'og', width: 1200, height: 630, bytes: 52_000, preview: '/p.webp', previewWidth: 600, previewHeight: 315, ...over });

describe('builtImages', () => {
  const manifest: ImageManifest = {
    images: {
      '/anh/thong-diep/m-1/og.png': info(),
      // The same picture drawn first for another message: published once, at that path.
      '/anh/thong-diep/m-2/og.png': info({ file: '/anh/thong-diep/m-1/og.png' }),
      '/anh/thong-diep/m-2/square.png': info({ format: 'square', width: 1080, height: 1080 }),
    },
    zips: {},
  };

  it('keeps the images the build made, in the order asked, each published once and named after what it shows', () => {
    const wanted = [
      { format: 'square', path: '/anh/thong-diep/m-2/square.png' },
      { format: 'story', path: '/anh/thong-diep/m-2/story.png' },
      { format: 'og', path: '/anh/thong-diep/m-2/og.png' },
    ];
    expect(builtImages(manifest, wanted)).toEqual([
      { format: 'square', path: '/anh/thong-diep/m-2/square.png', name: 'm-2-square.png', info: manifest.images['/anh/thong-diep/m-2/square.png'] },
      { format: 'og', path: '/anh/thong-diep/m-1/og.png', name: 'm-2-og.png', info: manifest.images['/anh/thong-diep/m-2/og.png'] },
    ]);
  });
});

describe('article covers', () => {
  it('the build’s resized copy when there is one, else the uploaded file with the size its frontmatter gives', () => {
    expect(coverPath('tin-1')).toBe('/anh/bai-viet/tin-1/anh-bia.webp');
    const uploaded = { src: '/uploads/anh.jpg', width: 4000, height: 3000 };
    const manifest: ImageManifest = { images: {}, zips: {}, covers: { 'tin-1': { path: '/anh/bai-viet/tin-1/anh-bia.webp', width: 1200, height: 900 } } };
    expect(articleCover('tin-1', uploaded, manifest)).toEqual({ src: '/anh/bai-viet/tin-1/anh-bia.webp', width: 1200, height: 900 });
    expect(articleCover('tin-2', uploaded, manifest)).toEqual(uploaded);
    expect(articleCover('tin-1', uploaded, { images: {}, zips: {} })).toEqual(uploaded);
    expect(articleCover('tin-1', undefined, manifest)).toBeUndefined();
  });
});
