// Chart tests read the SVG and compare bar lengths, positions and labels with the snapshot.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import { headlineText } from '../../../src/lib/charts/headline.ts';
import type { UnitProgress } from '../../../src/lib/data/progress.ts';
import { formatNumber } from '../../../src/lib/format/vi-format.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const text = (name: string) => fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8');
const svg = (markup: string) => cheerio.load(markup, { xml: true });

// Expected values below are worked out by hand from content/data/*.json, never by the code that
// draws the charts. Bắc Giang's peak month (1–31/5/2023) runs from the 30/4 figure (the last one
// before the month) to the latest one, 21/5: e.g. Việt Yên 4.628 − 4.249 = 379 new of a 465
// target = 81,5 %; 21 of 31 days gone, so 67,7 % is on pace. Thọ Xương has one date (24/4/2024)
// and counts new-in-year: figure / yearTotal, pace 115 of 366 days = 31,4 %.
const BAC_GIANG_ROWS: [id: string, label: string][] = [
  ['viet-yen', '379 / 465 — 81,5\u00a0% · Đúng tiến độ'],
  ['bac-giang', '126 / 165 — 76,4\u00a0% · Đúng tiến độ'],
  ['luc-nam', '256 / 365 — 70,1\u00a0% · Đúng tiến độ'],
  ['tan-yen', '236 / 365 — 64,7\u00a0% · Chậm'],
  ['yen-dung', '174 / 285 — 61,1\u00a0% · Chậm'],
  ['hiep-hoa', '269 / 455 — 59,1\u00a0% · Chậm'],
  ['lang-giang', '229 / 415 — 55,2\u00a0% · Chậm'],
  ['son-dong', '75 / 150 — 50\u00a0% · Chậm'],
  ['luc-ngan', '195 / 435 — 44,8\u00a0% · Chậm'],
  ['yen-the', '73 / 185 — 39,5\u00a0% · Chậm'],
];
// Equal percentages are ordered by name (Vietnamese order); the four blank groups (Hương, Số 5–7)
// come last.
const THO_XUONG_ROWS: [id: string, label: string][] = [
  ['to-dan-pho-so-4', '5 / 8 — 62,5\u00a0% · Đúng tiến độ'],
  ['to-dan-pho-tien', '4 / 9 — 44,4\u00a0% · Đúng tiến độ'],
  ['to-dan-pho-ha-vi-2', '3 / 8 — 37,5\u00a0% · Đúng tiến độ'],
  ['to-dan-pho-so-2', '3 / 8 — 37,5\u00a0% · Đúng tiến độ'],
  ['to-dan-pho-so-1', '1 / 5 — 20\u00a0% · Chậm'],
  ['to-dan-pho-cung-nhuong-1', '1 / 6 — 16,7\u00a0% · Chậm'],
  ['to-dan-pho-moi', '1 / 6 — 16,7\u00a0% · Chậm'],
  ['to-dan-pho-cung-nhuong-2', '1 / 8 — 12,5\u00a0% · Chậm'],
  ['to-dan-pho-ha-vi-1', '1 / 8 — 12,5\u00a0% · Chậm'],
  ['to-dan-pho-hau', '1 / 8 — 12,5\u00a0% · Chậm'],
  ['to-dan-pho-hoa-yen', '1 / 8 — 12,5\u00a0% · Chậm'],
  ['to-dan-pho-so-3', '1 / 8 — 12,5\u00a0% · Chậm'],
  ['to-dan-pho-so-8', '1 / 8 — 12,5\u00a0% · Chậm'],
];
const THO_XUONG_BLANK = ['chưa có số / 6 · Chưa rõ', 'chưa có số / 8 · Chưa rõ', 'chưa có số / 8 · Chưa rõ', 'chưa có số / 8 · Chưa rõ'];

/** attained / target × 100 from a label written above: "379 / 465 — …" → 81,505… */
const percentOf = (label: string) => {
  const [attained, target] = label.split(' — ')[0]!.split(' / ').map(Number);
  return (attained! / target!) * 100;
};

