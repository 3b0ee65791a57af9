// How a ranking share image holds its rows at a legible size: Thọ Xương's 17 groups over two
// images ("1/2", "2/2") of 9 and 8 rows; a ranking of 60 units on one image with the units behind
// first and a line saying what it leaves out; a name too long for any column shortened with "…".
import { describe, expect, test } from 'vitest';
import { FORMATS } from '../../../src/lib/images/formats.ts';
import { minProgressText, progressLayout } from '../../../src/lib/images/progress-layout.ts';
import { MAX_PAGES, ROW_PITCH, columnWidth, fitsColumns, rankingPages, rowWidths } from '../../../src/lib/images/ranking-pages.ts';
import type { RankingRow, RankingSpec } from '../../../src/lib/images/progress-spec.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';

const row = (name: string, percent: number | null, status: RankingRow['status']): RankingRow => ({ name, fraction: percent === null ? null : percent / 100, label: percent === null ? 'Chưa rõ' : `${percent} % · ${status === 'cham' ? 'Chậm' : 'Đúng tiến độ'}`, color: '#a8361a', status });
const spec = (rows: RankingRow[]): RankingSpec => ({ kind: 'ranking', rows, target: 1, asOf: 'số liệu đến 24/4/2024', illustrative: false, fold: { others: '… và {n} đơn vị khác', seePage: 'xem trên trang' } });
const props = (s: RankingSpec): CardProps => ({
  template: 'progress',
  kicker: 'BHXH tự nguyện',
  headline: 'Tỷ lệ đạt chỉ tiêu của các tổ dân phố thuộc Phường Thọ Xương',
  url: 'https://loa.example/tien-do/tho-xuong-2024/',
  agency: 'Ban Truyền thông BHXH tự nguyện (trang mẫu)',
  hotline: 'Đường dây nóng 1900 9068',
  colors: { primary: '#0b5cad', accent: '#f2a900', text: '#1a1a1a', background: '#ffffff' },
  progress: s,
});
// Thọ Xương's 17 groups as the ranking shows them (4 on schedule, 9 behind, 4 without figures).
const thoXuong = [
  row('Tổ dân phố Số 4', 62.5, 'dung-tien-do'), row('Tổ dân phố Tiền', 44.4, 'dung-tien-do'), row('Hà Vị 2', 37.5, 'dung-tien-do'), row('Tổ dân phố Số 2', 37.5, 'dung-tien-do'),
  row('Tổ dân phố Số 1', 20, 'cham'), row('Cung Nhượng 1', 16.7, 'cham'), row('Tổ dân phố Mới', 16.7, 'cham'), row('Cung Nhượng 2', 12.5, 'cham'), row('Hà Vị 1', 12.5, 'cham'),
  row('Tổ dân phố Hậu', 12.5, 'cham'), row('Hòa Yên', 12.5, 'cham'), row('Tổ dân phố Số 3', 12.5, 'cham'), row('Tổ dân phố Số 8', 12.5, 'cham'),
  row('Tổ dân phố Hương', null, 'chua-ro'), row('Tổ dân phố Số 5', null, 'chua-ro'), row('Tổ dân phố Số 6', null, 'chua-ro'), row('Tổ dân phố Số 7', null, 'chua-ro'),
];

