// What a unit-progress image shows, as plain data (JSON, hashed into the cache key): the headline
// card ("x / y người — z %", status in words, date) or a ranking of child units drawn as boxes.
// Built from the same unit view the page's charts use, so the image and the page cannot disagree.
import { headlineText } from '../charts/headline.ts';
import { sortRows } from '../charts/attainment.ts';
import { STATUS } from '../charts/svg.ts';
import { measureLabel, type UnitView } from '../data/unit-view.ts';
import type { RateSeries } from '../data/rates.ts';
import type { Status } from '../data/progress.ts';
import { shortNames } from '../data/unit-names.ts';

export { shortNames };
import type { Snapshot } from '../../schemas/snapshot.ts';
import { people, pct, pctRange, viProgress } from '../../i18n/vi-progress.ts';
import { viImages } from '../../i18n/vi-images.ts';

export interface HeadlineSpec {
  kind: 'headline';
  /** "52.139 / 60.000 người — 86,9 %", or the target alone when there are no figures yet. */
  numbers: string;
  /** Attainment in percent (bar length); null when unknown. */
  percent: number | null;
  /** "Tình trạng: Chậm"; empty when there are only targets (the date line says so). */
  status: { label: string; color: string };
  /** "Số liệu đến ngày 31/5/2023", plus "số liệu minh họa" when any figure is made up. */
  asOf: string;
  /** What the numbers mean (new participants in the period, year total…). */
  measure: string;
  illustrative: boolean;
}

export interface RankingRow {
  name: string;
  /** Bar length as a share of the track, 0–1; null: no bar (unknown). */
  fraction: number | null;
  /** "86,9 % · Chậm" or "1.234 người · chiếm 18,2 %". */
  label: string;
  color: string;
  /** The unit's status (absent for target-only bars): behind-first images pick the rows behind. */
  status?: Status;
}

export interface RankingSpec {
  kind: 'ranking';
  rows: RankingRow[];
  /** Where the target (100 %) sits on the track, 0–1; null for target-only bars. */
  target: number | null;
  asOf: string;
  illustrative: boolean;
  /** Set by ranking-pages.ts: columns, and "1/2" when the ranking spreads over several images. */
  cols?: 1 | 2;
  page?: { index: number; count: number };
  /** Pages of one ranking share one type size: the widest name and label of all pages, and the rows of the fullest page. */
  sizeLike?: { name: string; label: string; rows: number };
  /** A line saying what the image leaves out (behind-first images of a long ranking). */
  note?: string;
  /** Words of the row a ranking folds into when it has more units than fit ("{n}": how many are left out). */
  fold: { others: string; seePage: string };
}

export type ProgressSpec = HeadlineSpec | RankingSpec;

const w = viImages.progress;

function asOfLine(v: UnitView): string {
  const when = v.measure.asOf ? viProgress.asOf(v.measure.asOf) : viProgress.noResults;
  return v.illustrative ? `${when} · ${viProgress.illustrativeLong}` : when;
}

export function headlineSpec(v: UnitView, counts: Snapshot['counts']): HeadlineSpec {
  const p = v.progress;
  const targetsOnly = v.measure.kind === 'targets-only';
  const unit = v.indicator.unit;
  return {
    kind: 'headline',
    numbers: targetsOnly ? w.targetOnly(p.target === null ? viProgress.unknown : people(p.target, unit)) : headlineText(p, unit),
    percent: targetsOnly ? null : p.percent,
    status: targetsOnly ? { label: '', color: STATUS['chua-ro'].color } : { label: w.status(STATUS[p.status].label), color: STATUS[p.status].color },
    asOf: asOfLine(v),
    measure: measureLabel(v.measure, counts),
    illustrative: v.illustrative,
  };
}

// A year's result below its target is drawn in the colour of units behind, not in green.
const RATE_STATUS_COLOUR = { dat: 'dat', 'chua-dat': 'cham', 'chua-ro': 'chua-ro' } as const;

/** The card of a unit whose plan sets yearly percentages only: its last year's target, results if any. */
export function rateHeadlineSpec(series: RateSeries): HeadlineSpec {
  const withTarget = series.years.filter((y) => y.target !== null);
  const last = withTarget.at(-1);
  const result = [...series.years].reverse().find((y) => y.result !== null);
  return {
    kind: 'headline',
    numbers: last ? w.rateTarget(pctRange(last.target!.min, last.target!.max), last.year) : viProgress.unknown,
    percent: null,
    status: result ? { label: w.rateResult(pct(result.result!.value), result.year), color: STATUS[RATE_STATUS_COLOUR[result.status]].color } : { label: '', color: STATUS['chua-ro'].color },
    asOf: result ? viProgress.asOf(result.result!.date) : w.noRateResults,
    measure: w.rateMeasure(series.indicator.label, series.indicator.denominator),
    illustrative: false,
  };
}

/** Ranking of the children: sorted like the page's chart (highest % first), or by target. */
export function rankingSpec(v: UnitView): RankingSpec | null {
  if (v.children.length === 0) return null;
  // A short date line ("số liệu đến 21/5/2023, minh họa"): the rows get the room.
  const when = v.measure.asOf ? viProgress.page.asOfShort(v.measure.asOf, v.illustrative) : viProgress.noResults;
  const base = { asOf: when, illustrative: v.illustrative, fold: w.fold };
  if (v.measure.kind === 'targets-only') {
    if (!v.children.some((c) => c.target !== null)) return null;
    const sorted = [...v.children].sort((a, b) => (b.target ?? -1) - (a.target ?? -1));
    const names = shortNames(sorted);
    const max = Math.max(1, ...sorted.map((c) => c.target ?? 0));
    const total = v.progress.target ?? sorted.reduce((sum, c) => sum + (c.target ?? 0), 0);
    const rows = sorted.map((c, i) => ({
      name: names[i]!,
      fraction: c.target === null ? null : c.target / max,
      label: c.target === null ? viProgress.noTarget : w.targetShare(people(c.target, v.indicator.unit), total > 0 ? pct((c.target / total) * 100) : '—'),
      color: '#1f5fa8',
    }));
    return { kind: 'ranking', rows, target: null, ...base };
  }
  const sorted = sortRows(v.children);
  const names = shortNames(sorted.map((r) => v.children.find((c) => c.id === r.id)!));
  const maxPct = Math.max(100, ...sorted.map((r) => r.percent ?? 0));
  const rows = sorted.map((r, i) => ({
    name: names[i]!,
    fraction: r.percent === null ? null : r.percent / maxPct,
    label: r.percent === null ? STATUS[r.status].label : `${pct(r.percent)} · ${STATUS[r.status].label}`,
    color: STATUS[r.status].color,
    status: r.status,
  }));
  return { kind: 'ranking', rows, target: 100 / maxPct, ...base };
}
