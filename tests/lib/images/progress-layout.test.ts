// Progress image geometry without drawing: worked out by hand for og, and in every progress
// format the boxes stay inside the safe margins and never overlap.
import { describe, expect, test } from 'vitest';
import type { Box } from '../../../src/lib/images/card-layout.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';
import { linesAt, progressLayout, rankingSubline, rankingTitle, shownUrl } from '../../../src/lib/images/progress-layout.ts';
import type { ProgressSpec } from '../../../src/lib/images/progress-spec.ts';

const base: Omit<CardProps, 'progress'> = {
  template: 'progress',
  kicker: 'BHXH tự nguyện',
  headline: 'Tỉnh Bắc Giang',
  url: 'https://bhxh.example.vn/tien-do/bac-giang-2023/',
  agency: 'BHXH tỉnh Bắc Giang',
  hotline: 'Đường dây nóng 1900 9068',
  colors: { primary: '#0B5394', accent: '#F1C232', text: '#1A1A1A', background: '#FFFFFF' },
};
const headline: ProgressSpec = { kind: 'headline', numbers: '2.012 / 3.285 người — 61,2 %', percent: 61.2, status: { label: 'Chậm', color: '#a8361a' }, asOf: 'Số liệu đến ngày 21/5/2023', measure: 'Số người tham gia mới trong đợt', illustrative: false };
const ranking: ProgressSpec = { kind: 'ranking', rows: [{ name: 'Việt Yên', fraction: 0.815, label: '81,5 % · Đúng tiến độ', color: '#1f5fa8' }], target: 1, asOf: 'Số liệu đến ngày 21/5/2023', illustrative: false, fold: { others: '… và {n} đơn vị khác', seePage: 'xem trên trang' } };

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('progressLayout', () => {
  // No text below 3,5 % of the short side: 6,3 × 3,5 = 22,05 → 23 px on og. A text box is
  // ceil(lines × 1,2 × size) + 2 px tall: one line at 23 px is 30, at 4 units (25,2 px) 33.
  test('og headline card, by hand: unit 6,3, margin 38, text never below 23 px, band 84 at y = 546, then kicker, name, numbers, bar, status, meaning', () => {
    const l = progressLayout(FORMATS.og, { ...base, progress: headline });
    expect(l.margin).toBe(38);
    // Logo 6,5 units (41); the agency's one line at 23 px (30) is shorter, so the header is 41.
    expect(l.logo).toEqual({ x: 38, y: 38, width: 41, height: 41 });
    expect(l.slots.agency).toMatchObject({ x: 38 + 41 + 13, y: 38, width: 1124 - 41 - 13, height: 41, maxSize: 4 * 6.3, minSize: 23, weight: 700 });
    // Band: padding 9, hotline 33, 3, address 30, padding 9 = 84, at the bottom.
    expect(l.band).toEqual({ x: 0, y: 546, width: 1200, height: 84 });
    expect(l.slots.hotline).toMatchObject({ x: 38, y: 555, width: 1124, height: 33, minSize: 23, weight: 800 });
    expect(l.slots.url).toMatchObject({ x: 38, y: 591, width: 1124, height: 30, minSize: 23, weight: 400, text: 'bhxh.example.vn/\u200Btien-\u200Bdo/\u200Bbac-\u200Bgiang-\u200B2023' });
    // From y = 38 + 41 + 13 = 92 down to 527 (the band less 3 units), a gap of 8 after each. Each
    // text first gets its lines (kicker 30, name 33, numbers 33, bar 25, status 30, meaning 30:
    // 181); the 527 − 92 − 181 − 5 × 8 = 214 px left go 45 % to the name (33 + 96), 55 % to the
    // numbers (33 + 118).
    const at = (name: string) => [l.slots[name]!.y, l.slots[name]!.height];
    expect(at('kicker')).toEqual([92, 30]);
    expect(at('headline')).toEqual([130, 129]);
    expect(at('numbers')).toEqual([267, 151]);
    expect(l.body).toEqual({ x: 38, y: 426, width: 1124, height: 25 });
    expect(at('status')).toEqual([459, 30]);
    expect(at('measure')).toEqual([497, 30]);
    expect(l.slots.status!.text).toBe('Chậm · Số liệu đến ngày 21/5/2023');
    expect(l.slots.numbers).toMatchObject({ maxSize: 10 * 6.3, minSize: 25, weight: 800 });
    for (const slot of Object.values(l.slots)) expect(slot.minSize, slot.label).toBeGreaterThanOrEqual(23);
  });

  test('og ranking, by hand: title, date line, then the rows’ area down to the band', () => {
    const l = progressLayout(FORMATS.og, { ...base, headline: 'Xếp hạng các huyện', progress: ranking });
    expect([l.slots.headline!.y, l.slots.headline!.height]).toEqual([92, 30]);
    expect(l.slots.asOf).toMatchObject({ y: 130, height: 30, text: 'BHXH tự nguyện · Số liệu đến ngày 21/5/2023' });
    // Half a unit (3) below the date line, down to 527.
    expect(l.body).toEqual({ x: 38, y: 171, width: 1124, height: 356 });
    expect(Object.keys(l.slots).sort()).toEqual(['agency', 'asOf', 'headline', 'hotline', 'url']);
  });

  test('shownUrl drops the scheme and the last slash, and lets the address wrap after / and -', () => {
    expect(shownUrl('https://a-b.vn/x-y/')).toBe('a-\u200Bb.vn/\u200Bx-\u200By');
    expect(shownUrl('http://a.vn')).toBe('a.vn');
  });

  for (const name of ['og', 'square'] as const) {
    for (const spec of [headline, ranking]) {
      test(`${name} ${spec.kind}: every box inside the margins, the band at the bottom, none overlapping`, () => {
        const format = FORMATS[name];
        const l = progressLayout(format, { ...base, progress: spec });
        const m = l.margin;
        // Compact: 3 units (not the 6-unit margin) between the content and the band.
        const above: Box = { x: m, y: m, width: format.width - 2 * m, height: l.band.y - Math.round(3 * l.u) - m };
        expect(l.band.y + l.band.height).toBe(format.height);
        const band = [l.slots.hotline!, l.slots.url!];
        const top = [l.logo, l.body, ...Object.entries(l.slots).filter(([k]) => k !== 'hotline' && k !== 'url').map(([, s]) => s)];
        for (const box of top) expect(inside(box, above), JSON.stringify(box)).toBe(true);
        for (const box of band) expect(inside(box, { ...l.band, x: m, width: format.width - 2 * m }), JSON.stringify(box)).toBe(true);
        const all = [...top, ...band];
        for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(overlap(all[i]!, all[j]!), `${i} × ${j}`).toBe(false);
        for (const slot of Object.values(l.slots)) expect(slot.maxSize).toBeGreaterThanOrEqual(slot.minSize);
      });
    }
  }

  test('every slot is named in words staff recognise, for the fit error', () => {
    const labels = (spec: ProgressSpec) => Object.fromEntries(Object.entries(progressLayout(FORMATS.og, { ...base, progress: spec }).slots).map(([k, v]) => [k, v.label]));
    expect(labels(headline)).toEqual({ agency: 'Tên cơ quan', hotline: 'Đường dây nóng', url: 'Địa chỉ trang', kicker: 'Dòng giới thiệu', headline: 'Tên đơn vị', numbers: 'Số đạt / chỉ tiêu', status: 'Tình trạng', measure: 'Ý nghĩa số liệu' });
    expect(labels(ranking)).toEqual({ agency: 'Tên cơ quan', hotline: 'Đường dây nóng', url: 'Địa chỉ trang', headline: 'Tên biểu đồ', asOf: 'Ngày số liệu' });
  });

  test('og headline card: the largest sizes each text may grow to, by hand (unit 6,3)', () => {
    const l = progressLayout(FORMATS.og, { ...base, progress: headline });
    const max = Object.fromEntries(Object.entries(l.slots).map(([k, v]) => [k, v.maxSize]));
    // agency, hotline, kicker 4 units; name 9; numbers 10; status 4,2; meaning 3,6 (22,68, under the 23 px floor: 23); address 23.
    expect(max).toEqual({ agency: 4 * 6.3, hotline: 4 * 6.3, url: 23, kicker: 4 * 6.3, headline: 9 * 6.3, numbers: 10 * 6.3, status: 4.2 * 6.3, measure: 23 });
    expect(progressLayout(FORMATS.og, { ...base, progress: ranking }).slots.headline!.maxSize).toBe(5.5 * 6.3);
    // square: unit 10,8, smallest text ceil(37,8) = 38 px; the meaning may grow to 3,6 units (38,88).
    expect(progressLayout(FORMATS.square, { ...base, progress: headline }).slots.measure!.maxSize).toBe(3.6 * 10.8);
  });

  test('a targets-only card has no status word: the status line is the date line alone', () => {
    const targetsOnly: ProgressSpec = { ...headline, status: { label: '', color: '#595959' }, asOf: 'Chưa có số liệu thực hiện' } as ProgressSpec;
    expect(progressLayout(FORMATS.og, { ...base, progress: targetsOnly }).slots.status!.text).toBe('Chưa có số liệu thực hiện');
  });

  test('an agency name on two lines: the header grows to them and the logo is centred beside them', () => {
    const agency = 'Bảo hiểm xã hội tỉnh Bắc Giang, Phòng Truyền thông và Phát triển đối tượng tham gia bảo hiểm xã hội';
    // At 23 px in 1124 − 41 − 13 = 1070 px the name takes two lines: ceil(2 × 1,2 × 23) + 2 = 58 px.
    expect(linesAt(agency, 1070, 23, 700)).toBe(2);
    const l = progressLayout(FORMATS.og, { ...base, agency, progress: headline });
    expect(l.slots.agency).toMatchObject({ y: 38, height: 58 });
    // The 41 px logo centred in 58: round(17 / 2) = 9 px down.
    expect(l.logo).toEqual({ x: 38, y: 47, width: 41, height: 41 });
  });
});