describe('attainment chart', () => {
  for (const [name, title, rows, blanks] of [
    ['bac-giang-2023', 'Tỉnh Bắc Giang', BAC_GIANG_ROWS, []],
    ['tho-xuong-2024', 'Phường Thọ Xương', THO_XUONG_ROWS, THO_XUONG_BLANK],
  ] as const) {
    it(`${name}: one bar per child with a known %, in order, length ∝ %, labelled with value, target, % and status`, () => {
      const $ = svg(renderChartSvg(text(name), 'attainment'));
      expect($('svg').attr('role')).toBe('img');
      expect($('svg > title').text()).toContain(title);
      expect($('svg > desc').text().length).toBeGreaterThan(20);
      const bars = $('rect.bar').toArray();
      expect(bars.map((b) => $(b).attr('data-unit'))).toEqual(rows.map(([id]) => id));
      // Every percentage is below 100, so the track (400 − 4 − 8 = 388 units) is 100 %.
      const track = Number($('g.row rect').not('.bar').first().attr('width'));
      expect(track).toBe(388);
      bars.forEach((bar, i) => expect(Number($(bar).attr('width')), rows[i]![0]).toBeCloseTo((percentOf(rows[i]![1]) / 100) * 388, 1));
      expect($('text.value').toArray().map((t) => $(t).text())).toEqual([...rows.map(([, label]) => label), ...blanks]);
      expect(Number($('line.target').attr('x1'))).toBe(4 + 388);
    });
  }

  it('Bắc Giang: the description counts who reached the target and who is behind', () => {
    expect(svg(renderChartSvg(text('bac-giang-2023'), 'attainment'))('svg > desc').text()).toBe(
      '0 trên 10 đơn vị đã đạt chỉ tiêu, 7 đơn vị chậm tiến độ. Cao nhất: Việt Yên (81,5\u00a0%); thấp nhất: Yên Thế (39,5\u00a0%). Số liệu đến ngày 21/5/2023.',
    );
  });

  it('escapes unit names', () => {
    const raw = JSON.parse(text('tho-xuong-2024'));
    raw.units[1].name = 'Tổ <b>"1"</b> & co';
    const markup = renderChartSvg(JSON.stringify(raw), 'attainment');
    expect(markup).not.toContain('<b>');
    expect(svg(markup)('text').toArray().some((t) => svg(markup)(t).text() === 'Tổ <b>"1"</b> & co')).toBe(true);
  });
});

describe('over-time chart', () => {
  it('Bắc Giang: one point per date since 30/4, heights ∝ the province total since then, target line at 3.285', () => {
    // Sums of the ten districts: 40.126 (30/4), 40.716 (7/5), 41.428 (14/5), 42.138 (21/5).
    const since = [0, 590, 1302, 2012];
    const $ = svg(renderChartSvg(text('bac-giang-2023'), 'over-time'));
    const points = $('circle.point').toArray().map((c) => ({ x: Number($(c).attr('cx')), y: Number($(c).attr('cy')) }));
    expect(points).toHaveLength(4);
    const zero = points[0]!.y;
    const targetY = Number($('line.target').attr('y1'));
    for (const [i, p] of points.entries()) expect((zero - p.y) / (zero - targetY), `point ${i}`).toBeCloseTo(since[i]! / 3285, 2);
    // One week between points: equal steps along the time axis.
    for (let i = 2; i < points.length; i++) expect(points[i]!.x - points[i - 1]!.x).toBeCloseTo(points[1]!.x - points[0]!.x, 0);
    const labels = $('text').toArray().map((t) => $(t).text());
    // The time axis marks the campaign's start and end (1/5, 31/5) and the dates of the figures;
    // 30/4, the baseline one day before the start, gives its tick to 1/5 rather than touch it.
    expect(labels).toEqual(expect.arrayContaining(['Chỉ tiêu 3.285', 'Đạt 2.012', '1/5', '31/5', '7/5', '14/5', '21/5', 'Thời gian chiến dịch 1/5–31/5']));
    expect(labels).not.toContain('30/4');
    // Projection: 2.012 in 21 days, 10 days more at that pace: 2.012 + 2.012 × 10 / 21 ≈ 2.970;
    // beside the line there is no free place for it here, so the legend carries the number.
    expect(labels).toContain('Dự báo nếu giữ nhịp này: 2.970');
    expect($('svg > desc').text()).toContain('minh họa');
    expect($('rect.window').length).toBe(1);
    expect($('line.projection').length).toBe(1);
  });
});

