// The charts of one unit page as SVG strings. Pure (no Astro, no disk): pages inline them, and
// the image pipeline can call renderChartSvg(snapshotJson, …) to rasterise share images.
import { snapshotSchema } from '../../schemas/snapshot.ts';
import { people, pct, pctRange, viProgress } from '../../i18n/vi-progress.ts';
import { targetOf } from '../data/aggregate.ts';
import { rateSeries, type RateSeries } from '../data/rates.ts';
import { buildModel, measureLabel, unitView, type Model, type UnitView } from '../data/unit-view.ts';
import { attainmentSvg, sortRows, targetBarsSvg } from './attainment.ts';
import { coverageSvg, type CoverageRow } from './coverage.ts';
import { headlineSvg, headlineText } from './headline.ts';
import { overTimeSvg, projection } from './over-time.ts';
import { ratesSvg } from './rates.ts';
import { STATUS } from './svg.ts';
import { panelSvg, panelValue } from './small-multiples.ts';
import { compareVi } from '../format/text.ts';

export type ChartKind = 'headline' | 'attainment' | 'over-time' | 'coverage' | 'small-multiples' | 'rates';

export interface Chart {
  kind: ChartKind;
  title: string;
  desc: string;
  svg: string;
  /** The indicator of a small-multiples panel or a rates chart. */
  indicator?: string;
}

const c = viProgress.charts;
const asOfText = (v: UnitView) => `${v.measure.asOf ? viProgress.asOf(v.measure.asOf) : viProgress.noResults}.`;

function coverageRows(model: Model, unitId: string): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const ind of model.indicators) {
    const t = targetOf(model.tree, unitId, ind.id);
    for (const cov of t?.coverage ?? []) {
      const implied = cov.denominatorValue === null && t!.yearTotal !== null && cov.percent > 0;
      const denominator = cov.denominatorValue ?? (implied ? Math.round((t!.yearTotal! / cov.percent) * 100) : null);
      const attained = model.tables.get(ind.id)?.byUnit.get(unitId)?.attained ?? null;
      const kind = model.tables.get(ind.id)?.measure.kind;
      const actualPercent = cov.denominatorValue !== null && attained !== null && kind === 'year' ? (attained / cov.denominatorValue) * 100 : null;
      rows.push({ label: ind.label, targetPercent: cov.percent, actualPercent, denominatorLabel: c.coverage.denominators[cov.denominator], denominator, implied });
    }
  }
  return rows;
}

/** Every chart that has something to show for the unit and indicator. */
export function unitCharts(model: Model, v: UnitView): Chart[] {
  const id = `c-${v.unit.id}-${v.indicator.id}`;
  const where = `${v.unit.name}, ${v.indicator.label}`;
  const charts: Chart[] = [];
  const what = measureLabel(v.measure, model.snapshot.counts);
  if (v.measure.kind !== 'targets-only') {
    const title = `${where}: ${headlineText(v.progress)}`;
    const desc = c.headline.desc(what, headlineText(v.progress), STATUS[v.progress.status].label, asOfText(v));
    charts.push({ kind: 'headline', title, desc, svg: headlineSvg(`${id}-h`, v.progress, c.headline.caption(v.unit.name, v.measure.asOf), title, desc) });
  }
  if (v.children.length > 0 && v.measure.kind !== 'targets-only') {
    const known = sortRows(v.children.filter((k) => k.percent !== null));
    const reached = v.children.filter((k) => k.status === 'dat').length;
    const behind = v.children.filter((k) => k.status === 'cham').length;
    const best = known.length > 0 ? c.ranking.best(known[0]!.name, known[0]!.percent!, known.at(-1)!.name, known.at(-1)!.percent!) : c.ranking.noneKnown;
    const title = c.ranking.title(v.childrenWord, where);
    const desc = `${c.ranking.desc(reached, v.children.length, behind)} ${best} ${asOfText(v)}`;
    charts.push({ kind: 'attainment', title, desc, svg: attainmentSvg(`${id}-a`, v.children, title, desc) });
  }
  if (v.children.some((k) => k.target !== null) && v.measure.kind === 'targets-only') {
    const rows = v.children.map((k) => ({ id: k.id, name: k.name, target: k.target }));
    const top = [...rows].sort((a, b) => (b.target ?? -1) - (a.target ?? -1) || compareVi(a.name, b.name))[0]!;
    const title = c.targets.title(v.indicator.label, model.year, v.childrenWord, v.unit.name);
    const desc = c.targets.desc(v.progress.target, top.name, top.target);
    charts.push({ kind: 'attainment', title, desc, svg: targetBarsSvg(`${id}-a`, rows, v.progress.target, v.unit.level, title, desc) });
  }
  if (v.series.length >= 2) {
    const window = { start: v.measure.start, end: v.measure.end };
    const p = projection(v.series, window.end);
    const last = v.series.at(-1)!;
    const verdict = p === null || v.progress.target === null || window.end <= last.date ? '' : c.overTime.verdict(window.end, p, v.progress.target);
    const title = c.overTime.title(where);
    const desc = `${c.overTime.desc(last.date, last.value)}${verdict}${v.illustrative ? c.overTime.illustrative : ''}`;
    charts.push({ kind: 'over-time', title, desc, svg: overTimeSvg(`${id}-t`, { points: v.series, target: v.progress.target, window }, title, desc) });
  }
  const cov = coverageRows(model, v.unit.id);
  if (cov.length > 0 && v.indicator.id === model.indicators[0]!.id) {
    const title = c.coverage.title(model.year, v.unit.name);
    const desc = `${cov.map((row) => c.coverage.desc(row.label, pct(row.targetPercent, 2), row.denominatorLabel)).join('; ')}.`;
    charts.push({ kind: 'coverage', title, desc, svg: coverageSvg(`c-${v.unit.id}-cov`, cov, title, desc) });
  }
  return charts;
}