describe('linesAt', () => {
  // Be Vietnam Pro regular: "!" 280 units, space 230 (image-font-metrics.ts). At 100 px a word "!!"
  // is 56 px, counted 2 % wider: 57,12; a space 23. Three words on one line: 3 × 57,12 + 2 × 23 = 217,36.
  test('wraps between words exactly when the next word would pass the width, with the font’s advances', () => {
    expect(linesAt('!! !! !!', 217.36, 100, 400)).toBe(1);
    expect(linesAt('!! !! !!', 217.3, 100, 400)).toBe(2);
    // Two words fit 137,24: the third goes on a second line, and at 137 each on its own.
    expect(linesAt('!! !! !!', 137.24, 100, 400)).toBe(2);
    expect(linesAt('!! !! !!', 137.2, 100, 400)).toBe(3);
    // A word wider than the width alone still takes one line, not two.
    expect(linesAt('!!', 10, 100, 400)).toBe(1);
    expect(linesAt('', 10, 100, 400)).toBe(1);
  });

  test('an address wraps after its zero-width spaces too; runs of spaces count as one', () => {
    expect(linesAt('!!\u200B!!\u200B!!', 137.2, 100, 400)).toBe(3);
    expect(linesAt('!!    !!', 137.24, 100, 400)).toBe(1);
  });
});

describe('ranking titles and date lines', () => {
  test('"(1/2)" only when the ranking spreads over several images', () => {
    expect(rankingTitle('Xếp hạng các xã', { index: 1, count: 2 })).toBe('Xếp hạng các xã (1/2)');
    expect(rankingTitle('Xếp hạng các xã', { index: 1, count: 1 })).toBe('Xếp hạng các xã');
    expect(rankingTitle('Xếp hạng các xã', undefined)).toBe('Xếp hạng các xã');
  });

  test('the date line joins what there is with " · "', () => {
    expect(rankingSubline('BHXH tự nguyện', 'số liệu đến 21/5/2023', 'Các xã chậm nhất')).toBe('BHXH tự nguyện · số liệu đến 21/5/2023 · Các xã chậm nhất');
    expect(rankingSubline('BHXH tự nguyện', 'số liệu đến 21/5/2023', undefined)).toBe('BHXH tự nguyện · số liệu đến 21/5/2023');
  });
});

