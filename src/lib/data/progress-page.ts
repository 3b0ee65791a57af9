// Everything one progress page shows, in reading order, computed from the model: for each
// indicator counted in people, the summary first (status in words, the units behind worst first
// with what they still need, the headline once), then the charts and full tables; the yearly
// targets of percentage indicators; what readers should know about the data; and, apart, what
// only staff need. The page component renders this and nothing else.
import type { Unit } from '../../schemas/snapshot.ts';
import { compareVi } from '../format/text.ts';
import { rateCharts, smallMultiples, unitCharts, type Chart } from '../charts/render.ts';
import { sortRows } from '../charts/attainment.ts';
import type { RateSeries } from './rates.ts';
import { progressSummary, type ProgressSummary, type SummaryUnit } from './progress-summary.ts';
import { shortfall } from './progress.ts';
import { unitView, type Model, type UnitView } from './unit-view.ts';
import { childrenLabel } from './warnings.ts';

export interface TargetRow {
  id: string;
  name: string;
  target: number | null;
  /** Share of the parent's target, percent; null when either is unknown. */
  share: number | null;
}

export interface IndicatorSection {
  view: UnitView;
  summary: ProgressSummary;
  /** Charts after the summary (the headline is the summary's, stated once). */
  charts: Chart[];
  /** The ranking table, in the chart's order (highest share first); empty for targets only. */
  ranking: SummaryUnit[];
  /** Targets only: every child with its target and share of the parent's, largest first. */
  targets: TargetRow[];
  /** The units behind shown in the summary (all of them, or the worst BEHIND_SHOWN). */
  behindShown: SummaryUnit[];
  /** The rest of the units behind, behind a "Xem thêm" control: empty unless the list is long. */
  behindMore: SummaryUnit[];
  /** The units without figures named in the summary, and the rest behind "Xem thêm", likewise. */
  unknownShown: SummaryUnit[];
  unknownMore: SummaryUnit[];
  /** The children's table (ranking or targets) starts folded: its rows would run for several phone screens. */
  tableFolded: boolean;
}

// A province has about a hundred communes since the 2025 reform: listed in full, its units behind
// schedule ran for 3½ phone screens per indicator, and its ranking table (a card per unit on a
// phone) for 12 more, before the next indicator began. The worst ten and the chart stay in
// view; the rest opens with one tap (<details>, no JavaScript) and is still in the page.
/** Units behind (or without figures) listed before "Xem thêm": with the status line, one phone screen. */
export const BEHIND_SHOWN = 10;
/** A list with only a few more than BEHIND_SHOWN is shown whole: folding two names helps nobody. */
const BEHIND_FOLD_MIN = 3;
/** Children's tables with more rows than this start folded (20 stacked rows ≈ 2½ phone screens). */
export const TABLE_OPEN_MAX = 20;

/** A summary list as shown: whole, or its first BEHIND_SHOWN and the rest apart. */
function foldList<T>(list: readonly T[]): [shown: T[], more: T[]] {
  return list.length - BEHIND_SHOWN >= BEHIND_FOLD_MIN ? [list.slice(0, BEHIND_SHOWN), list.slice(BEHIND_SHOWN)] : [[...list], []];
}

export interface ProgressPage {
  unit: Unit;
  chain: Unit[];
  isRoot: boolean;
  /**
   * The children's level in words ("các xã, phường"), or null for a unit without children (a
   * residential group): its page must not promise figures "by each unit below".
   */
  childrenWord: string | null;
  /** Sections of the indicators counted in people, the snapshot's first indicator first. */
  sections: IndicatorSection[];
  /** True when no indicator has figures yet (targets only). */
  targetsOnly: boolean;
  /** One panel per indicator across the children, when there are several indicators. */
  multiples: Chart[];
  /** Yearly targets of percentage indicators (multi-year plans). */
  rates: (Chart & { series: RateSeries })[];
  /** Latest figure date over every indicator, null when there are none. */
  asOf: string | null;
  illustrative: boolean;
  /** Statements for every reader: the snapshot's notes and the warnings about numbers shown here. */
  publicNotes: string[];
  publicWarnings: string[];
  /** For staff only: the snapshot's staff notes and the other warnings of this unit and its children. */
  staffNotes: string[];
}

function section(model: Model, v: UnitView): IndicatorSection {
  const summary = progressSummary(v);
  const byId = new Map([...summary.behind, ...summary.unknown].map((u) => [u.id, u]));
  const ranking = v.measure.kind === 'targets-only' ? [] : sortRows(v.children).map((row) => byId.get(row.id) ?? { ...row, shortName: row.name, ...shortfall(row, v.measure) });
  const parent = v.progress.target;
  const targets =
    v.measure.kind === 'targets-only'
      ? v.children
          .map((k) => ({ id: k.id, name: k.name, target: k.target, share: k.target !== null && parent !== null && parent > 0 ? (k.target / parent) * 100 : null }))
          .sort((a, b) => (b.target ?? -1) - (a.target ?? -1) || compareVi(a.name, b.name))
      : [];
  const [behindShown, behindMore] = foldList(summary.behind);
  const [unknownShown, unknownMore] = foldList(summary.unknown);
  return {
    view: v,
    summary,
    charts: unitCharts(model, v).filter((c) => c.kind !== 'headline'),
    ranking,
    targets,
    behindShown,
    behindMore,
    unknownShown,
    unknownMore,
    tableFolded: Math.max(ranking.length, targets.length) > TABLE_OPEN_MAX,
  };
}

export function progressPage(model: Model, unitId: string): ProgressPage {
  const views = model.indicators.map((ind) => unitView(model, unitId, ind.id));
  const sections = views.map((v) => section(model, v));
  const unit = model.tree.units.get(unitId)!;
  const dates = views.map((v) => v.measure.asOf).filter((d): d is string => d !== null).sort();
  const unique = (list: string[]) => [...new Set(list)];
  const kids = model.tree.children.get(unitId) ?? [];
  return {
    unit,
    chain: views[0]?.chain ?? [unit],
    isRoot: unit.parent === null,
    childrenWord: kids.length > 0 ? childrenLabel(kids.map((k) => k.level)) : null,
    sections,
    targetsOnly: views.length > 0 && views.every((v) => v.measure.kind === 'targets-only'),
    multiples: smallMultiples(model, unitId),
    rates: rateCharts(model, unitId),
    asOf: dates.at(-1) ?? null,
    illustrative: views.some((v) => v.illustrative),
    publicNotes: model.snapshot.notes,
    publicWarnings: unique(views.flatMap((v) => v.publicWarnings.map((w) => w.text))),
    staffNotes: [...model.snapshot.staffNotes, ...unique(views.flatMap((v) => v.staffWarnings.map((w) => w.text)))],
  };
}