/** Small multiples: one panel per indicator for the unit's children, same order in each. */
export function smallMultiples(model: Model, unitId: string): Chart[] {
  if (model.indicators.length < 2) return [];
  const kids = [...(model.tree.children.get(unitId) ?? [])].sort((a, b) => compareVi(a.name, b.name));
  if (kids.length === 0) return [];
  const unit = model.tree.units.get(unitId)!;
  return model.indicators.flatMap((ind) => {
    const table = model.tables.get(ind.id)!;
    const percent = table.measure.kind !== 'targets-only';
    const rows = kids.map((k) => {
      const p = table.byUnit.get(k.id)!;
      return { id: k.id, name: k.name, value: percent ? p.percent : p.target };
    });
    const known = rows.filter((row) => row.value !== null).sort((a, b) => b.value! - a.value!);
    if (known.length === 0) return [];
    const kind = percent ? 'percent' : 'count';
    const value = (row: (typeof known)[number]) => (percent ? panelValue(row.value, kind) : people(row.value!));
    const title = c.multiples.title(ind.label, percent, model.year, unit.name);
    const desc = c.multiples.desc(known[0]!.name, value(known[0]!), known.at(-1)!.name, value(known.at(-1)!));
    return [{ kind: 'small-multiples' as const, indicator: ind.id, title, desc, svg: panelSvg(`c-${unitId}-sm-${ind.id}`, rows, kind, title, desc) }];
  });
}

/** The yearly targets (and results) of every percentage indicator of the unit, one chart each. */
export function rateCharts(model: Model, unitId: string): (Chart & { series: RateSeries })[] {
  return rateSeries(model.snapshot, model.rateIndicators, unitId).map((series) => {
    const r = c.rates;
    const targets = series.years.filter((y) => y.target !== null).map((y) => `${y.year}: ${pctRange(y.target!.min, y.target!.max)}`).join('; ');
    const results = series.years.filter((y) => y.result !== null);
    const title = r.title(series.indicator.label);
    const desc = r.desc(series.indicator.label, series.indicator.denominator, targets, results.length === 0 ? r.noResults : r.results(results.map((y) => `${y.year}: ${pct(y.result!.value)}`).join('; ')));
    return { kind: 'rates' as const, indicator: series.indicator.id, title, desc, series, svg: ratesSvg(`c-${unitId}-r-${series.indicator.id}`, series, title, desc) };
  });
}

/**
 * String in, string out, for the image pipeline: the snapshot's JSON text and which chart →
 * the SVG (1 chart). Throws when the snapshot is invalid or the chart does not exist.
 */
export function renderChartSvg(snapshotJson: string, chart: ChartKind, unitId?: string, indicatorId?: string): string {
  const model = buildModel(snapshotSchema.parse(JSON.parse(snapshotJson)));
  const unit = unitId ?? model.tree.roots[0]!.id;
  const indicator = indicatorId ?? (chart === 'rates' ? model.rateIndicators[0]?.id : model.indicators[0]?.id) ?? '';
  const all =
    chart === 'small-multiples' ? smallMultiples(model, unit).filter((x) => x.indicator === indicator)
    : chart === 'rates' ? rateCharts(model, unit).filter((x) => x.indicator === indicator)
    : model.indicators.some((i) => i.id === indicator) ? unitCharts(model, unitView(model, unit, indicator)) : [];
  const found = all.find((x) => x.kind === chart);
  if (!found) throw new Error(c.missing(chart, unit, indicator));
  return found.svg;
}
