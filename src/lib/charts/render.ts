// The charts of one unit page as SVG strings. Pure (no Astro, no disk): pages inline them, and
// the image pipeline can call renderChartSvg(snapshotJson, …) to rasterise share images.
import { snapshotSchema } from '../../schemas/snapshot.ts';
import { formatDate } from '../format/vi-format.ts';
import { targetOf } from '../data/aggregate.ts';
import { buildModel, measureLabel, unitView, type Model, type UnitView } from '../data/unit-view.ts';
import { attainmentSvg, sortRows, targetBarsSvg } from './attainment.ts';
import { coverageSvg, type CoverageRow } from './coverage.ts';
import { headlineSvg, headlineText } from './headline.ts';
import { overTimeSvg, projection } from './over-time.ts';
import { fmtInt, fmtPct, STATUS } from './svg.ts';
import { panelSvg } from './small-multiples.ts';
import { compareVi } from '../format/text.ts';

export type ChartKind = 'headline' | 'attainment' | 'over-time' | 'coverage' | 'small-multiples';

export interface Chart {
  kind: ChartKind;
  title: string;
  desc: string;
  svg: string;
  /** The indicator of a small-multiples panel. */
  indicator?: string;
}

const asOfText = (v: UnitView) => (v.measure.asOf ? `Số liệu đến ngày ${formatDate(v.measure.asOf)}.` : 'Chưa có số liệu thực hiện.');

