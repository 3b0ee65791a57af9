// What a progress page says first: the units behind schedule, worst first, with the people each
// still needs — checked against numbers worked out by hand from content/data/bac-giang-2023.json:
// new participants from 30/4 (the last figure before the window opens) to 21/5/2023, against the
// May target; "on schedule" at 21/5 means ⌈target × 21 ÷ 31⌉ people.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';
import { buildModel, unitView } from '../../../src/lib/data/unit-view.ts';
import { progressSummary } from '../../../src/lib/data/progress-summary.ts';
import { shortfall, statusOf } from '../../../src/lib/data/progress.ts';
import { progressPage } from '../../../src/lib/data/progress-page.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const model = (name: string) => buildModel(snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8'))));

describe('shortfall and statusOf', () => {
  const may = { start: '2023-05-01', end: '2023-05-31', asOf: '2023-05-21' };
  it('counts the whole people still needed to be on schedule and to reach the target', () => {
    // Yên Thế: 73 of 185; on schedule at 21/5 means ⌈185 × 21 / 31⌉ = 126.
    expect(shortfall({ attained: 73, target: 185, percent: 39.46, status: 'cham' }, { ...may, kind: 'period', indicator: 'x', baselineDate: '2023-04-30', pace: 21 / 31 })).toEqual({ toSchedule: 53, toTarget: 112 });
  });

  it('agrees with the status at the exact boundary: 21 of 31 on day 21 of 31 is on schedule, 20 is one short', () => {
    const m = { ...may, kind: 'period' as const, indicator: 'x', baselineDate: '2023-04-30', pace: 21 / 31 };
    expect(statusOf(21, 31, m)).toBe('dung-tien-do');
    expect(shortfall({ attained: 21, target: 31, percent: null, status: 'dung-tien-do' }, m).toSchedule).toBe(0);
    expect(statusOf(20, 31, m)).toBe('cham');
    expect(shortfall({ attained: 20, target: 31, percent: null, status: 'cham' }, m).toSchedule).toBe(1);
    expect(statusOf(31, 31, m)).toBe('dat');
    expect(statusOf(null, 31, m)).toBe('chua-ro');
    expect(statusOf(5, 0, m)).toBe('chua-ro');
  });
});

describe('progressSummary', () => {
  it('Bắc Giang at 21/5/2023: 7 of 10 districts behind, worst first, each with the people it needs', () => {
    const s = progressSummary(unitView(model('bac-giang-2023'), 'tinh-bac-giang', 'bhxh-tu-nguyen'));
    expect(s.counts).toEqual({ total: 10, dat: 0, 'dung-tien-do': 3, cham: 7, 'chua-ro': 0 });
    expect(s.behind.map((u) => [u.name, u.attained, u.target, u.toSchedule])).toEqual([
      ['Yên Thế', 73, 185, 53],
      ['Lục Ngạn', 195, 435, 100],
      ['Sơn Động', 75, 150, 27],
      ['Lạng Giang', 229, 415, 53],
      ['Hiệp Hòa', 269, 455, 40],
      ['Yên Dũng', 174, 285, 20],
      ['Tân Yên', 236, 365, 12],
    ]);
    expect([s.unit.attained, s.unit.target, s.unit.toSchedule, s.unit.toTarget]).toEqual([2012, 3285, 214, 1273]);
    expect(s.childLevel).toBe('huyện, thành phố');
  });

  it('Thọ Xương: the groups without a figure are listed apart, not as behind', () => {
    const s = progressSummary(unitView(model('tho-xuong-2024'), 'tho-xuong', 'bhxh-tu-nguyen'));
    expect(s.unknown.map((u) => u.name)).toEqual(['Tổ dân phố Hương', 'Tổ dân phố Số 5', 'Tổ dân phố Số 6', 'Tổ dân phố Số 7']);
    expect(s.behind.every((u) => u.status === 'cham' && u.percent !== null)).toBe(true);
    expect(s.counts.cham + s.counts['dung-tien-do'] + s.counts.dat + s.counts['chua-ro']).toBe(17);
  });
});

