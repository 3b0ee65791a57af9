// The QR code to a page, as vector shapes: one path of dark rectangles on a white square, drawn
// into the card's SVG (so the PNG is one rasterisation, like any other shape) and into the print
// PDF (so it stays sharp at any size). Black on white, medium error correction, the standard
// 4-module quiet zone: the most reliably scanned combination on paper. Module edges fall on whole
// pixels (each module 17 or 18 px wide, say, never a blurred 17.2), as crisp as nearest-neighbour
// scaling of a one-pixel-per-module bitmap.
import QRCode from 'qrcode';

export interface QrBox {
  x: number;
  y: number;
  /** Side of the square, quiet zone included. */
  width: number;
}

const QUIET = 4;

/** Path data of the dark modules, each horizontal run of modules one rectangle. */
export function qrPathData(url: string, box: QrBox): string {
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = code.modules.size;
  const n = size + 2 * QUIET;
  const edge = (k: number) => Math.round((k * box.width) / n);
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    const top = box.y + edge(row + QUIET);
    const height = box.y + edge(row + QUIET + 1) - top;
    for (let col = 0; col < size; col++) {
      if (!code.modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < size && code.modules.get(row, end + 1)) end++;
      const left = box.x + edge(col + QUIET);
      parts.push(`M${left} ${top}h${box.x + edge(end + QUIET + 1) - left}v${height}h${left - (box.x + edge(end + QUIET + 1))}z`);
      col = end;
    }
  }
  return parts.join('');
}

/** SVG elements of the code: the white square with its quiet zone, then the dark modules. */
export function qrSvgElements(url: string, box: QrBox): string {
  return `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.width}" fill="#fff"/><path fill="#000" d="${qrPathData(url, box)}"/>`;
}
