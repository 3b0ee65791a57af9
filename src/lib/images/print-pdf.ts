// The print file of a printed format: a vector PDF at the real size, as print shops ask for it.
// It is drawn from the very SVG the PNG is rasterised from (satori's drawing, text already as
// outlines so no font to embed, and the QR code's vector shapes), widened by 3 mm of bleed on
// every side: every rectangle that touches an edge of the card (background, top rule, band) runs
// on into the bleed, everything else stays where it is. svg-to-pdfkit writes it; the page carries
// TrimBox (the format's size) and BleedBox (3 mm more on each side), and, on request, crop marks
// outside the bleed. No date or random id: the same card gives the same bytes.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { ImageFormat } from './formats.ts';

export const BLEED_MM = 3;
const PT_PER_MM = 72 / 25.4;
/** Room outside the bleed for crop marks, and their length and distance from the bleed. */
const SLUG_MM = 12;
const MARK_MM = 6;
const MARK_GAP_MM = 2;
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const num = (attrs: string, name: string) => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attrs)?.[1] ?? Number.NaN);

/**
 * The card's SVG on a canvas `bleed` pixels wider on every side: its drawing moved in by the
 * bleed, and each rectangle that touches an edge of the card stretched across the bleed on that
 * side. Satori's overflow masks (one rectangle each, the element's own box) are left out: the
 * texts are fitted to their boxes, and svg-to-pdfkit draws masks slowly.
 */
export function bleedSvg(svg: string, width: number, height: number, bleed: number): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  const body = svg
    .slice(open ? open[0].length : 0, svg.lastIndexOf('</svg>'))
    .replace(/<mask id="satori_om-id[^"]*"><rect [^>]*\/><\/mask>/g, '')
    .replace(/ mask="url\(#satori_om-id[^)]*\)"/g, '')
    .replace(/<rect ([^>]*?)\/>/g, (whole, attrs: string) => {
      const [x, y, w, h] = [num(attrs, 'x'), num(attrs, 'y'), num(attrs, 'width'), num(attrs, 'height')];
      if ([x, y, w, h].some(Number.isNaN) || !/\bfill="/.test(attrs)) return whole;
      const x0 = x <= 0 ? -bleed : x;
      const y0 = y <= 0 ? -bleed : y;
      const x1 = x + w >= width ? width + bleed : x + w;
      const y1 = y + h >= height ? height + bleed : y + h;
      const rest = attrs.replace(/\b(x|y|width|height)="[^"]*"\s*/g, '').trim();
      return `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" ${rest}/>`;
    });
  const W = width + 2 * bleed;
  const H = height + 2 * bleed;
  return `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg"><g transform="translate(${bleed} ${bleed})">${inlineSvgImages(body)}</g></svg>`;
}

/**
 * svg-to-pdfkit draws PNG and JPEG images only: an SVG image (the logo, as satori embeds it) is
 * put back as a nested <svg> element stretched to the same box, so it stays vector too.
 */
export function inlineSvgImages(svg: string): string {
  return svg.replace(/<image ([^>]*?)href="data:image\/svg\+xml;base64,([^"]+)"([^>]*)\/>/g, (whole, before: string, data: string, after: string) => {
    const logo = Buffer.from(data, 'base64').toString('utf8');
    const open = /<svg\b([^>]*)>/.exec(logo);
    if (!open) return whole;
    const viewBox = /viewBox="([^"]+)"/.exec(open[1]!)?.[1];
    const inner = logo.slice(open.index + open[0].length, logo.lastIndexOf('</svg>'));
    const attrs = `${before} ${after}`.replace(/\s*(preserveAspectRatio|clip-path|mask)="[^"]*"/g, '').trim();
    return `<svg ${attrs}${viewBox ? ` viewBox="${viewBox}"` : ''} preserveAspectRatio="none">${inner}</svg>`;
  });
}

export interface PrintBoxes {
  /** Page size in points (MediaBox). */
  page: { width: number; height: number };
  /** [x0, y0, x1, y1] in points, from the bottom left, as PDF writes them. */
  trim: [number, number, number, number];
  bleed: [number, number, number, number];
}

