// How far each unit is: the measure a campaign is judged by (new participants in the campaign
// window, or the year's cumulative total), attainment against the target, and a status that is
// spelled out in words so colour is never the only signal.
import type { Snapshot } from '../../schemas/snapshot.ts';
import { amounts, figureReader, targetReader, type AmountTable, type Tree } from './aggregate.ts';

export type Status = 'dat' | 'dung-tien-do' | 'cham' | 'chua-ro';

export interface Measure {
  kind: 'period' | 'year' | 'targets-only';
  indicator: string;
  /** Campaign window (period) or the calendar year. */
  start: string;
  end: string;
  /** Date of the figure progress starts from (period only). */
  baselineDate: string | null;
  /** Latest figure date used ("số liệu đến ngày"). */
  asOf: string | null;
  /** Share of the window elapsed at asOf, 0–1: the pace a unit on schedule has reached. */
  pace: number | null;
}

export interface UnitProgress {
  attained: number | null;
  target: number | null;
  /** attained / target × 100; null when either is unknown or the target is 0. */
  percent: number | null;
  status: Status;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Fraction of [start, end] (inclusive days) elapsed by the end of `asOf`. */
export function elapsedShare(start: string, end: string, asOf: string): number {
  const total = dayNumber(end) - dayNumber(start) + 1;
  return Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(start) + 1) / total));
}

/** Chooses the measure: the campaign window when figures cover it, else the year, else targets only. */
export function chooseMeasure(tree: Tree, indicator: string, year: number): Measure {
  const dates = tree.dates.get(indicator) ?? [];
  const period = [...(tree.targets.get(indicator)?.values() ?? [])].find((t) => t.period && t.periodNew !== null)?.period;
  if (period) {
    const baseline = [...dates].reverse().find((d) => d <= period.start) ?? null;
    const current = [...dates].reverse().find((d) => d > period.start && d <= period.end) ?? null;
    if (baseline && current) {
      return { kind: 'period', indicator, start: period.start, end: period.end, baselineDate: baseline, asOf: current, pace: elapsedShare(period.start, period.end, current) };
    }
  }
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const asOf = [...dates].reverse().find((d) => d <= end) ?? null;
  if (asOf) return { kind: 'year', indicator, start, end, baselineDate: null, asOf, pace: elapsedShare(start, end, asOf) };
  return { kind: 'targets-only', indicator, start, end, baselineDate: null, asOf: null, pace: null };
}

/** Whole days of the measure's window elapsed at its figures' date, and the window's length. */
function windowDays(m: Pick<Measure, 'start' | 'end' | 'asOf'>): { elapsed: number; total: number } | null {
  if (m.asOf === null) return null;
  const total = dayNumber(m.end) - dayNumber(m.start) + 1;
  return { total, elapsed: Math.min(total, Math.max(0, dayNumber(m.asOf) - dayNumber(m.start) + 1)) };
}

/**
 * Reached (≥ 100 %), on schedule (attained ≥ target × the share of the window elapsed), behind,
 * or unknown. Compared in whole numbers (attained × days in window ≥ target × days elapsed), the
 * same rule `shortfall` counts people with, so the two never disagree by a rounding.
 */
export function statusOf(attained: number | null, target: number | null, m: Pick<Measure, 'start' | 'end' | 'asOf'>): Status {
  if (attained === null || target === null || target <= 0) return 'chua-ro';
  if (attained >= target) return 'dat';
  const days = windowDays(m);
  if (days !== null && attained * days.total >= target * days.elapsed) return 'dung-tien-do';
  return 'cham';
}

/** People still needed: to be on schedule at the date of the figures, and to reach the target. */
export interface Shortfall {
  /** 0 when on schedule or reached; null when the attained number, the target or the pace is unknown. */
  toSchedule: number | null;
  /** 0 when reached; null when the attained number or the target is unknown. */
  toTarget: number | null;
}

/**
 * What a unit still needs. "On schedule" is statusOf's rule (attained ≥ target × share of the
 * window elapsed), so a unit needs the whole people that make it true: ⌈target × elapsed ÷ total⌉,
 * computed in whole days so no floating-point rounding can ask for one person too many or few.
 */
export function shortfall(p: UnitProgress, m: Measure): Shortfall {
  if (p.attained === null || p.target === null) return { toSchedule: null, toTarget: null };
  const toTarget = Math.max(0, p.target - p.attained);
  const days = windowDays(m);
  if (days === null) return { toSchedule: null, toTarget };
  const due = Math.ceil((p.target * days.elapsed) / days.total);
  return { toSchedule: Math.max(0, Math.min(toTarget, due - p.attained)), toTarget };
}

export interface ProgressTable {
  measure: Measure;
  /** Attained value per unit (NaN = unknown), indexed like tree.ids. */
  attained: Float64Array | null;
  targets: AmountTable;
  byUnit: Map<string, UnitProgress>;
}

/** Progress of every unit for one measure, computed in one pass over the tree per quantity. */
export function progressTable(tree: Tree, measure: Measure): ProgressTable {
  const field = measure.kind === 'period' ? 'periodNew' : 'yearTotal';
  const targets = amounts(tree, targetReader(tree, measure.indicator, field));
  let attained: Float64Array | null = null;
  if (measure.asOf) {
    const now = amounts(tree, figureReader(tree, measure.indicator, measure.asOf)).value;
    if (measure.kind === 'period' && measure.baselineDate) {
      const base = amounts(tree, figureReader(tree, measure.indicator, measure.baselineDate)).value;
      attained = now.map((v, i) => v - base[i]!); // NaN stays NaN: unknown
    } else attained = now;
  }
  const byUnit = new Map<string, UnitProgress>();
  const known = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? null : x);
  for (let i = 0; i < tree.ids.length; i++) {
    const id = tree.ids[i]!;
    const a = known(attained?.[i]);
    const t = known(targets.value[i]);
    const percent = a !== null && t !== null && t > 0 ? (a / t) * 100 : null;
    byUnit.set(id, { attained: a, target: t, percent, status: statusOf(a, t, measure) });
  }
  return { measure, attained, targets, byUnit };
}

/** The year a snapshot's targets belong to (the latest), or the year of its latest figure. */
export function snapshotYear(s: Snapshot): number {
  if (s.targets.length > 0) return s.targets.reduce((max, t) => Math.max(max, t.year), -Infinity);
  const last = s.figures.reduce((max, f) => (f.date > max ? f.date : max), '1970');
  return Number(last.slice(0, 4));
}
