// The card's element tree as satori draws it: every part at the place card-layout.ts gave it, in
// the colour it is meant to have, and the headline drawn last (above everything). The og boxes
// are the ones worked out by hand in card-layout.test.ts (unit 6,3 px, margin 38, band 107 px at
// y = 523); the tree is written out here by hand from them.
import { describe, expect, test } from 'vitest';
import { cardLayout } from '../../../src/lib/images/card-layout.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import { cardTree } from '../../../src/lib/images/card-tree.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';

const props: CardProps = {
  template: 'message',
  kicker: 'Thông điệp 1',
  headline: 'Tham gia BHXH tự nguyện',
  detail: 'Tháng 5/2023',
  url: 'https://bhxh.example.vn/thong-diep/a/',
  agency: 'BHXH tỉnh Bắc Giang',
  hotline: 'Đường dây nóng 1900 9068',
  colors: { primary: '#0B5394', accent: '#F1C232', text: '#1A1A1A', background: '#FFFFFF' },
};
const sizes = { agency: 28, kicker: 25, headline: 63, detail: 25, hotline: 31, url: 20 };
const LOGO = 'data:image/svg+xml;base64,bG9nbw==';

/** A text block as satori gets it: Be Vietnam Pro, absolutely placed in its slot's box. */
const text = (children: string, box: [left: number, top: number, width: number, height: number], fontSize: number, fontWeight: number, lineHeight: number, color: string) => ({
  type: 'div',
  props: { style: { display: 'flex', fontFamily: 'Be Vietnam Pro', fontSize, fontWeight, lineHeight, color, width: box[2], position: 'absolute', left: box[0], top: box[1], height: box[3] }, children },
});
const rect = (left: number, top: number, width: number, height: number, backgroundColor: string) => ({ type: 'div', props: { style: { position: 'absolute', left, top, width, height, backgroundColor } } });
const img = (src: string, x: number, y: number, width: number, height: number) => ({ type: 'img', props: { src, width, height, style: { position: 'absolute', left: x, top: y, width, height } } });

describe('cardTree', () => {
  test('og with a detail line, by hand: rule, logo, agency, kicker, band with its accent stripe, white hotline and address, detail, headline last', () => {
    const tree = cardTree(FORMATS.og, props, cardLayout(FORMATS.og, props), sizes, { logo: LOGO });
    expect(tree).toEqual({
      type: 'div',
      props: {
        style: { display: 'flex', position: 'relative', width: 1200, height: 630, backgroundColor: '#FFFFFF' },
        children: [
          // The brand rule along the top edge: a third of the margin (38 / 3 → 13 px).
          rect(0, 0, 1200, 13, '#0B5394'),
          img(LOGO, 38, 38, 63, 63),
          text('BHXH tỉnh Bắc Giang', [120, 38, 1042, 63], 28, 700, 1.2, '#0B5394'),
          text('Thông điệp 1', [38, 120, 1124, 50], 25, 700, 1.2, '#1A1A1A'),
          rect(0, 523, 1200, 107, '#0B5394'),
          // The accent stripe on the band's top edge: a sixth of the margin (38 / 6 → 6 px).
          rect(0, 523, 1200, 6, '#F1C232'),
          // White on the brand colour.
          text('Đường dây nóng 1900 9068', [38, 532, 1124, 41], 31, 800, 1.2, '#FFFFFF'),
          text('bhxh.example.vn/\u200Bthong-\u200Bdiep/\u200Ba', [38, 579.3, 1124, 41], 20, 400, 1.2, '#FFFFFF'),
          // 7 units (44 px) under a headline shortened by it and a gap: 296 − 44 − 19 = 233.
          text('Tháng 5/2023', [38, 441, 1124, 44], 25, 400, 1.25, '#1A1A1A'),
          text('Tham gia BHXH tự nguyện', [38, 189, 1124, 233], 63, 800, 1.2, '#0B5394'),
        ],
      },
    });
  });

  test('without a detail line there is no detail text, and the headline takes its room', () => {
    const plain = { ...props, detail: undefined };
    const tree = cardTree(FORMATS.og, plain, cardLayout(FORMATS.og, plain), sizes, { logo: LOGO });
    const children = tree.props.children as unknown[];
    expect(children).toHaveLength(9);
    expect(children.at(-1)).toEqual(text('Tham gia BHXH tự nguyện', [38, 189, 1124, 296], 63, 800, 1.2, '#0B5394'));
    expect(JSON.stringify(tree)).not.toContain('Tháng 5/2023');
  });

  test('og with a chart: the chart SVG is drawn as an image beside the headline, which gets 55 % of the width', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const chart = { ...props, detail: undefined, chartSvg: svg };
    const tree = cardTree(FORMATS.og, chart, cardLayout(FORMATS.og, chart), sizes, { logo: LOGO });
    const children = tree.props.children as unknown[];
    // Headline round(1124 × 0,55) = 618 wide; the chart right of it after a 19 px gap: x = 38 + 618 + 19, 1124 − 618 − 19 = 487 wide.
    expect(children.at(-2)).toEqual(text('Tham gia BHXH tự nguyện', [38, 189, 618, 296], 63, 800, 1.2, '#0B5394'));
    expect(children.at(-1)).toEqual(img('data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=', 675, 189, 487, 296));
  });

  test('the accent stripe is never thinner than 2 px, and the rules follow the margin of a large format', () => {
    // poster-a4: unit 24,8, margin 149: rule round(149 / 3) = 50 px, stripe round(149 / 6) = 25 px at the band's top (y = 2764).
    const a4 = cardTree(FORMATS['poster-a4'], props, cardLayout(FORMATS['poster-a4'], props), sizes, { logo: LOGO });
    const children = a4.props.children as unknown[];
    expect(children[0]).toEqual(rect(0, 0, 2480, 50, '#0B5394'));
    expect(children[5]).toEqual(rect(0, 2764, 2480, 25, '#F1C232'));
    // A (made-up) layout with a 6 px margin: the rule is 2 px, the stripe 2 px (not round(6 / 6) = 1).
    const layout = { ...cardLayout(FORMATS.og, props), margin: 6 };
    const small = cardTree(FORMATS.og, props, layout, sizes, { logo: LOGO }).props.children as unknown[];
    expect(small[0]).toEqual(rect(0, 0, 1200, 2, '#0B5394'));
    expect(small[5]).toEqual(rect(0, 523, 1200, 2, '#F1C232'));
  });
});
