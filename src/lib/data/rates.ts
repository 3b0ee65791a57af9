// Indicators measured as a percentage of a denominator set per year (indicators[].kind:
// "percent"), such as the share of the working-age labour force reached by communication in the
// Kiên Giang plan 2021–2025. Unlike head counts they never add up across units, and a plan sets
// one target per year: each unit gets its own row per year, target beside result.
import type { Indicator, Snapshot } from '../../schemas/snapshot.ts';

export interface RateTarget {
  /** The target, or the lower end of a range ("từ 35 % đến 50 %"). */
  min: number;
  /** Upper end of a range; null for a single value. */
  max: number | null;
}

export type RateStatus = 'dat' | 'chua-dat' | 'chua-ro';

export interface RateYear {
  year: number;
  target: RateTarget | null;
  /** The latest result reported within the year; null when none is (the plan gives no results). */
  result: { value: number; date: string } | null;
  /** Reached when the result is at least the target (its lower end); unknown without both. */
  status: RateStatus;
}

export interface RateSeries {
  indicator: Indicator & { denominator: string };
  years: RateYear[];
}

export const isRateIndicator = (indicator: Pick<Indicator, 'kind'>) => indicator.kind === 'percent';

/** Year by year targets and results of every percentage indicator of one unit, oldest year first. */
export function rateSeries(snapshot: Snapshot, indicators: readonly Indicator[], unitId: string): RateSeries[] {
  return indicators.filter(isRateIndicator).flatMap((indicator) => {
    const byYear = new Map<number, RateYear>();
    const row = (year: number) => {
      let r = byYear.get(year);
      if (!r) byYear.set(year, (r = { year, target: null, result: null, status: 'chua-ro' }));
      return r;
    };
    for (const t of snapshot.targets) {
      if (t.unit !== unitId || t.indicator !== indicator.id || t.percent === undefined) continue;
      row(t.year).target = { min: t.percent, max: t.percentMax ?? null };
    }
    for (const f of snapshot.figures) {
      if (f.unit !== unitId || f.indicator !== indicator.id || f.value === null) continue;
      const r = row(Number(f.date.slice(0, 4)));
      if (!r.result || f.date > r.result.date) r.result = { value: f.value, date: f.date };
    }
    if (byYear.size === 0) return [];
    const years = [...byYear.values()].sort((a, b) => a.year - b.year);
    for (const y of years) y.status = y.result === null || y.target === null ? 'chua-ro' : y.result.value >= y.target.min ? 'dat' : 'chua-dat';
    return [{ indicator: { ...indicator, denominator: indicator.denominator ?? '' }, years }];
  });
}
