// Charts that never collide: every chart of every example snapshot, and of the synthetic national
// snapshot (scripts/bench/national-snapshot.ts), read back into boxes measured from the served
// font files (tests/helpers/svg-geometry.ts): no label on another, no line or point through a
// label, nothing outside the chart. The charts scale as a whole to the page's width, so these boxes
// hold at phone and desktop widths alike; tests/build/progress-phone.test.ts checks the same in
// Chromium at 360 and 1280 px.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { buildModel, unitView, type Model } from '../../../src/lib/data/unit-view.ts';
import { rateCharts, smallMultiples, unitCharts } from '../../../src/lib/charts/render.ts';
import { nationalSnapshot } from '../../../scripts/bench/national-snapshot.ts';
import { collisions } from '../../helpers/svg-geometry.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dataDir = path.join(ROOT, 'content/data');
const examples = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'))));

/** Every chart the pages of `units` draw, with where it comes from. */
function* chartsOf(model: Model, units: Iterable<string>) {
  for (const unit of units) {
    for (const ind of model.indicators) for (const c of unitCharts(model, unitView(model, unit, ind.id))) yield { where: `${unit} ${ind.id} ${c.kind}`, svg: c.svg };
    for (const c of smallMultiples(model, unit)) yield { where: `${unit} ${c.indicator} small-multiples`, svg: c.svg };
    for (const c of rateCharts(model, unit)) yield { where: `${unit} ${c.indicator} rates`, svg: c.svg };
  }
}

function check(model: Model, units: Iterable<string>): { charts: number; kinds: Set<string>; problems: string[] } {
  let charts = 0;
  const kinds = new Set<string>();
  const problems: string[] = [];
  for (const { where, svg } of chartsOf(model, units)) {
    charts++;
    kinds.add(where.split(' ').at(-1)!);
    for (const p of collisions(svg)) problems.push(`${where}: ${p}`);
  }
  return { charts, kinds, problems };
}

describe('chart labels never collide', () => {
  test.each(examples.map((s) => [s.campaign, s] as [string, Snapshot]))('every chart of %s', (_name, s) => {
    const model = buildModel(s);
    const { charts, problems } = check(model, model.tree.ids);
    expect(charts).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('every chart of the synthetic national snapshot down to the communes, and of one commune’s groups', () => {
    // The country, its 34 provinces and ~3,400 communes (every page that ranks children and gets
    // chart images), 4 indicators, 20 weekly dates; below them ~29,000 groups draw the same two
    // charts with their own series, so one commune's groups stand for them here (all of them take
    // about ten minutes; `npm run bench:data` draws them all).
    const model = buildModel(nationalSnapshot('ca-nuoc-gia-lap'));
    const depth = (id: string): number => (model.tree.units.get(id)!.parent === null ? 0 : 1 + depth(model.tree.units.get(id)!.parent!));
    const units = [...model.tree.ids.filter((id) => depth(id) <= 2), ...(model.tree.children.get('tinh-1-xa-1') ?? []).map((u) => u.id)];
    expect(units.length).toBeGreaterThan(3_400);
    const { charts, kinds, problems } = check(model, units);
    expect(charts).toBeGreaterThan(40_000);
    expect([...kinds].sort()).toEqual(['attainment', 'headline', 'over-time', 'small-multiples']);
    expect(problems.slice(0, 20)).toEqual([]);
  }, 900_000);

  test('the test sees a collision: a label moved onto the target line is caught', () => {
    const model = buildModel(examples.find((s) => s.campaign === 'bac-giang-2023')!);
    const svg = [...chartsOf(model, ['tinh-bac-giang'])].find((c) => c.where.endsWith('over-time'))!.svg;
    expect(collisions(svg)).toEqual([]);
    const y = /<line class="target"[^>]* y1="([\d.]+)"/.exec(svg)![1]!;
    const moved = svg.replace(/(<text class="label" data-label="target" x="[\d.]+" y=")[\d.]+/, `$1${Number(y) + 5}`);
    expect(collisions(moved)).toContain('target line crosses "Chỉ tiêu 3.285"');
  });
});
