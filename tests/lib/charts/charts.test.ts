// Chart tests read the SVG and compare bar lengths, positions and labels with the snapshot.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../src/lib/charts/render.ts';
import { headlineText } from '../../../src/lib/charts/headline.ts';
import type { UnitProgress } from '../../../src/lib/data/progress.ts';
import { buildModel, unitView } from '../../../src/lib/data/unit-view.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';
import { formatNumber } from '../../../src/lib/format/vi-format.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const text = (name: string) => fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8');
const model = (name: string) => buildModel(snapshotSchema.parse(JSON.parse(text(name))));
const svg = (markup: string) => cheerio.load(markup, { xml: true });

describe('attainment chart', () => {
  for (const name of ['bac-giang-2023', 'tho-xuong-2024']) {
    it(`${name}: one bar per child with a known %, length ∝ %, sorted, labelled with value, target, % and status`, () => {
      const m = model(name);
      const root = m.tree.roots[0]!.id;
      const v = unitView(m, root, 'bhxh-tu-nguyen');
      const $ = svg(renderChartSvg(text(name), 'attainment'));
      expect($('svg').attr('role')).toBe('img');
      expect($('svg > title').text()).toContain(v.unit.name);
      expect($('svg > desc').text().length).toBeGreaterThan(20);
      const known = v.children.filter((c) => c.percent !== null);
      const bars = $('rect.bar').toArray();
      expect(bars).toHaveLength(known.length);
      const maxPct = Math.max(100, ...known.map((c) => c.percent!));
      const track = Number($('g.row rect').not('.bar').first().attr('width'));
      let previous = Infinity;
      for (const bar of bars) {
        const child = known.find((c) => c.id === $(bar).attr('data-unit'))!;
        expect(Number($(bar).attr('width'))).toBeCloseTo((child.percent! / maxPct) * track, 0);
        expect(child.percent!).toBeLessThanOrEqual(previous);
        previous = child.percent!;
      }
      const labels = $('text.value').toArray().map((t) => $(t).text());
      for (const c of known) {
        expect(labels.some((l) => l.startsWith(`${formatNumber(c.attained!)} / ${formatNumber(c.target!)} — `))).toBe(true);
      }
      const statuses = new Set(labels.map((l) => l.split(' · ').at(-1)));
      expect([...statuses].every((s) => ['Đạt', 'Đúng tiến độ', 'Chậm', 'Chưa rõ'].includes(s!))).toBe(true);
      const marker = Number($('line.target').attr('x1'));
      expect(marker - 4).toBeCloseTo((100 / maxPct) * track, 0);
    });
  }

  it('escapes unit names', () => {
    const raw = JSON.parse(text('tho-xuong-2024'));
    raw.units[1].name = 'Tổ <b>"1"</b> & co';
    const markup = renderChartSvg(JSON.stringify(raw), 'attainment');
    expect(markup).not.toContain('<b>');
    expect(svg(markup)('text').toArray().some((t) => svg(markup)(t).text() === 'Tổ <b>"1"</b> & co')).toBe(true);
  });
});

describe('over-time chart', () => {
  it('Bắc Giang: one point per date, heights in the order of the values, target line above them', () => {
    const m = model('bac-giang-2023');
    const v = unitView(m, 'tinh-bac-giang', 'bhxh-tu-nguyen');
    const $ = svg(renderChartSvg(text('bac-giang-2023'), 'over-time'));
    const ys = $('circle.point').toArray().map((c) => Number($(c).attr('cy')));
    expect(ys).toHaveLength(v.series.length);
    for (let i = 1; i < ys.length; i++) expect(Math.sign(ys[i - 1]! - ys[i]!)).toBe(Math.sign(v.series[i]!.value - v.series[i - 1]!.value));
    const targetY = Number($('line.target').attr('y1'));
    expect(ys.every((y) => y > targetY)).toBe(v.series.every((p) => p.value < v.progress.target!));
    expect($('text').toArray().some((t) => $(t).text() === `Chỉ tiêu ${formatNumber(v.progress.target!)}`)).toBe(true);
    expect($('svg > desc').text()).toContain('minh họa');
    expect($('rect.window').length).toBe(1);
    expect($('line.projection').length).toBe(1);
  });
});

describe('headline and coverage', () => {
  it('headline states x / y người — z % from the data', () => {
    const m = model('tho-xuong-2024');
    const p = unitView(m, 'tho-xuong', 'bhxh-tu-nguyen').progress;
    const $ = svg(renderChartSvg(text('tho-xuong-2024'), 'headline'));
    expect($('text.headline').text()).toMatch(new RegExp(`^${formatNumber(p.attained!)}\u00a0/\u00a0${formatNumber(p.target!)}\u00a0người — `));
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