function coverageRows(model: Model, unitId: string): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const ind of model.indicators) {
    const t = targetOf(model.tree, unitId, ind.id);
    for (const c of t?.coverage ?? []) {
      const implied = c.denominatorValue === null && t!.yearTotal !== null && c.percent > 0;
      const denominator = c.denominatorValue ?? (implied ? Math.round((t!.yearTotal! / c.percent) * 100) : null);
      const attained = model.tables.get(ind.id)?.byUnit.get(unitId)?.attained ?? null;
      const kind = model.tables.get(ind.id)?.measure.kind;
      const actualPercent = c.denominatorValue !== null && attained !== null && kind === 'year' ? (attained / c.denominatorValue) * 100 : null;
      rows.push({ label: ind.label, targetPercent: c.percent, actualPercent, denominatorLabel: c.denominator === 'population' ? 'dân số' : 'lực lượng lao động', denominator, implied });
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
    const desc = `${what}. ${headlineText(v.progress)}; tình trạng: ${STATUS[v.progress.status].label}. ${asOfText(v)}`;
    charts.push({ kind: 'headline', title, desc, svg: headlineSvg(`${id}-h`, v.progress, v.measure.asOf ? `${v.unit.name} · đến ngày ${formatDate(v.measure.asOf)}` : v.unit.name, title, desc) });
  }
  if (v.children.length > 0 && v.measure.kind !== 'targets-only') {
    const known = v.children.filter((c) => c.percent !== null);
    const sorted = sortRows(v.children);
    const reached = v.children.filter((c) => c.status === 'dat').length;
    const behind = v.children.filter((c) => c.status === 'cham').length;
    const best = known.length > 0 ? `Cao nhất: ${sorted[0]!.name} (${fmtPct(sorted[0]!.percent!)}); thấp nhất: ${known.at(-1) && sortRows(known).at(-1)!.name} (${fmtPct(sortRows(known).at(-1)!.percent!)}).` : 'Chưa tính được tỷ lệ của đơn vị nào.';
    const title = `Tiến độ của ${v.childrenWord} thuộc ${where}`;
    const desc = `${reached} trên ${v.children.length} đơn vị đã đạt chỉ tiêu, ${behind} đơn vị chậm tiến độ. ${best} ${asOfText(v)}`;
    charts.push({ kind: 'attainment', title, desc, svg: attainmentSvg(`${id}-a`, v.children, title, desc) });
  }
  if (v.children.some((c) => c.target !== null) && v.measure.kind === 'targets-only') {
    const rows = v.children.map((c) => ({ id: c.id, name: c.name, target: c.target }));
    const top = [...rows].sort((a, b) => (b.target ?? -1) - (a.target ?? -1))[0]!;
    const title = `Chỉ tiêu ${v.indicator.label} năm ${model.year} của ${v.childrenWord} thuộc ${v.unit.name}`;
    const desc = `Tổng chỉ tiêu giao: ${v.progress.target === null ? 'chưa rõ' : `${fmtInt(v.progress.target)} người`}. Nhiều nhất: ${top.name} (${top.target === null ? 'chưa rõ' : fmtInt(top.target)} người). Chưa có số liệu thực hiện.`;
    charts.push({ kind: 'attainment', title, desc, svg: targetBarsSvg(`${id}-a`, rows, title, desc) });
  }
  if (v.series.length >= 2) {
    const window = { start: v.measure.start, end: v.measure.end };
    const p = projection(v.series, window.end);
    const last = v.series.at(-1)!;
    const verdict = p === null || v.progress.target === null ? '' : ` Nếu giữ nhịp này, đến ${formatDate(window.end)} đạt khoảng ${fmtInt(p)} người, ${p >= v.progress.target ? 'đạt' : 'chưa đạt'} chỉ tiêu ${fmtInt(v.progress.target)}.`;
    const title = `${where}: tiến độ theo thời gian`;
    const desc = `Đến ${formatDate(last.date)} đạt ${fmtInt(last.value)} người.${verdict}${v.illustrative ? ' Số liệu minh họa, không phải số liệu thật.' : ''}`;
    charts.push({ kind: 'over-time', title, desc, svg: overTimeSvg(`${id}-t`, { points: v.series, target: v.progress.target, window }, title, desc) });
  }
  const cov = coverageRows(model, v.unit.id);
  if (cov.length > 0 && v.indicator.id === model.indicators[0]!.id) {
    const title = `Tỷ lệ bao phủ mục tiêu năm ${model.year} của ${v.unit.name}`;
    const desc = cov.map((c) => `${c.label}: mục tiêu ${fmtPct(c.targetPercent, 2)} ${c.denominatorLabel}`).join('; ') + '.';
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
    const known = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!);
    if (known.length === 0) return [];
    const title = `${ind.label}: ${percent ? 'tỷ lệ đạt chỉ tiêu' : `chỉ tiêu năm ${model.year}`} của ${unit.name}`;
    const desc = `Cao nhất: ${known[0]!.name} (${percent ? fmtPct(known[0]!.value!) : `${fmtInt(known[0]!.value!)} người`}); thấp nhất: ${known.at(-1)!.name} (${percent ? fmtPct(known.at(-1)!.value!) : `${fmtInt(known.at(-1)!.value!)} người`}).`;
    return [{ kind: 'small-multiples' as const, indicator: ind.id, title, desc, svg: panelSvg(`c-${unitId}-sm-${ind.id}`, rows, percent ? 'percent' : 'count', title, desc) }];
  });
}

/**
 * String in, string out, for the image pipeline: the snapshot's JSON text and which chart →
 * the SVG (1 chart). Throws when the snapshot is invalid or the chart does not exist.
 */
export function renderChartSvg(snapshotJson: string, chart: ChartKind, unitId?: string, indicatorId?: string): string {
  const model = buildModel(snapshotSchema.parse(JSON.parse(snapshotJson)));
  const unit = unitId ?? model.tree.roots[0]!.id;
  const indicator = indicatorId ?? model.indicators[0]!.id;
  const all = chart === 'small-multiples' ? smallMultiples(model, unit).filter((c) => c.indicator === indicator) : unitCharts(model, unitView(model, unit, indicator));
  const found = all.find((c) => c.kind === chart);
  if (!found) throw new Error(`Không có biểu đồ "${chart}" cho ${unit} / ${indicator}`);
  return found.svg;
}
