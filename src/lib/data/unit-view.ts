// Everything a progress page shows for one unit and indicator, computed from the snapshot:
// the measure, the headline, the children ranked, the series over time, warnings and notes.
import type { Snapshot, Unit } from '../../schemas/snapshot.ts';
import { formatDate } from '../format/vi-format.ts';
import { ancestry, amounts, buildTree, figureOf, figureReader, type AmountTable, type Tree } from './aggregate.ts';
import { chooseMeasure, progressTable, snapshotYear, type Measure, type ProgressTable, type UnitProgress } from './progress.ts';
import { indicatorsOf } from './validate.ts';
import { childrenLabel, dataWarnings, type DataWarning } from './warnings.ts';

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
  warnings: DataWarning[];
  illustrative: boolean;
}

/** Snapshot with its tree, warnings and one progress table per indicator, computed once. */
export interface Model {
  snapshot: Snapshot;
  tree: Tree;
  year: number;
  indicators: { id: string; label: string; unit: string }[];
  tables: Map<string, ProgressTable>;
  warnings: DataWarning[];
  /** Figure amounts per indicator and date, computed on first use for the whole tree. */
  figureAmounts: (indicator: string, date: string) => AmountTable;
}

export function buildModel(snapshot: Snapshot): Model {
  const tree = buildTree(snapshot);
  const year = snapshotYear(snapshot);
  const all = indicatorsOf(snapshot);
  const indicators = all.filter((i) => tree.figures.has(i.id) || tree.targets.has(i.id));
  const tables = new Map(indicators.map((i) => [i.id, progressTable(tree, chooseMeasure(tree, i.id, year))]));
  const cache = new Map<string, AmountTable>();
  const figureAmounts = (indicator: string, date: string) => {
    const k = `${indicator}|${date}`;
    let a = cache.get(k);
    if (!a) cache.set(k, (a = amounts(tree, figureReader(tree, indicator, date))));
    return a;
  };
  return { snapshot, tree, year, indicators, tables, warnings: dataWarnings(snapshot, tree), figureAmounts };
}

export function unitView(model: Model, unitId: string, indicatorId: string): UnitView {
  const { tree } = model;
  const unit = tree.units.get(unitId)!;
  const table = model.tables.get(indicatorId)!;
  const indicator = model.indicators.find((i) => i.id === indicatorId)!;
  const kids = tree.children.get(unitId) ?? [];
  const children = kids.map((k) => ({ id: k.id, name: k.name, level: k.level, hasChildren: tree.children.has(k.id), ...table.byUnit.get(k.id)! }));
  const m = table.measure;
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
    warnings: model.warnings.filter((w) => w.unit === unitId || kids.some((k) => k.id === w.unit)).filter((w) => w.indicator === indicatorId),
    illustrative: series.some((p) => p.illustrative),
  };
}

/** True when the figure for the unit, or any descendant, at that date is illustrative. */
function isIllustrative(tree: Tree, unitId: string, indicator: string, date: string): boolean {
  if (figureOf(tree, unitId, indicator, date)?.illustrative) return true;
  return (tree.children.get(unitId) ?? []).some((k) => isIllustrative(tree, k.id, indicator, date));
}

/** "Số người tham gia mới trong Tháng cao điểm (1/5/2023 – 31/5/2023)": what the numbers mean. */
export function measureLabel(m: Measure, counts: Snapshot['counts']): string {
  if (m.kind === 'period') return `Số người tham gia mới trong đợt ${formatDate(m.start)} – ${formatDate(m.end)}, so với chỉ tiêu của đợt`;
  if (m.kind === 'year') return counts === 'new-in-year' ? `Số người tham gia mới trong năm ${m.start.slice(0, 4)}, so với chỉ tiêu cả năm` : `Tổng số người tham gia, so với chỉ tiêu cả năm ${m.start.slice(0, 4)}`;
  return `Chỉ tiêu năm ${m.start.slice(0, 4)} (chưa có số liệu thực hiện)`;
}
