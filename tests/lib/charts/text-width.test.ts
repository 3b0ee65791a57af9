// The charts' text measurement: the generated metrics are those of the font files the pages
// serve (npm run charts:metrics), widths add up the fonts' own advances, wrapping never exceeds
// the width it is given, and the geometry helpers the label placement relies on are right.
import fs from 'node:fs';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { SERVED_FONT_FILES, servedFontPath } from '../../../src/integrations/font-metrics-source.ts';
import { boxesOverlap, ellipsize, segmentHitsBox, textBox, textWidth, wrapText } from '../../../src/lib/charts/text-width.ts';
import { placeLabels } from '../../../src/lib/charts/label-placement.ts';

const fonts = SERVED_FONT_FILES.map((f) => create(fs.readFileSync(servedFontPath(f))) as Font);
/** The width the served files give a string, read here straight from the files (the Vietnamese subset wins, as in fonts.css). */
const fileWidth = (text: string, size: number) =>
  ([...text].reduce((sum, ch) => {
    const cp = ch.codePointAt(0)!;
    const font = [...fonts].reverse().find((f) => f.characterSet.includes(cp))!;
    return sum + font.glyphForCodePoint(cp).advanceWidth;
  }, 0) / 1000) * size;

describe('font metrics', () => {
  // That the generated tables are up to date: tests/lib/charts/font-metrics-files.test.ts.
  it('widths are the served font’s advances, for Vietnamese letters too', () => {
    for (const text of ['Chỉ tiêu 3.285', 'Dự báo 2.970', 'Tổ dân phố Cung Nhượng 1', 'Thời gian chiến dịch 1/5–31/5', 'ỄỆỮỰĐđ']) {
      expect(textWidth(text, 15)).toBeCloseTo(fileWidth(text, 15), 6);
    }
    // Bold is drawn by the browser from the regular face: a little wider, never narrower.
    expect(textWidth('Đạt 2.012', 15, 700)).toBeGreaterThan(textWidth('Đạt 2.012', 15));
  });
});

describe('wrapText and ellipsize', () => {
  it('never return a line wider than asked', () => {
    const name = 'Tổ dân phố Cung Nhượng 1 thuộc phường Thọ Xương, thành phố Thanh Hóa';
    for (const width of [60, 120, 200, 390]) {
      for (const line of wrapText(name, width, 15, 700)) expect(textWidth(line, 15, 700), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
    expect(wrapText('Yên Thế', 390, 15)).toEqual(['Yên Thế']);
    // A no-break space joins a number to its unit: never a line break there.
    const goal = 'Mục tiêu: 94,44\u00a0% dân số, tức là khoảng 114.825\u00a0người';
    for (const width of [60, 100, 160]) for (const line of wrapText(goal, width, 15, 400, 9)) expect(line, `${width}`).not.toMatch(/^(%|người)/);
    expect(wrapText(goal, 160, 15, 400, 9).join(' ')).toBe(goal);
    expect(ellipsize('Thành phố Hồ Chí Minh', 80, 15)).toMatch(/…$/);
  });
});

describe('geometry', () => {
  it('segmentHitsBox: crossing, inside, touching the padding, and missing', () => {
    const box = { x: 10, y: 10, width: 20, height: 10 };
    expect(segmentHitsBox(0, 15, 40, 15, box)).toBe(true);
    expect(segmentHitsBox(12, 12, 14, 14, box)).toBe(true);
    expect(segmentHitsBox(0, 0, 40, 5, box)).toBe(false);
    expect(segmentHitsBox(0, 8, 40, 8, box, 2)).toBe(true);
    expect(segmentHitsBox(0, 30, 40, 0, box)).toBe(true);
    expect(segmentHitsBox(0, 0, 9, 30, box)).toBe(false);
  });

  it('placeLabels takes the first free candidate and drops a label with none', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 300 };
    const [a, b, c] = placeLabels(
      [
        { id: 'a', text: 'Chỉ tiêu 3.285', size: 15, weight: 700, candidates: [{ x: 390, y: 50, anchor: 'end' }] },
        // Its first place is taken by "a"; the second crosses the line; the third is free.
        { id: 'b', text: 'Dự báo 2.970', size: 15, weight: 400, candidates: [{ x: 390, y: 52, anchor: 'end' }, { x: 390, y: 100, anchor: 'end' }, { x: 390, y: 140, anchor: 'end' }] },
        { id: 'c', text: 'Đạt 2.012', size: 15, weight: 700, candidates: [{ x: 10, y: 350, anchor: 'start' }] },
      ],
      { segments: [[0, 95, 400, 95]], boxes: [], bounds },
    );
    expect(a!.box).toEqual(textBox('Chỉ tiêu 3.285', 390, 50, 15, 'end', 700));
    expect(b!.y).toBe(140);
    expect(c).toBeNull();
    expect(boxesOverlap(a!.box, b!.box)).toBe(false);
  });
});