describe('progressPage: public and staff text apart', () => {
  it('Trà Vinh: the gap between the wards’ sum and the city’s target is said to readers; the plan’s own denominators note is for staff', () => {
    const page = progressPage(model('tra-vinh-2023'), 'tra-vinh');
    expect(page.targetsOnly).toBe(true);
    const tuNguyen = page.sections.find((s) => s.view.indicator.id === 'bhxh-tu-nguyen')!;
    expect(tuNguyen.view.publicWarnings.map((w) => w.text)).toEqual(['Thành phố Trà Vinh, BHXH tự nguyện, chỉ tiêu cả năm: Tổng các phường, xã: 1.756 — số báo cáo: 1.757.']);
    expect(page.staffNotes).toEqual(['Kế hoạch không ghi số lực lượng lao động và dân số làm mẫu số; trang chỉ nêu tỷ lệ mục tiêu và mẫu số suy ra từ chỉ tiêu.']);
    // Targets only: every ward with its target and its share of the city's target, largest first.
    expect(tuNguyen.targets.slice(0, 2).map((t) => [t.name, t.target, Math.round(t.share! * 10) / 10])).toEqual([['Long Đức', 319, 18.2], ['Phường 7', 263, 15]]);
    expect(tuNguyen.ranking).toEqual([]);
  });

  it('Bắc Giang: the first-quarter decreases (before the window) and Thọ Xương’s rest-of-year sums are staff notes', () => {
    const bg = progressPage(model('bac-giang-2023'), 'tinh-bac-giang');
    expect(bg.sections[0]!.view.publicWarnings).toEqual([]);
    // The province and all ten districts fall from 31/12/2022 to 31/3/2023 (Annex 01), before the window.
    expect(bg.staffNotes.filter((n) => /giảm từ/.test(n))).toHaveLength(11);
    const tx = progressPage(model('tho-xuong-2024'), 'tho-xuong');
    expect(tx.publicNotes).toContain('Bảng chỉ tiêu gốc là bản quét: ô để trống là chưa rõ, không phải 0.');
    expect(tx.staffNotes.some((n) => n.includes('chỉ tiêu các tháng còn lại: Tổng các tổ dân phố: 57'))).toBe(true);
    expect(tx.staffNotes.some((n) => n.includes('OCR'))).toBe(true);
    expect(tx.publicNotes.some((n) => n.includes('OCR') || n.includes('dòng 11'))).toBe(false);
  });
});

describe('progressSummary: ties', () => {
  // Two districts at exactly 50 % of their May target on 21/5: on schedule means ⌈target × 21 ÷ 31⌉,
  // so An Dương (50 of 100) needs ⌈67,74⌉ − 50 = 18 more, Bình Minh (100 of 200) ⌈135,48⌉ − 100 = 36.
  const figure = (unit: string, date: string, value: number) => ({ unit, indicator: 'bhxh-tu-nguyen', date, value });
  const target = (unit: string, periodNew: number) => ({ unit, indicator: 'bhxh-tu-nguyen', year: 2023, periodNew, remainderNew: null, yearTotal: null, coverage: [], period: { start: '2023-05-01', end: '2023-05-31' }, baselineDate: '2023-04-30' });
  const snapshot = snapshotSchema.parse({
    campaign: 'thu', source: 'Bảng thử', counts: 'total', indicators: [], notes: [], staffNotes: [],
    units: [
      { id: 'tinh', name: 'Tỉnh Thử', level: 'tỉnh', parent: null },
      { id: 'an-duong', name: 'An Dương', level: 'huyện', parent: 'tinh' },
      { id: 'binh-minh', name: 'Bình Minh', level: 'huyện', parent: 'tinh' },
    ],
    figures: [figure('an-duong', '2023-04-30', 1000), figure('binh-minh', '2023-04-30', 2000), figure('an-duong', '2023-05-21', 1050), figure('binh-minh', '2023-05-21', 2100)],
    targets: [target('an-duong', 100), target('binh-minh', 200)],
  });

  it('at the same share, the unit that needs more people comes first', () => {
    const s = progressSummary(unitView(buildModel(snapshot), 'tinh', 'bhxh-tu-nguyen'));
    expect(s.behind.map((u) => [u.name, u.percent, u.toSchedule])).toEqual([
      ['Bình Minh', 50, 36],
      ['An Dương', 50, 18],
    ]);
    expect(s.childLevel).toBe('huyện');
  });
});
