// Odd-but-possible numbers, said in plain words on the page (and printed at build time):
// children that do not add up to the parent's own total, targets whose parts do not make the
// year total, cumulative figures that go down, and more participants than the unit's own
// population or labour force (the denominator of a coverage target).
import type { Snapshot } from '../../schemas/snapshot.ts';
import { formatDate, formatNumber } from '../format/vi-format.ts';
import type { ContentIssue } from '../content/content-issue.ts';
import { amounts, figureOf, figureReader, targetReader, type Tree, type TargetField } from './aggregate.ts';
import type { Measure } from './progress.ts';
import { indicatorsOf } from './validate.ts';

export interface DataWarning {
  kind: 'children-sum' | 'target-parts' | 'decrease' | 'above-denominator';
  unit: string;
  indicator: string;
  /** One sentence in Vietnamese, ready for the page. */
  text: string;
  /** Which number it is about: a figure at a date (children-sum; the later date of a decrease), or a target field. */
  about?: { date: string } | { field: TargetField };
}

const FIELD_LABEL: Record<TargetField, string> = {
  periodNew: 'chỉ tiêu trong đợt',
  remainderNew: 'chỉ tiêu các tháng còn lại',
  yearTotal: 'chỉ tiêu cả năm',
};

/** "các phường", "các phường, xã": the children's levels as the source names them. */
export function childrenLabel(levels: readonly string[]): string {
  const distinct = [...new Set(levels)];
  return distinct.length === 0 ? 'các đơn vị trực thuộc' : `các ${distinct.join(', ')}`;
}

export function dataWarnings(s: Snapshot, tree: Tree): DataWarning[] {
  const out: DataWarning[] = [];
  const labels = new Map(indicatorsOf(s).map((i) => [i.id, i.label]));
  const unitName = (id: string) => tree.units.get(id)?.name ?? id;
  const childWord = (id: string) => childrenLabel((tree.children.get(id) ?? []).map((c) => c.level));

  const compare = (indicator: string, what: string, reported: Float64Array, about: DataWarning['about']) => {
    const table = amounts(tree, reported);
    for (let i = 0; i < tree.ids.length; i++) {
      // NaN compares unequal to everything, so the cheap test skips unknowns too.
      if (!(table.reported[i] !== table.childSum[i] && !Number.isNaN(table.reported[i]!) && !Number.isNaN(table.childSum[i]!))) continue;
      const id = tree.ids[i]!;
      const a = table.at(i) as { reported: number; childSum: number; missingChildren: number };
      const blanks = a.missingChildren > 0 ? ` (${a.missingChildren} đơn vị để trống)` : '';
      const text = `${unitName(id)}, ${labels.get(indicator) ?? indicator}, ${what}: Tổng ${childWord(id)}: ${formatNumber(a.childSum)}${blanks} — số báo cáo: ${formatNumber(a.reported)}.`;
      out.push({ kind: 'children-sum', unit: id, indicator, text, about });
    }
  };
  // Percentages (indicators[].kind "percent") never add up across units: only head counts are compared.
  const percent = new Set(indicatorsOf(s).filter((i) => i.kind === 'percent').map((i) => i.id));
  for (const [indicator, dates] of tree.dates) {
    if (percent.has(indicator)) continue;
    for (const date of dates) compare(indicator, `số người tham gia đến ${formatDate(date)}`, figureReader(tree, indicator, date), { date });
  }
  const targetIndicators = new Set(s.targets.map((t) => t.indicator).filter((i) => !percent.has(i)));
  for (const indicator of targetIndicators) {
    for (const field of Object.keys(FIELD_LABEL) as TargetField[]) compare(indicator, FIELD_LABEL[field], targetReader(tree, indicator, field), { field });
  }

  for (const t of s.targets) {
    if (!t.baselineDate || t.periodNew === null || t.remainderNew === null || t.yearTotal === null) continue;
    const base = figureOf(tree, t.unit, t.indicator, t.baselineDate)?.value ?? null;
    if (base === null) continue;
    const sum = base + t.periodNew + t.remainderNew;
    if (sum === t.yearTotal) continue;
    const text = `${unitName(t.unit)}, ${labels.get(t.indicator) ?? t.indicator}: số đến ${formatDate(t.baselineDate)} (${formatNumber(base)}) + chỉ tiêu trong đợt (${formatNumber(t.periodNew)}) + các tháng còn lại (${formatNumber(t.remainderNew)}) = ${formatNumber(sum)}, khác chỉ tiêu cả năm ${formatNumber(t.yearTotal)}.`;
    out.push({ kind: 'target-parts', unit: t.unit, indicator: t.indicator, text });
  }

  const DENOMINATOR = { 'labour-force': 'lực lượng lao động', population: 'dân số' } as const;
  for (const t of s.targets) for (const c of t.coverage) {
    if (c.denominatorValue === null) continue;
    const byDate = tree.figures.get(t.indicator)?.get(t.unit);
    const first = [...(byDate?.entries() ?? [])].filter(([, f]) => f.value !== null && f.value > c.denominatorValue!).sort(([a], [b]) => a.localeCompare(b))[0];
    if (!first) continue;
    const text = `${unitName(t.unit)}, ${labels.get(t.indicator) ?? t.indicator}: ${formatNumber(first[1].value!)} người tham gia (${formatDate(first[0])}), nhiều hơn ${DENOMINATOR[c.denominator]} ghi trong chỉ tiêu (${formatNumber(c.denominatorValue)}).`;
    out.push({ kind: 'above-denominator', unit: t.unit, indicator: t.indicator, text });
  }

  for (const [indicator, byUnit] of tree.figures) for (const [unit, byDate] of byUnit) {
    if (percent.has(indicator)) continue;
    let prev: { date: string; value: number } | null = null;
    for (const date of [...byDate.keys()].sort()) {
      const value = byDate.get(date)!.value;
      if (value === null) continue;
      if (prev && value < prev.value) {
        const text = `${unitName(unit)}, ${labels.get(indicator) ?? indicator}: số người tham gia giảm từ ${formatNumber(prev.value)} (${formatDate(prev.date)}) xuống ${formatNumber(value)} (${formatDate(date)}).`;
        out.push({ kind: 'decrease', unit, indicator, text, about: { date } });
      }
      prev = { date, value };
    }
  }
  return out;
}

/** Warnings as content issues, for the build log (`field` names the unit). */
export function warningIssues(file: string, warnings: readonly DataWarning[]): ContentIssue[] {
  return warnings.map((w) => ({ file, field: `units[id=${w.unit}]`, expected: w.text }));
}

/**
 * Whether a warning is about a number the page shows for this measure — then readers see it, in
 * plain words, beside that number (a gap between a city's total and its wards' sum is a fact about
 * the data). Anything else (earlier dates, the rest-of-year target, a plan's own arithmetic) is for
 * the staff who check the data, under "Ghi chú cho cán bộ".
 */
export function isAboutShownNumber(w: DataWarning, m: Pick<Measure, 'kind' | 'asOf' | 'baselineDate'>): boolean {
  if (w.kind === 'above-denominator') return true;
  if (w.kind === 'target-parts' || !w.about) return false;
  if ('field' in w.about) return w.kind === 'children-sum' && w.about.field === (m.kind === 'period' ? 'periodNew' : 'yearTotal');
  const { date } = w.about;
  if (m.kind === 'targets-only' || m.asOf === null) return false;
  if (w.kind === 'children-sum') return date === m.asOf || date === m.baselineDate;
  // A decrease shows on the over-time chart when its later date is in the plotted series.
  return date <= m.asOf && (m.baselineDate === null || date > m.baselineDate);
}
