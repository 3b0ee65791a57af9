// Pixel helpers for image tests: decode a PNG to RGBA, and cut out its margin strips.
import sharp from 'sharp';

/** An image's RGBA pixels with its size. */
export function rgba(png: Buffer) {
  return sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
}

/** The four margin strips (`m` pixels wide) of an RGBA image, as one buffer to compare. */
export function marginStrips(data: Buffer, width: number, height: number, m: number): Buffer {
  const parts: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = data.subarray(y * width * 4, (y + 1) * width * 4);
    if (y < m || y >= height - m) parts.push(row);
    else parts.push(row.subarray(0, m * 4), row.subarray((width - m) * 4));
  }
  return Buffer.concat(parts);
}
