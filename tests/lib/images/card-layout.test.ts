// Card geometry without drawing: the boxes of every format stay inside the safe margins, never
// overlap, leave the band to the hotline, address and QR code, and give text at least the
// smallest legible size. The og card's boxes are worked out by hand from the layout's rules.
import { describe, expect, test } from 'vitest';
import { cardLayout, type Box } from '../../../src/lib/images/card-layout.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import { FORMAT_NAMES, FORMATS, isWide, minTextSize, unit } from '../../../src/lib/images/formats.ts';

const props: CardProps = {
  template: 'message',
  kicker: 'Thông điệp · Tháng cao điểm 2023',
  headline: 'Tham gia BHXH tự nguyện để có lương hưu',
  url: 'https://bhxh.example.vn/thong-diep/bac-giang-2023-1/',
  agency: 'BHXH tỉnh Bắc Giang',
  hotline: 'Đường dây nóng 1900 9068',
  colors: { primary: '#0B5394', accent: '#F1C232', text: '#1A1A1A', background: '#FFFFFF' },
};
const withDetail = { ...props, detail: 'Tháng 5/2023' };
const withChart = { ...props, chartSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' };

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('cardLayout', () => {
  test('og, by hand: unit 6,3 px, margin 38, logo 63, band 107 high at y = 523, headline 1124 × 296 at (38, 189)', () => {
    const card = cardLayout(FORMATS.og, props);
    expect(card.margin).toBe(38);
    expect(card.logo).toEqual({ x: 38, y: 38, width: 63, height: 63 });
    // og is wide (1200 / 630 > 1,5): a 17-unit band, 107 px.
    expect(card.band).toEqual({ x: 0, y: 523, width: 1200, height: 107 });
    expect(card.qr).toBeNull();
    // gap 19: agency beside the logo, kicker under it, headline under the kicker down to the band's margin (523 − 38).
    expect(card.slots.agency).toMatchObject({ x: 120, y: 38, width: 1042, height: 63, maxSize: 4.5 * 6.3, minSize: 19, weight: 700, lineHeight: 1.2 });
    expect(card.slots.kicker).toMatchObject({ x: 38, y: 120, width: 1124, height: 50, maxSize: 4 * 6.3, minSize: 19, weight: 700 });
    expect(card.slots.headline).toMatchObject({ x: 38, y: 189, width: 1124, height: 296, maxSize: 63, minSize: 25, weight: 800, lineHeight: 1.2 });
    expect(card.slots.detail).toBeNull();
    // The band: padding round((107 − 14 × 6,3) / 2) = 9, hotline 41 high, one unit, then the address.
    expect(card.slots.hotline).toMatchObject({ x: 38, y: 532, width: 1124, height: 41, maxSize: 5 * 6.3, minSize: 19, weight: 800 });
    expect(card.slots.url).toMatchObject({ x: 38, y: 532 + 41 + 6.3, width: 1124, height: 41, maxSize: 3.2 * 6.3, minSize: 16, weight: 400 });
    expect(card.slots.url.text).toBe('bhxh.example.vn/\u200Bthong-\u200Bdiep/\u200Bbac-\u200Bgiang-\u200B2023-\u200B1');
    // An http:// site too prints its address without the scheme.
    expect(cardLayout(FORMATS.og, { ...props, url: 'http://loa.example/a/' }).slots.url.text).toBe('loa.example/\u200Ba');
  });

  test('og with a detail line: it takes 7 units (44 px) and a gap under a shorter headline', () => {
    const card = cardLayout(FORMATS.og, withDetail);
    expect(card.slots.headline.height).toBe(296 - 44 - 19);
    expect(card.slots.detail).toMatchObject({ label: 'Dòng phụ', x: 38, y: 189 + 233 + 19, width: 1124, height: 44, maxSize: 4 * 6.3, minSize: 19, weight: 400, lineHeight: 1.25 });
  });

  test('a policy card’s answer is two lines of large bold text, named "Câu trả lời" in a fit error: 15 units on og, 22 on square', () => {
    const policy: CardProps = { ...props, template: 'policy', detail: 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.' };
    // og (wide): round(15 × 6,3) = 95 px, up to 6 units (37,8 px), under a headline of 296 − 95 − 19 = 182 px.
    const og = cardLayout(FORMATS.og, policy);
    expect(og.slots.headline.height).toBe(182);
    expect(og.slots.detail).toMatchObject({ label: 'Câu trả lời', x: 38, y: 189 + 182 + 19, width: 1124, height: 95, maxSize: 6 * 6.3, minSize: 19, weight: 700, lineHeight: 1.2 });
    // square: round(22 × 10,8) = 238 px, from 3 units (32 px) up to 7 (75,6 px); headline 864 − 65 − 323 − 238 − 32 = 206 px.
    const square = cardLayout(FORMATS.square, policy);
    expect(square.slots.headline.height).toBe(206);
    expect(square.slots.detail).toMatchObject({ label: 'Câu trả lời', x: 65, y: 323 + 206 + 32, width: 950, height: 238, maxSize: 7 * 10.8, minSize: 32, weight: 700, lineHeight: 1.2 });
  });

  test('a text with Khmer letters gets lines at least 1,35 high (its stacked subscripts stay in the box); Vietnamese keeps its own', () => {
    const km = cardLayout(FORMATS.og, { ...withDetail, headline: 'ចូលរួមធានារ៉ាប់រងសង្គម', detail: 'ខែ ៥ ឆ្នាំ ២០២៣', agency: 'BHXH tỉnh Bắc Giang' });
    expect([km.slots.headline.lineHeight, km.slots.detail!.lineHeight, km.slots.agency.lineHeight, km.slots.kicker.lineHeight]).toEqual([1.35, 1.35, 1.2, 1.2]);
    // One Khmer letter is enough: a mixed text is laid out for its deepest stacks.
    expect(cardLayout(FORMATS.og, { ...props, headline: 'BHXH ក' }).slots.headline.lineHeight).toBe(1.35);
  });

  test('every slot is named in words staff recognise, for the fit error', () => {
    const card = cardLayout(FORMATS.og, withDetail);
    expect(Object.fromEntries(Object.entries(card.slots).map(([k, v]) => [k, v?.label]))).toEqual({
      agency: 'Tên cơ quan', kicker: 'Dòng giới thiệu', headline: 'Nội dung chính', detail: 'Dòng phụ', hotline: 'Đường dây nóng', url: 'Địa chỉ trang',
    });
  });

  test('square with a detail line: 12 units (130 px), and a chart takes 40 units under the headline', () => {
    // unit 10,8: margin 65, band 20 units = 216 at y = 864; headline from 65 + 108 + 32 + 86 + 32 = 323.
    const detail = cardLayout(FORMATS.square, withDetail);
    expect(detail.band).toEqual({ x: 0, y: 864, width: 1080, height: 216 });
    expect(detail.slots.detail).toMatchObject({ height: 130, maxSize: 5 * 10.8 });
    expect(detail.slots.headline).toMatchObject({ y: 323, height: 864 - 65 - 323 - 130 - 32 });
    const chart = cardLayout(FORMATS.square, withChart);
    expect(chart.chart).toEqual({ x: 65, y: 323 + (864 - 65 - 323 - 432 - 32) + 32, width: 950, height: 432 });
  });

  test('poster-a4 by hand: the QR code is 24 units (595 px), centred in a 30-unit band, at the right margin', () => {
    const card = cardLayout(FORMATS['poster-a4'], props);
    // unit 24,8: margin 149, band 744 at y = 2764, QR 595 at x = 2480 − 149 − 595 = 1736.
    expect(card.band).toEqual({ x: 0, y: 2764, width: 2480, height: 744 });
    expect(card.qr).toEqual({ x: 1736, y: 2764 + 75, width: 595, height: 595 });
    expect(card.slots.hotline.width).toBe(2480 - 2 * 149 - 595 - 74);
  });

  test('safe zones, by hand: a story’s content starts below its top 14 % and its band’s text sits above the bottom 14 %; a standee’s band above its base', () => {
    // story: unit 10,8, margin 65, zones round(1920 × 0,14) = 269 px; the band's colour runs to the edge.
    const story = cardLayout(FORMATS.story, props);
    expect(story.logo).toEqual({ x: 65, y: 269 + 65, width: 108, height: 108 });
    expect(story.band).toEqual({ x: 0, y: 1920 - 269 - 216, width: 1080, height: 216 + 269 });
    // standee: unit 18,9, margin 113, base round(4724 × 0,15) = 709, band 567, QR 454 centred in it.
    const standee = cardLayout(FORMATS.standee, props);
    expect(standee.logo.y).toBe(113);
    expect(standee.band).toEqual({ x: 0, y: 4724 - 709 - 567, width: 1890, height: 567 + 709 });
    expect(standee.qr).toEqual({ x: 1890 - 113 - 454, y: 3448 + 57, width: 454, height: 454 });
    for (const [card, top, bottom] of [[story, 269, 1920 - 269], [standee, 0, 4724 - 709]] as const) {
      for (const box of [card.logo, ...Object.values(card.slots).filter((s) => s !== null), ...(card.qr ? [card.qr] : [])]) {
        expect(box.y, JSON.stringify(box)).toBeGreaterThanOrEqual(top);
        expect(box.y + box.height, JSON.stringify(box)).toBeLessThanOrEqual(bottom);
      }
    }
  });

  describe.each(FORMAT_NAMES)('%s', (name) => {
    const format = FORMATS[name];
    const page: Box = { x: 0, y: 0, width: format.width, height: format.height };
    for (const [what, p] of [['text', props], ['detail', withDetail], ['chart', withChart]] as const) {
      test(`with ${what}: every box inside the margins, none overlapping, text sizes legible`, () => {
        const card = cardLayout(format, p);
        const m = card.margin;
        expect(m).toBe(Math.round(6 * unit(format)));
        const safe: Box = { x: m, y: m, width: format.width - 2 * m, height: format.height - 2 * m };
        const above: Box = { x: m, y: m, width: format.width - 2 * m, height: card.band.y - 2 * m };
        expect(inside(card.band, page)).toBe(true);
        expect(card.band.y + card.band.height).toBe(format.height);
        const top = [card.logo, card.slots.agency, card.slots.kicker, card.slots.headline, ...(card.slots.detail ? [card.slots.detail] : []), ...(card.chart ? [card.chart] : [])];
        const bottom = [card.slots.hotline, card.slots.url, ...(card.qr ? [card.qr] : [])];
        for (const box of top) expect(inside(box, above), JSON.stringify(box)).toBe(true);
        // Band contents: inside the band and the side margins; on print the hotline and address
        // stay inside the bottom margin too (the QR code, centred in the band, may reach into it:
        // its white quiet zone is the outer 4 modules).
        for (const box of bottom) expect(inside(box, { ...card.band, x: m, width: format.width - 2 * m }), JSON.stringify(box)).toBe(true);
        for (const box of [card.slots.hotline, card.slots.url]) if (format.qr) expect(inside(box, safe), JSON.stringify(box)).toBe(true);
        const all = [...top, ...bottom];
        for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!, all[j]!), `${i} × ${j}`).toBe(false);
        expect(card.slots.headline.minSize).toBe(minTextSize(format));
        for (const slot of Object.values(card.slots)) if (slot) expect(slot.maxSize).toBeGreaterThanOrEqual(slot.minSize);
        expect(card.qr !== null).toBe(format.qr);
        expect(card.chart !== null).toBe(what === 'chart');
        expect(card.slots.detail !== null).toBe(what === 'detail');
        if (what === 'chart' && isWide(format)) expect(card.slots.headline.width).toBe(Math.round((format.width - 2 * m) * 0.55));
      });
    }
  });
});
