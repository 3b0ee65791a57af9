// What a progress page says first, for the people who chase targets: how many units reached
// their target, are on schedule or behind, and which ones are behind — worst first, each with the
// people it still needs to be back on schedule. Computed from the unit view, never typed.
import { compareVi } from '../format/text.ts';
import { shortfall, type Measure, type Status, type UnitProgress } from './progress.ts';
import type { UnitView } from './unit-view.ts';
import { shortNames } from './unit-names.ts';

export interface SummaryUnit extends UnitProgress {
  id: string;
  name: string;
  /** The name as a list under "các tổ dân phố" shows it ("Cung Nhượng 1", but "Tổ dân phố Tiền"): unit-names.ts. */
  shortName: string;
  /** People needed to be on schedule at the figures' date (0 when on schedule), null when unknown. */
  toSchedule: number | null;
  /** People needed to reach the target, null when unknown. */
  toTarget: number | null;
}

export interface ProgressSummary {
  measure: Measure;
  /** The page's own unit. */
  unit: SummaryUnit;
  /** How many children are in each status (all 0 for a unit without children). */
  counts: Record<Status, number> & { total: number };
  /** Children behind schedule, lowest share of their target first (then most people short, then name). */
  behind: SummaryUnit[];
  /** Children with no figure or no target. */
  unknown: SummaryUnit[];
  /** The children's level as the source names it, without "các" ("huyện, thành phố"). */
  childLevel: string;
}

function withShortfall(id: string, name: string, shortName: string, p: UnitProgress, m: Measure): SummaryUnit {
  return { id, name, shortName, ...p, ...shortfall(p, m) };
}

/** Worst first: the lowest share of the target, then the most people short, then by name. */
export function worstFirst(a: SummaryUnit, b: SummaryUnit): number {
  return (a.percent ?? Infinity) - (b.percent ?? Infinity) || (b.toSchedule ?? 0) - (a.toSchedule ?? 0) || compareVi(a.name, b.name);
}

export function progressSummary(v: UnitView): ProgressSummary {
  const short = shortNames(v.children);
  const kids = v.children.map((c, i) => withShortfall(c.id, c.name, short[i]!, c, v.measure));
  const counts = { total: kids.length, dat: 0, 'dung-tien-do': 0, cham: 0, 'chua-ro': 0 };
  for (const k of kids) counts[k.status]++;
  return {
    measure: v.measure,
    unit: withShortfall(v.unit.id, v.unit.name, v.unit.name, v.progress, v.measure),
    counts,
    behind: kids.filter((k) => k.status === 'cham').sort(worstFirst),
    unknown: kids.filter((k) => k.status === 'chua-ro').sort((a, b) => compareVi(a.name, b.name)),
    childLevel: v.childrenWord.replace(/^các /, ''),
  };
}
