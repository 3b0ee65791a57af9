// Geometry of the unit-progress images (og 1200×630 and square 1080×1080): the same safe margin
// as every card, a compact header (logo, agency) and band (hotline, address) so the chart gets
// the height, and between them either the headline (unit, numbers, bar, status) or the ranking
// rows. Sizes are multiples of the format's unit (1 % of the short side).
import type { Box, PlacedSlot } from './card-layout.ts';
import type { CardProps } from './card-props.ts';
import type { TextSlot } from './fit-text.ts';
import { unit, type ImageFormat } from './formats.ts';

export interface ProgressLayout {
  margin: number;
  u: number;
  logo: Box;
  band: Box;
  /** Headline: the bar's box; ranking: the rows' area. */
  body: Box;
  slots: Record<string, PlacedSlot>;
}

function slot(label: string, text: string, box: Box, maxSize: number, minSize: number, weight: TextSlot['weight'], lineHeight = 1.2): PlacedSlot {
  return { label, text, ...box, maxSize: Math.max(maxSize, minSize), minSize: Math.round(minSize), weight, lineHeight };
}

/** Address without scheme, with zero-width spaces after "/" and "-" so it can wrap. */
export function shownUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '').replace(/([/-])/g, '$1\u200B');
}

export function progressLayout(format: ImageFormat, props: CardProps): ProgressLayout {
  const spec = props.progress!;
  const u = unit(format);
  const m = Math.round(6 * u);
  const inner = format.width - 2 * m;
  const r = Math.round;
  const logoSize = r(7 * u);
  const logo: Box = { x: m, y: m, width: logoSize, height: logoSize };
  const gap = r(2 * u);
  const slots: Record<string, PlacedSlot> = {};
  slots.agency = slot('Tên cơ quan', props.agency, { x: m + logoSize + gap, y: m, width: inner - logoSize - gap, height: logoSize }, 4 * u, 2.6 * u, 700);
  // Band: the hotline on one line, the address under it (it may wrap), both across the width, so
  // a long hotline or address never has to share a line.
  const bandHeight = r(14.5 * u);
  const band: Box = { x: 0, y: format.height - bandHeight, width: format.width, height: bandHeight };
  slots.hotline = slot('Đường dây nóng', props.hotline, { x: m, y: band.y + r(1.8 * u), width: inner, height: r(5 * u) }, 4 * u, 2.5 * u, 800);
  slots.url = slot('Địa chỉ trang', shownUrl(props.url), { x: m, y: band.y + r(7.3 * u), width: inner, height: r(6 * u) }, 2.8 * u, 2.2 * u, 400);
  const bottom = band.y - r(3 * u);
  let y = m + logoSize + r(2.5 * u);
  const take = (height: number) => {
    const top = y;
    y += r(height) + r(1.2 * u);
    return { x: m, y: top, width: inner, height: r(height) };
  };
  if (spec.kind === 'headline') {
    slots.kicker = slot('Dòng giới thiệu', props.kicker, take(8 * u), 4 * u, 2.6 * u, 700);
    const rest = bottom - y;
    slots.headline = slot('Tên đơn vị', props.headline, take(rest * 0.25), 9 * u, 4 * u, 800);
    slots.numbers = slot('Số đạt / chỉ tiêu', spec.numbers, take(rest * 0.22), 10 * u, 4 * u, 800);
    const body = take(rest * 0.09);
    slots.status = slot('Tình trạng', [spec.status.label, spec.asOf].filter(Boolean).join(' · '), take(rest * 0.17), 4.2 * u, 2.6 * u, 700);
    slots.measure = slot('Ý nghĩa số liệu', spec.measure, { x: m, y, width: inner, height: bottom - y }, 3.4 * u, 2.4 * u, 400);
    return { margin: m, u, logo, band, body, slots };
  }
  slots.headline = slot('Tên biểu đồ', props.headline, take(10 * u), 5.5 * u, 2.8 * u, 800);
  slots.asOf = slot('Ngày số liệu', `${props.kicker} · ${spec.asOf}`, take(7 * u), 3.2 * u, 2.2 * u, 700);
  const body: Box = { x: m, y: y + r(u), width: inner, height: bottom - y - r(u) };
  return { margin: m, u, logo, band, body, slots };
}
