// Geometry of the unit-progress images (og 1200×630 and square 1080×1080): the same safe margin
// as every card, a compact header (logo, agency) and band (hotline, address), and between them
// either the headline (unit, numbers, bar, status) or the ranking rows. Sizes are multiples of the
// format's unit (1 % of the short side), and no text is ever smaller than MIN_TEXT (3.5 % of the
// short side: about 13 px when a chat shows a 1080 px square 360 px wide). Each text gets the
// lines it needs at that smallest size, counted with the image fonts' metrics, so fitting can
// only grow text, never overflow; what height is left goes to the unit's name and its numbers.
import type { Box, PlacedSlot } from './card-layout.ts';
import type { CardProps } from './card-props.ts';
import type { TextSlot } from './fit-text.ts';
import { unit, type ImageFormat } from './formats.ts';
import { imageTextWidth } from './image-text-width.ts';

export interface ProgressLayout {
  margin: number;
  u: number;
  logo: Box;
  band: Box;
  /** Headline: the bar's box; ranking: the rows' area. */
  body: Box;
  slots: Record<string, PlacedSlot>;
}

/** The smallest text of any progress image, in pixels: 3.5 % of the short side, rounded up. */
export function minProgressText(format: ImageFormat): number {
  return Math.ceil(unit(format) * 3.5);
}

const LINE = 1.2;

function slot(label: string, text: string, box: Box, maxSize: number, minSize: number, weight: TextSlot['weight']): PlacedSlot {
  return { label, text, ...box, maxSize: Math.max(maxSize, minSize), minSize: Math.round(minSize), weight, lineHeight: LINE };
}

/**
 * Lines `text` takes at `size` in `width`, wrapping between words (and after the zero-width spaces
 * of an address), measured with the image fonts' advance widths (never narrower than satori draws).
 */
export function linesAt(text: string, width: number, size: number, weight: TextSlot['weight']): number {
  const words = text.split(/[ \u200B]+/).filter(Boolean);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = imageTextWidth(word, size, weight) * 1.02;
    const space = used === 0 ? 0 : imageTextWidth(' ', size, weight);
    if (used > 0 && used + space + w > width) {
      lines++;
      used = w;
    } else used += space + w;
  }
  return lines;
}

/** Address without scheme, with zero-width spaces after "/" and "-" so it can wrap. */
export function shownUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '').replace(/([/-])/g, '$1\u200B');
}

export function progressLayout(format: ImageFormat, props: CardProps): ProgressLayout {
  const spec = props.progress!;
  const u = unit(format);
  const min = minProgressText(format);
  const m = Math.round(6 * u);
  const inner = format.width - 2 * m;
  const r = Math.round;
  const height = (lines: number, size = min) => Math.ceil(lines * LINE * size) + 2;
  const logoSize = r(6.5 * u);
  const gap = r(2 * u);
  const slots: Record<string, PlacedSlot> = {};
  const agencyWidth = inner - logoSize - gap;
  const headerHeight = Math.max(logoSize, height(linesAt(props.agency, agencyWidth, min, 700)));
  const logo: Box = { x: m, y: m + r((headerHeight - logoSize) / 2), width: logoSize, height: logoSize };
  slots.agency = slot('Tên cơ quan', props.agency, { x: m + logoSize + gap, y: m, width: agencyWidth, height: headerHeight }, 4 * u, min, 700);
  // Band: the hotline on one line, the address under it (it may wrap), both across the width.
  const url = shownUrl(props.url);
  const hotlineHeight = height(1, Math.max(min, 4 * u));
  const urlHeight = height(linesAt(url, inner, min, 400));
  const pad = r(1.5 * u);
  const bandHeight = pad + hotlineHeight + r(0.5 * u) + urlHeight + pad;
  const band: Box = { x: 0, y: format.height - bandHeight, width: format.width, height: bandHeight };
  slots.hotline = slot('Đường dây nóng', props.hotline, { x: m, y: band.y + pad, width: inner, height: hotlineHeight }, 4 * u, min, 800);
  slots.url = slot('Địa chỉ trang', url, { x: m, y: band.y + pad + hotlineHeight + r(0.5 * u), width: inner, height: urlHeight }, min, min, 400);
  const bottom = band.y - r(3 * u);
  let y = m + headerHeight + r(2 * u);
  const space = r(1.2 * u);
  const take = (h: number) => {
    const top = y;
    y += r(h) + space;
    return { x: m, y: top, width: inner, height: r(h) };
  };
  if (spec.kind === 'headline') {
    const status = [spec.status.label, spec.asOf].filter(Boolean).join(' · ');
    const need = {
      kicker: height(linesAt(props.kicker, inner, min, 700)),
      headline: height(linesAt(props.headline, inner, 4 * u, 800), 4 * u),
      numbers: height(linesAt(spec.numbers, inner, 4 * u, 800), 4 * u),
      bar: r(4 * u),
      status: height(linesAt(status, inner, min, 700)),
      measure: height(linesAt(spec.measure, inner, min, 400)),
    };
    const spare = Math.max(0, bottom - y - Object.values(need).reduce((a, b) => a + b, 0) - 5 * space);
    slots.kicker = slot('Dòng giới thiệu', props.kicker, take(need.kicker), 4 * u, min, 700);
    slots.headline = slot('Tên đơn vị', props.headline, take(need.headline + spare * 0.45), 9 * u, 4 * u, 800);
    slots.numbers = slot('Số đạt / chỉ tiêu', spec.numbers, take(need.numbers + spare * 0.55), 10 * u, 4 * u, 800);
    const body = take(need.bar);
    slots.status = slot('Tình trạng', status, take(need.status), 4.2 * u, min, 700);
    slots.measure = slot('Ý nghĩa số liệu', spec.measure, { x: m, y, width: inner, height: Math.max(need.measure, bottom - y) }, Math.max(min, 3.6 * u), min, 400);
    return { margin: m, u, logo, band, body, slots };
  }
  const title = rankingTitle(props.headline, spec.page);
  slots.headline = slot('Tên biểu đồ', title, take(height(linesAt(title, inner, min, 800))), Math.max(min, 5.5 * u), min, 800);
  const sub = rankingSubline(props.kicker, spec.asOf, spec.note);
  slots.asOf = slot('Ngày số liệu', sub, take(height(linesAt(sub, inner, min, 400))), min, min, 400);
  const body: Box = { x: m, y: y + r(0.5 * u), width: inner, height: bottom - y - r(0.5 * u) };
  return { margin: m, u, logo, band, body, slots };
}

/** "Tỷ lệ đạt chỉ tiêu của … (1/2)" when the ranking spreads over several images. */
export function rankingTitle(headline: string, page: { index: number; count: number } | undefined): string {
  return page && page.count > 1 ? `${headline} (${page.index}/${page.count})` : headline;
}

/** "Tiến độ BHXH tự nguyện · Số liệu đến ngày 24/4/2024", and the behind-first note if any. */
export function rankingSubline(kicker: string, asOf: string, note: string | undefined): string {
  return [kicker, asOf, note].filter(Boolean).join(' · ');
}
