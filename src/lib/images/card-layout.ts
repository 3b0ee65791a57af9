// Geometry of the card in every format: a safe margin on all sides, then from top to bottom the
// logo and agency row, the kicker, the headline (which takes the remaining height), the detail
// line, and a full-width band in the brand colour with the hotline, the address and, on printed
// formats, the QR code. All sizes are multiples of the format's unit (1 % of its short side).
// A format's safe zones (formats.ts: a story's top and bottom, a standee's base) hold nothing but
// background: the content starts below the top zone, and the band's text sits above the bottom
// zone while its colour runs on to the edge.
import type { CardProps } from './card-props.ts';
import type { TextSlot } from './fit-text.ts';
import { isWide, minTextSize, unit, type ImageFormat } from './formats.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CardLayout {
  margin: number;
  logo: Box;
  band: Box;
  qr: Box | null;
  /** Box of the chart for the progress template. */
  chart: Box | null;
  slots: { agency: PlacedSlot; kicker: PlacedSlot; headline: PlacedSlot; detail: PlacedSlot | null; hotline: PlacedSlot; url: PlacedSlot };
}

export interface PlacedSlot extends TextSlot, Pick<Box, 'x' | 'y'> {}

/**
 * Line height of a text with Khmer letters, at least. Khmer stacks subscript consonants and vowel
 * signs under the baseline, deeper than Latin descenders: at the cards' 1.2 those of a last line
 * hung ~2 px under the text box on the A3 poster. 1.35 keeps the deepest stacks of Noto Sans Khmer
 * inside the box (tests/lib/images/khmer-images.test.ts); Vietnamese text keeps its own.
 */
const KHMER_LINE_HEIGHT = 1.35;
const KHMER_LETTER = /[\u1780-\u17FF\u19E0-\u19FF]/;

/** Largest headline size per format, in units: banners read from across the street. */
const HEADLINE_MAX: Record<ImageFormat['name'], number> = { og: 10, square: 11, story: 12, 'poster-a4': 13, 'poster-a3': 13, banner: 30, standee: 14 };

export function cardLayout(format: ImageFormat, props: CardProps): CardLayout {
  const u = unit(format);
  const wide = isWide(format);
  const m = Math.round(6 * u);
  const W = format.width;
  const H = format.height;
  const inner = W - 2 * m;
  const minSize = minTextSize(format);
  const small = Math.round(3 * u);
  const bandHeight = Math.round((format.qr ? 30 : wide ? 17 : 20) * u);
  const top = Math.round(H * (format.safe?.top ?? 0));
  const base = Math.round(H * (format.safe?.bottom ?? 0));
  // The band's colour reaches the bottom edge; its content stays in its first bandHeight pixels.
  const band: Box = { x: 0, y: H - base - bandHeight, width: W, height: bandHeight + base };
  const qrSize = format.qr ? Math.round(24 * u) : 0;
  const qr: Box | null = format.qr ? { x: W - m - qrSize, y: H - base - bandHeight + Math.round((bandHeight - qrSize) / 2), width: qrSize, height: qrSize } : null;

  const logoSize = Math.round(10 * u);
  const logo: Box = { x: m, y: top + m, width: logoSize, height: logoSize };
  const gap = Math.round(3 * u);
  const slot = (label: string, text: string, x: number, y: number, width: number, height: number, maxSize: number, min: number, weight: TextSlot['weight'], lineHeight = 1.25): PlacedSlot => ({
    label, text, x, y, width, height, maxSize: Math.max(maxSize, min), minSize: min, weight,
    lineHeight: KHMER_LETTER.test(text) ? Math.max(lineHeight, KHMER_LINE_HEIGHT) : lineHeight,
  });
  const agency = slot('Tên cơ quan', props.agency, m + logoSize + gap, top + m, inner - logoSize - gap, logoSize, 4.5 * u, small, 700, 1.2);
  const kickerY = top + m + logoSize + gap;
  const kickerHeight = Math.round(8 * u);
  const kicker = slot('Dòng giới thiệu', props.kicker, m, kickerY, inner, kickerHeight, 4 * u, small, 700, 1.2);

  // Band content: the hotline above the address, left of the QR code.
  const bandTextWidth = inner - (qr ? qrSize + gap : 0);
  const bandPad = Math.round((bandHeight - (format.qr ? 16 : 14) * u) / 2);
  const hotlineHeight = Math.round((format.qr ? 9 : 6.5) * u);
  const hotline = slot('Đường dây nóng', props.hotline, m, band.y + bandPad, bandTextWidth, hotlineHeight, (format.qr ? 7 : 5) * u, small, 800, 1.2);
  const urlHeight = Math.round((format.qr ? 6 : 6.5) * u);
  // A zero-width space after each "/" and "-" lets a long address wrap between its segments.
  const url = slot('Địa chỉ trang', props.url.replace(/^https?:\/\//, '').replace(/\/$/, '').replace(/([/-])/g, '$1\u200B'), m, band.y + bandPad + hotlineHeight + u, bandTextWidth, urlHeight, (format.qr ? 4 : 3.2) * u, Math.round(2.5 * u), 400, 1.2);

  const hasDetail = Boolean(props.detail) || Boolean(props.chartSvg);
  // A policy card's detail is the short answer to the question in its headline (policy `answer`):
  // it gets two lines of large bold text, not a small caption.
  const answers = props.template === 'policy';
  const detailHeight = hasDetail ? Math.round((props.chartSvg ? (wide ? 0 : 40) : answers ? (wide ? 15 : 22) : wide ? 7 : 12) * u) : 0;
  const headlineY = kickerY + kickerHeight + gap;
  const bottom = band.y - m;
  const chartBesideText = wide && Boolean(props.chartSvg);
  const headlineWidth = chartBesideText ? Math.round(inner * 0.55) : inner;
  const headlineHeight = bottom - headlineY - (detailHeight ? detailHeight + gap : 0);
  const headline = slot('Nội dung chính', props.headline, m, headlineY, headlineWidth, headlineHeight, HEADLINE_MAX[format.name] * u, minSize, 800, 1.2);
  const detailY = headlineY + headlineHeight + gap;
  let chart: Box | null = null;
  let detail: PlacedSlot | null = null;
  if (props.chartSvg) {
    chart = chartBesideText
      ? { x: m + headlineWidth + gap, y: headlineY, width: inner - headlineWidth - gap, height: headlineHeight }
      : { x: m, y: detailY, width: inner, height: detailHeight };
  } else if (props.detail) {
    detail = answers
      ? slot('Câu trả lời', props.detail, m, detailY, inner, detailHeight, (wide ? 6 : 7) * u, small, 700, 1.2)
      : slot('Dòng phụ', props.detail, m, detailY, inner, detailHeight, (wide ? 4 : 5) * u, small, 400, 1.25);
  }
  return { margin: m, logo, band, qr, chart, slots: { agency, kicker, headline, detail, hotline, url } };
}