describe('rankingPages', () => {
  test.each(['og', 'square'] as const)('%s: every page’s rows fit its area at the smallest legible size, and the pages hold every row once', (name) => {
    const format = FORMATS[name];
    const pages = rankingPages(spec(thoXuong), format, props(spec(thoXuong)));
    expect(pages.flatMap((p) => p.rows)).toEqual(thoXuong);
    const min = minProgressText(format);
    for (const page of pages) {
      const area = progressLayout(format, props(page)).body;
      const cols = page.cols ?? 1;
      expect(Math.ceil(page.rows.length / cols) * min * ROW_PITCH, `${name} ${page.page?.index}`).toBeLessThanOrEqual(area.height);
      const colWidth = (area.width - (cols - 1) * 4 * (Math.min(format.width, format.height) / 100)) / cols;
      const widest = Math.max(...page.rows.map((r) => rowWidths(r, min).name)) + Math.max(...page.rows.map((r) => rowWidths(r, min).label));
      expect(widest, `${name} ${page.page?.index}`).toBeLessThan(colWidth * 0.85);
    }
  });

  test('square: Thọ Xương’s 17 groups go on two images of 9 and 8 rows, numbered 1/2 and 2/2', () => {
    const pages = rankingPages(spec(thoXuong), FORMATS.square, props(spec(thoXuong)));
    expect(pages.map((p) => [p.rows.length, p.page])).toEqual([[9, { index: 1, count: 2 }], [8, { index: 2, count: 2 }]]);
    // Both images are drawn at one size: the widest texts of the whole ranking and the fuller page's rows.
    expect(pages[0]!.sizeLike).toEqual(pages[1]!.sizeLike);
    expect(pages[0]!.sizeLike!.rows).toBe(9);
  });

  test('a ranking that fits one image at the smallest size stays on one; one row more takes two', () => {
    const format = FORMATS.square;
    // Names too long for two columns side by side at that size.
    const many = (n: number) => Array.from({ length: n }, (_, i) => row(`Tổ dân phố Cung Nhượng ${i + 1}`, 50, 'cham'));
    const area = progressLayout(format, props({ ...spec(many(2)), page: { index: 1, count: 9 } })).body;
    const fit = Math.floor(area.height / (minProgressText(format) * 1.4));
    expect(fit).toBeGreaterThanOrEqual(9);
    expect(rankingPages(spec(many(fit)), format, props(spec(many(fit)))).map((p) => p.rows.length)).toEqual([fit]);
    expect(rankingPages(spec(many(fit + 1)), format, props(spec(many(fit + 1)))).map((p) => p.rows.length)).toEqual([Math.ceil((fit + 1) / 2), Math.floor((fit + 1) / 2)]);
  });

  test('a ranking longer than three images: one image, the units behind first, saying what it leaves out', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(`Xã Thử Nghiệm ${i + 1}`, 100 - i, i < 20 ? 'dung-tien-do' : 'cham'));
    rows.push(row('Xã Chưa Báo Cáo', null, 'chua-ro'));
    const [only, ...rest] = rankingPages(spec(rows), FORMATS.square, props(spec(rows)));
    expect(rest).toEqual([]);
    expect(only!.page).toBeUndefined();
    expect(only!.rows[0]!.name).toBe('Xã Thử Nghiệm 60');
    expect(only!.rows.every((r) => r.status === 'cham')).toBe(true);
    expect(only!.note).toBe(`40 đơn vị chậm tiến độ, chậm nhất trước; ảnh ghi ${only!.rows.length} đơn vị đầu; 20 đơn vị đạt hoặc đúng tiến độ, 1 chưa có số liệu: xem trên trang`);
    expect(MAX_PAGES).toBe(3);
  });

  test('a name no column can hold is shortened with "…", never drawn smaller', () => {
    const long = [row('Ủy ban nhân dân thị trấn Trần Văn Thời, huyện Trần Văn Thời, tỉnh Cà Mau', 50, 'cham'), row('Xã A', 20, 'cham')];
    const [page] = rankingPages(spec(long), FORMATS.og, props(spec(long)));
    expect(page!.rows[0]!.name).toMatch(/^Ủy ban nhân dân thị trấn .+…$/);
    expect(page!.rows[1]!.name).toBe('Xã A');
  });

  test('short names: more rows than one column holds go in two columns on one image; no more rows than that stay in one', () => {
    const format = FORMATS.og;
    const short = (n: number) => Array.from({ length: n }, (_, i) => row(`Xã ${String.fromCharCode(65 + i)}`, 50, 'cham'));
    const area = progressLayout(format, props({ ...spec(short(2)), page: { index: 1, count: 9 } })).body;
    const perColumn = Math.floor(area.height / (minProgressText(format) * ROW_PITCH));
    expect(rankingPages(spec(short(perColumn)), format, props(spec(short(perColumn)))).map((p) => [p.rows.length, p.cols])).toEqual([[perColumn, 1]]);
    expect(rankingPages(spec(short(perColumn + 1)), format, props(spec(short(perColumn + 1)))).map((p) => [p.rows.length, p.cols])).toEqual([[perColumn + 1, 2]]);
    expect(rankingPages(spec(short(2 * perColumn)), format, props(spec(short(2 * perColumn)))).map((p) => [p.rows.length, p.cols, p.page])).toEqual([[2 * perColumn, 2, undefined]]);
  });

  test('up to three images a ranking is split evenly; one row more and it becomes one image of the units behind', () => {
    const format = FORMATS.square;
    const many = (n: number) => Array.from({ length: n }, (_, i) => row(`Tổ dân phố Cung Nhượng ${i + 1}`, 50, 'cham'));
    const area = progressLayout(format, props({ ...spec(many(2)), page: { index: 1, count: 9 } })).body;
    const fit = Math.floor(area.height / (minProgressText(format) * ROW_PITCH));
    expect(rankingPages(spec(many(3 * fit)), format, props(spec(many(3 * fit)))).map((p) => [p.rows.length, p.page])).toEqual([[fit, { index: 1, count: 3 }], [fit, { index: 2, count: 3 }], [fit, { index: 3, count: 3 }]]);
    const over = rankingPages(spec(many(3 * fit + 1)), format, props(spec(many(3 * fit + 1))));
    expect(over.map((p) => p.page)).toEqual([undefined]);
    const shown = over[0]!.rows.length;
    // Every unit is behind: nothing else is left out, the note just sends to the page.
    expect(over[0]!.note).toBe(`${3 * fit + 1} đơn vị chậm tiến độ, chậm nhất trước; ảnh ghi ${shown} đơn vị đầu; xem trên trang`);
    // The note takes a line of the header on a square image: fewer rows than under a page's "(1/3)".
    expect(shown).toBeLessThan(fit);
    expect(shown).toBeGreaterThanOrEqual(fit - 3);
  });

  test.each(['og', 'square'] as const)('%s: the one image of a long ranking holds its rows under its own note, and one row more would not fit', (name) => {
    const format = FORMATS[name];
    const min = minProgressText(format);
    const rows = Array.from({ length: 98 }, (_, i) => row(`Xã ${98 - i}`, (98 - i) / 2, 'cham'));
    const [only] = rankingPages(spec(rows), format, props(spec(rows)));
    const held = (page: RankingSpec) => (page.cols ?? 1) * Math.floor(progressLayout(format, props(page)).body.height / (min * ROW_PITCH));
    const shown = only!.rows.length;
    expect(only!.rows.map((r) => r.name)).toEqual(Array.from({ length: shown }, (_, i) => `Xã ${i + 1}`));
    expect(shown).toBeLessThanOrEqual(held(only!));
    const oneMore = { ...only!, rows: [...only!.rows, rows[0]!], note: only!.note!.replace(`ảnh ghi ${shown} `, `ảnh ghi ${shown + 1} `) };
    expect(shown + 1).toBeGreaterThan(held(oneMore));
  });

  test('the pages of one ranking are drawn alike: the widest name and label of all pages set the type size', () => {
    // The widest label (a share over 100 %, one character longer) is on the first image, the widest name on the second.
    const rows = [row('Tổ dân phố Số 4', 100.5, 'dung-tien-do'), ...thoXuong.slice(1)];
    const pages = rankingPages(spec(rows), FORMATS.og, props(spec(rows)));
    expect(pages.map((p) => p.rows.length)).toEqual([9, 8]);
    for (const page of pages) expect(page.sizeLike).toEqual({ name: 'Tổ dân phố Hương', label: '100.5 % · Đúng tiến độ', rows: 9 });
  });

  test('a shortened name keeps as much as the column holds: one character more would not fit beside its bar and label', () => {
    const longName = 'Ủy ban nhân dân thị trấn Trần Văn Thời, huyện Trần Văn Thời, tỉnh Cà Mau';
    const long = [row(longName, 50, 'cham'), row('Xã A', 20, 'cham')];
    const format = FORMATS.og;
    const [page] = rankingPages(spec(long), format, props(spec(long)));
    const shortName = page!.rows[0]!.name;
    const area = progressLayout(format, props({ ...spec(long), page: { index: 1, count: 9 } })).body;
    const min = minProgressText(format);
    const kept = shortName.slice(0, -1);
    expect(longName.startsWith(kept)).toBe(true);
    expect(fitsColumns([{ ...long[0]!, name: shortName }, long[1]!], format, area.width, 1, min)).toBe(true);
    // The next visible character back (a space alone would be trimmed): too wide.
    let next = kept.length + 1;
    while (longName.slice(0, next).trimEnd().length === kept.length) next++;
    expect(fitsColumns([{ ...long[0]!, name: `${longName.slice(0, next).trimEnd()}…` }, long[1]!], format, area.width, 1, min)).toBe(false);
    expect(columnWidth(format, 1124, 1)).toBe(1124);
    // Two columns: 4 units (25,2 px) between them, on og.
    expect(columnWidth(format, 1124, 2)).toBeCloseTo((1124 - 25.2) / 2, 9);
  });
});

