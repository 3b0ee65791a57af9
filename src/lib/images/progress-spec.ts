// What a unit-progress image shows, as plain data (JSON, hashed into the cache key): the headline
// card ("x / y người — z %", status in words, date) or a ranking of child units drawn as boxes.
// Built from the same unit view the page's charts use, so the image and the page cannot disagree.
import { headlineText } from '../charts/headline.ts';
import { sortRows } from '../charts/attainment.ts';
import { fmtInt, fmtPct, STATUS } from '../charts/svg.ts';
import { formatDate } from '../format/vi-format.ts';
import { measureLabel, type UnitView } from '../data/unit-view.ts';
import type { Snapshot } from '../../schemas/snapshot.ts';

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
  /** "86,9 % · Chậm" or "1.234 người". */
  label: string;
  color: string;
}

export interface RankingSpec {
  kind: 'ranking';
  rows: RankingRow[];
  /** Where the target (100 %) sits on the track, 0–1; null for target-only bars. */
  target: number | null;
  asOf: string;
  illustrative: boolean;
}

export type ProgressSpec = HeadlineSpec | RankingSpec;

const MINH_HOA = 'số liệu minh họa, không phải số liệu thật';

function asOfLine(v: UnitView): string {
  const when = v.measure.asOf ? `Số liệu đến ngày ${formatDate(v.measure.asOf)}` : 'Chưa có số liệu thực hiện';
  return v.illustrative ? `${when} · ${MINH_HOA}` : when;
}

export function headlineSpec(v: UnitView, counts: Snapshot['counts']): HeadlineSpec {
  const p = v.progress;
  const targetsOnly = v.measure.kind === 'targets-only';
  const unit = v.indicator.unit;
  return {
    kind: 'headline',
    numbers: targetsOnly ? `Chỉ tiêu: ${p.target === null ? 'chưa rõ' : `${fmtInt(p.target)} ${unit}`}` : headlineText(p, unit),
    percent: targetsOnly ? null : p.percent,
    status: targetsOnly ? { label: '', color: STATUS['chua-ro'].color } : { label: `Tình trạng: ${STATUS[p.status].label}`, color: STATUS[p.status].color },
    asOf: asOfLine(v),
    measure: measureLabel(v.measure, counts),
    illustrative: v.illustrative,
  };
}

/**
 * Children share a name prefix that only repeats their level ("Tổ dân phố Số 1"…): the title
 * already says "các tổ dân phố", so the bars show "Số 1", leaving room for bigger type.
 */
export function shortNames(children: readonly { name: string; level: string }[]): string[] {
  const stripped = children.map((c) => {
    const prefix = c.level.trim();
    return c.name.toLocaleLowerCase('vi').startsWith(`${prefix.toLocaleLowerCase('vi')} `) ? c.name.slice(prefix.length + 1).trim() : null;
  });
  const usable = stripped.every((s) => s !== null && s !== '' && !/^\d+$/.test(s));
  return children.map((c, i) => (usable ? stripped[i]! : c.name));
}

/** Ranking of the children: sorted like the page's chart (highest % first), or by target. */
export function rankingSpec(v: UnitView): RankingSpec | null {
  if (v.children.length === 0) return null;
  const base = { asOf: asOfLine(v), illustrative: v.illustrative };
  if (v.measure.kind === 'targets-only') {
    if (!v.children.some((c) => c.target !== null)) return null;
    const sorted = [...v.children].sort((a, b) => (b.target ?? -1) - (a.target ?? -1));
    const names = shortNames(sorted);
    const max = Math.max(1, ...sorted.map((c) => c.target ?? 0));
    const total = sorted.reduce((sum, c) => sum + (c.target ?? 0), 0);
    const rows = sorted.map((c, i) => ({
      name: names[i]!,
      fraction: c.target === null ? null : c.target / max,
      label: c.target === null ? 'chưa có chỉ tiêu' : `${fmtInt(c.target)} ${v.indicator.unit} (${fmtPct((c.target / total) * 100)})`,
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
    label: r.percent === null ? STATUS[r.status].label : `${fmtPct(r.percent)} · ${STATUS[r.status].label}`,
    color: STATUS[r.status].color,
  }));
  return { kind: 'ranking', rows, target: 100 / maxPct, ...base };
}