describe('headline and coverage', () => {
  it('headline states x / y người — z % from the data', () => {
    // Thọ Xương reports 24 new participants against 128 for the year: 18,75 % → 18,8 %.
    const $ = svg(renderChartSvg(text('tho-xuong-2024'), 'headline'));
    // Numbers and units are joined by no-break spaces.
    expect($('text.headline').text()).toBe('24\u00a0/\u00a0128\u00a0người — 18,8\u00a0%');
    expect(Number($('rect.bar').attr('width'))).toBeCloseTo(0.1875 * 384, 1);
  });

  it('headline keeps the unit word with its number when a figure or target is missing', () => {
    const base = { percent: null, status: 'chua-ro' } as const;
    expect(headlineText({ ...base, attained: 11, target: null } satisfies UnitProgress)).toBe('11\u00a0người — chưa có chỉ tiêu');
    expect(headlineText({ ...base, attained: null, target: 1250 } satisfies UnitProgress)).toBe(`chưa có số\u00a0/\u00a0${formatNumber(1250)}\u00a0người`);
    expect(headlineText({ ...base, attained: null, target: null } satisfies UnitProgress)).toBe('chưa có số, chưa có chỉ tiêu');
  });

  it('Trà Vinh: coverage marker at each target rate on a 0–100 % scale', () => {
    const raw = JSON.parse(text('tra-vinh-2023'));
    const rates = raw.targets.flatMap((t: { coverage?: { percent: number }[] }) => (t.coverage ?? []).map((c) => c.percent));
    const $ = svg(renderChartSvg(text('tra-vinh-2023'), 'coverage'));
    const xs = $('line.target').toArray().map((l) => Number($(l).attr('x1')));
    const width = Number($('g.row rect').first().attr('width'));
    expect(xs.map((x) => Math.round(((x - 8) / width) * 1000) / 10).sort()).toEqual(rates.map((r: number) => Math.round(r * 10) / 10).sort());
  });
});

describe('small multiples', () => {
  it('Trà Vinh: one panel per indicator with ward targets, wards in the same order in every panel', () => {
    const raw = JSON.parse(text('tra-vinh-2023'));
    const wards = raw.units.filter((u: { parent: string | null }) => u.parent !== null);
    for (const indicator of ['bhxh-tu-nguyen', 'bhxh-bat-buoc', 'bhtn', 'bhyt']) {
      const $ = svg(renderChartSvg(text('tra-vinh-2023'), 'small-multiples', 'tra-vinh', indicator));
      const bars = $('rect.bar').toArray();
      expect(bars).toHaveLength(wards.length);
      const order = bars.map((b) => $(b).attr('data-unit'));
      const targetOf = (id: string) => raw.targets.find((t: { unit: string; indicator: string }) => t.unit === id && t.indicator === indicator).yearTotal;
      const max = Math.max(...wards.map((w: { id: string }) => targetOf(w.id)));
      const widest = Math.max(...bars.map((b) => Number($(b).attr('width'))));
      for (const b of bars) expect(Number($(b).attr('width')) / widest).toBeCloseTo(targetOf($(b).attr('data-unit')!) / max, 2);
      expect(order).toEqual([...wards].sort((a, b) => a.name.localeCompare(b.name, 'vi')).map((w: { id: string }) => w.id));
    }
  });
});