export function printBoxes(format: ImageFormat, cropMarks: boolean): PrintBoxes {
  const size = format.print!;
  const slug = cropMarks ? SLUG_MM : 0;
  const page = { width: (size.width + 2 * (BLEED_MM + slug)) * PT_PER_MM, height: (size.height + 2 * (BLEED_MM + slug)) * PT_PER_MM };
  const at = (mm: number) => mm * PT_PER_MM;
  const trim: PrintBoxes['trim'] = [at(slug + BLEED_MM), at(slug + BLEED_MM), at(slug + BLEED_MM + size.width), at(slug + BLEED_MM + size.height)];
  const bleed: PrintBoxes['bleed'] = [at(slug), at(slug), at(slug + 2 * BLEED_MM + size.width), at(slug + 2 * BLEED_MM + size.height)];
  return { page, trim, bleed };
}

function cropMarkLines(doc: PDFKit.PDFDocument, boxes: PrintBoxes): void {
  const [x0, y0, x1, y1] = boxes.trim;
  const gap = (BLEED_MM + MARK_GAP_MM) * PT_PER_MM;
  const len = MARK_MM * PT_PER_MM;
  // pdfkit's y grows downwards: convert from the PDF's bottom-left boxes.
  const top = boxes.page.height - y1;
  const bottom = boxes.page.height - y0;
  doc.save().lineWidth(0.25).strokeColor('#000000');
  for (const x of [x0, x1]) for (const [from, dir] of [[top, -1], [bottom, 1]] as const) doc.moveTo(x, from + dir * gap).lineTo(x, from + dir * (gap + len)).stroke();
  for (const y of [top, bottom]) for (const [from, dir] of [[x0, -1], [x1, 1]] as const) doc.moveTo(from + dir * gap, y).lineTo(from + dir * (gap + len), y).stroke();
  doc.restore();
}

/**
 * The print PDF of a card from its SVG (render-card.ts › sceneSvg): real size, 3 mm bleed,
 * TrimBox and BleedBox, optional crop marks.
 */
export async function printPdf(format: ImageFormat, svg: string, options: { cropMarks?: boolean } = {}): Promise<Buffer> {
  if (!format.print) throw new Error(`Khổ ${format.name} không phải khổ in.`);
  const boxes = printBoxes(format, Boolean(options.cropMarks));
  // The bleed in the card's own pixels, at least 3 mm on both axes (a standee's pixels are not
  // exactly square at 80 × 200 cm, so each axis keeps its own scale).
  const bleed = Math.ceil(Math.max((BLEED_MM * format.width) / format.print.width, (BLEED_MM * format.height) / format.print.height));
  const doc = new PDFDocument({ size: [boxes.page.width, boxes.page.height], margin: 0, compress: true, info: { Title: `Loa ${format.name}`, Producer: 'Loa', Creator: 'Loa', CreationDate: FIXED_DATE } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  // The card's pixels map exactly onto the trim box; what the canvas has beyond the bleed box
  // (its rounding to whole pixels) is clipped.
  const sx = (boxes.trim[2] - boxes.trim[0]) / format.width;
  const sy = (boxes.trim[3] - boxes.trim[1]) / format.height;
  const [bx0, by0, bx1, by1] = boxes.bleed;
  doc.save().rect(bx0, boxes.page.height - by1, bx1 - bx0, by1 - by0).clip();
  const canvas = bleedSvg(svg, format.width, format.height, bleed);
  SVGtoPDF(doc, canvas, boxes.trim[0] - bleed * sx, boxes.page.height - boxes.trim[3] - bleed * sy, { width: (format.width + 2 * bleed) * sx, height: (format.height + 2 * bleed) * sy, preserveAspectRatio: 'none', assumePt: true });
  doc.restore();
  if (options.cropMarks) cropMarkLines(doc, boxes);
  const page = doc.page.dictionary.data as Record<string, unknown>;
  page.TrimBox = boxes.trim;
  page.BleedBox = boxes.bleed;
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
