// Everything a progress page shows for one unit and indicator, computed from the snapshot:
// the measure, the headline, the children ranked, the series over time, warnings and notes.
import type { Indicator, Snapshot, Unit } from '../../schemas/snapshot.ts';
import { viProgress } from '../../i18n/vi-progress.ts';
import { ancestry, amounts, buildTree, figureOf, figureReader, type AmountTable, type Tree } from './aggregate.ts';
import { chooseMeasure, progressTable, snapshotYear, type Measure, type ProgressTable, type UnitProgress } from './progress.ts';
import { isRateIndicator } from './rates.ts';
import { indicatorsOf } from './validate.ts';
import { childrenLabel, dataWarnings, isAboutShownNumber, type DataWarning } from './warnings.ts';

export interface ChildRow extends UnitProgress {
  id: string;
  name: string;
  level: string;
  hasChildren: boolean;
}

export interface UnitView {
  unit: Unit;
  chain: Unit[];
  indicator: { id: string; label: string; unit: string };
  measure: Measure;
  progress: UnitProgress;
  children: ChildRow[];
  childrenWord: string;
  /** Cumulative series since the baseline (period) or totals (year), oldest first. */
  series: { date: string; value: number; illustrative: boolean }[];
  /** Warnings about numbers this view shows: said to readers beside the numbers. */
  publicWarnings: DataWarning[];
  /** The other warnings of the unit and its children: for staff ("Ghi chú cho cán bộ"). */
  staffWarnings: DataWarning[];
  illustrative: boolean;
}

/** Snapshot with its tree, warnings and one progress table per indicator, computed once. */
export interface Model {
  snapshot: Snapshot;
  tree: Tree;
  year: number;
  /** Indicators counted in people that have figures or targets (percentages are in `rateIndicators`). */
  indicators: { id: string; label: string; unit: string }[];
  /** Indicators measured as a percentage of a denominator per year, with a target or result (rates.ts). */
  rateIndicators: Indicator[];
  tables: Map<string, ProgressTable>;
  warnings: DataWarning[];
  /** Figure amounts per indicator and date, computed on first use for the whole tree. */
  figureAmounts: (indicator: string, date: string) => AmountTable;
}

export function buildModel(snapshot: Snapshot): Model {
  const tree = buildTree(snapshot);
  const year = snapshotYear(snapshot);
  const all = indicatorsOf(snapshot);
  const used = all.filter((i) => tree.figures.has(i.id) || tree.targets.has(i.id));
  const indicators = used.filter((i) => !isRateIndicator(i));
  const rateIndicators = used.filter(isRateIndicator);
  const tables = new Map(indicators.map((i) => [i.id, progressTable(tree, chooseMeasure(tree, i.id, year))]));
  const cache = new Map<string, AmountTable>();
  const figureAmounts = (indicator: string, date: string) => {
    const k = `${indicator}|${date}`;
    let a = cache.get(k);
    if (!a) cache.set(k, (a = amounts(tree, figureReader(tree, indicator, date))));
    return a;
  };
  return { snapshot, tree, year, indicators, rateIndicators, tables, warnings: dataWarnings(snapshot, tree), figureAmounts };
}

export function unitView(model: Model, unitId: string, indicatorId: string): UnitView {
  const { tree } = model;
  const unit = tree.units.get(unitId)!;
  const table = model.tables.get(indicatorId)!;
  const indicator = model.indicators.find((i) => i.id === indicatorId)!;
  const kids = tree.children.get(unitId) ?? [];
  const children = kids.map((k) => ({ id: k.id, name: k.name, level: k.level, hasChildren: tree.children.has(k.id), ...table.byUnit.get(k.id)! }));
  const m = table.measure;
  const kidIds = new Set(kids.map((k) => k.id));
  const warnings = model.warnings.filter((w) => w.indicator === indicatorId && (w.unit === unitId || kidIds.has(w.unit)));
  const series: UnitView['series'] = [];
  if (m.asOf) {
    const dates = (tree.dates.get(indicatorId) ?? []).filter((d) => (m.kind === 'period' ? d >= m.baselineDate! && d <= m.end : d <= m.end));
    const base = m.kind === 'period' ? model.figureAmounts(indicatorId, m.baselineDate!).get(unitId)?.value ?? null : 0;
    for (const date of dates) {
      const v = model.figureAmounts(indicatorId, date).get(unitId)?.value ?? null;
      if (v === null || base === null) continue;
      series.push({ date, value: v - base, illustrative: isIllustrative(tree, unitId, indicatorId, date) });
    }
  }
  return {
    unit,
    chain: ancestry(tree, unitId),
    indicator,
    measure: m,
    progress: table.byUnit.get(unitId)!,
    children,
    childrenWord: childrenLabel(kids.map((k) => k.level)),
    series,
    publicWarnings: warnings.filter((w) => isAboutShownNumber(w, m)),
    staffWarnings: warnings.filter((w) => !isAboutShownNumber(w, m)),
    illustrative: series.some((p) => p.illustrative),
  };
}

/** True when the figure for the unit, or any descendant, at that date is illustrative. */
function isIllustrative(tree: Tree, unitId: string, indicator: string, date: string): boolean {
  if (figureOf(tree, unitId, indicator, date)?.illustrative) return true;
  return (tree.children.get(unitId) ?? []).some((k) => isIllustrative(tree, k.id, indicator, date));
}

/** "Số người tham gia mới trong đợt 1/5/2023 – 31/5/2023, so với chỉ tiêu của đợt": what the numbers mean. */
export function measureLabel(m: Measure, counts: Snapshot['counts']): string {
  const words = viProgress.measure;
  if (m.kind === 'period') return words.period(m.start, m.end);
  if (m.kind === 'year') return counts === 'new-in-year' ? words.yearNew(m.start.slice(0, 4)) : words.yearTotal(m.start.slice(0, 4));
  return words.targetsOnly(m.start.slice(0, 4));
}
