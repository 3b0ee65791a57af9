// The card as the element tree satori lays out. Every part is absolutely placed from
// card-layout.ts, so the geometry the text was fitted to is exactly the geometry drawn.
import type { CardLayout, PlacedSlot } from './card-layout.ts';
import type { TextSlot } from './fit-text.ts';
import type { CardProps } from './card-props.ts';
import type { ImageFormat } from './formats.ts';

export const FONT_FAMILY = 'Be Vietnam Pro';

export interface Node {
  type: string;
  key?: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string; src?: string; width?: number; height?: number };
}

export function textStyle(slot: TextSlot, size: number, color: string): Record<string, string | number> {
  return { display: 'flex', fontFamily: FONT_FAMILY, fontSize: size, fontWeight: slot.weight, lineHeight: slot.lineHeight, color, width: slot.width };
}

function placedText(slot: PlacedSlot, size: number, color: string): Node {
  return { type: 'div', props: { style: { ...textStyle(slot, size, color), position: 'absolute', left: slot.x, top: slot.y, height: slot.height }, children: slot.text } };
}

function image(src: string, box: { x: number; y: number; width: number; height: number }): Node {
  return { type: 'img', props: { src, width: box.width, height: box.height, style: { position: 'absolute', left: box.x, top: box.y, width: box.width, height: box.height } } };
}

export interface CardAssets {
  /** Logo as a data: URI. */
  logo: string;
}

/** The whole card: background, accent rule, logo, texts at their fitted sizes, band, QR code. */
export function cardTree(format: ImageFormat, props: CardProps, layout: CardLayout, sizes: Record<string, number>, assets: CardAssets): Node {
  const { colors } = props;
  const s = layout.slots;
  const children: Node[] = [
    { type: 'div', props: { style: { position: 'absolute', left: 0, top: 0, width: format.width, height: Math.round(layout.margin / 3), backgroundColor: colors.primary } } },
    image(assets.logo, layout.logo),
    placedText(s.agency, sizes.agency!, colors.primary),
    placedText(s.kicker, sizes.kicker!, colors.text),
    { type: 'div', props: { style: { position: 'absolute', left: layout.band.x, top: layout.band.y, width: layout.band.width, height: layout.band.height, backgroundColor: colors.primary } } },
    { type: 'div', props: { style: { position: 'absolute', left: 0, top: layout.band.y, width: format.width, height: Math.max(2, Math.round(layout.margin / 6)), backgroundColor: colors.accent } } },
    placedText(s.hotline, sizes.hotline!, '#FFFFFF'),
    placedText(s.url, sizes.url!, '#FFFFFF'),
  ];
  if (s.detail) children.push(placedText(s.detail, sizes.detail!, colors.text));
  // Drawn last, above everything: were it ever to overflow its box, the pixel tests would see it
  // rather than the band hiding it.
  children.push(placedText(s.headline, sizes.headline!, colors.primary));
  if (layout.chart && props.chartSvg) children.push(image(`data:image/svg+xml;base64,${Buffer.from(props.chartSvg).toString('base64')}`, layout.chart));
  // The QR code itself is added to the SVG as vector shapes by render-card.ts (see qr-code.ts).
  return {
    type: 'div',
    props: { style: { display: 'flex', position: 'relative', width: format.width, height: format.height, backgroundColor: colors.background }, children },
  };
}
