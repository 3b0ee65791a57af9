// The unit tree and its numbers: what a unit reports itself, what its children add up to, and
// which of the two the site shows (the reported total wins; a sum of children fills a gap).
import type { Figure, Snapshot, Target, Unit } from '../../schemas/snapshot.ts';

export interface Amount {
  /** The number shown: the unit's own report, else the sum of its known children; null if neither. */
  value: number | null;
  /** The unit's own report, when it has one. */
  reported: number | null;
  /** Sum of the children's amounts that are known; null when there are no children. */
  childSum: number | null;
  /** Children whose amount is unknown (their blanks make childSum a lower bound). */
  missingChildren: number;
}

export type TargetField = 'periodNew' | 'remainderNew' | 'yearTotal';

export interface Tree {
  units: Map<string, Unit>;
  children: Map<string, Unit[]>;
  roots: Unit[];
  /** Sorted distinct dates with any figure, per indicator. */
  dates: Map<string, string[]>;
  /** Figure values keyed by unit|indicator, then date. */
  figures: Map<string, Map<string, Figure>>;
  /** Target rows keyed by unit|indicator (the latest year when several). */
  targets: Map<string, Target>;
}

export const key = (unit: string, indicator: string) => `${unit}|${indicator}`;

export function buildTree(s: Snapshot): Tree {
  const units = new Map(s.units.map((u) => [u.id, u]));
  const children = new Map<string, Unit[]>();
  const roots: Unit[] = [];
  for (const u of s.units) {
    if (u.parent === null) roots.push(u);
    else {
      const list = children.get(u.parent);
      if (list) list.push(u);
      else children.set(u.parent, [u]);
    }
  }
  const figures = new Map<string, Map<string, Figure>>();
  const dateSets = new Map<string, Set<string>>();
  for (const f of s.figures) {
    const k = key(f.unit, f.indicator);
    let byDate = figures.get(k);
    if (!byDate) figures.set(k, (byDate = new Map()));
    byDate.set(f.date, f);
    let set = dateSets.get(f.indicator);
    if (!set) dateSets.set(f.indicator, (set = new Set()));
    set.add(f.date);
  }
  const dates = new Map([...dateSets].map(([ind, set]) => [ind, [...set].sort()]));
  const targets = new Map<string, Target>();
  for (const t of s.targets) {
    const k = key(t.unit, t.indicator);
    const prev = targets.get(k);
    if (!prev || prev.year <= t.year) targets.set(k, t);
  }
  return { units, children, roots, dates, figures, targets };
}

/** The chain from the top unit down to `id` (for breadcrumbs). */
export function ancestry(tree: Tree, id: string): Unit[] {
  const chain: Unit[] = [];
  for (let u = tree.units.get(id); u; u = u.parent === null ? undefined : tree.units.get(u.parent)) chain.unshift(u);
  return chain;
}

/**
 * Amounts for every unit of the tree for one reader (figure at a date, or a target field),
 * computed bottom-up once, so a national snapshot costs one pass per question.
 */
export function amounts(tree: Tree, read: (unitId: string) => number | null): Map<string, Amount> {
  const out = new Map<string, Amount>();
  const visit = (unit: Unit): Amount => {
    const kids = tree.children.get(unit.id) ?? [];
    let childSum: number | null = null;
    let missing = 0;
    for (const kid of kids) {
      const a = visit(kid);
      if (a.value === null) missing++;
      else childSum = (childSum ?? 0) + a.value;
    }
    const reported = read(unit.id);
    const amount: Amount = { value: reported ?? childSum, reported, childSum, missingChildren: missing };
    out.set(unit.id, amount);
    return amount;
  };
  // Iterative depth would be needed only for absurd depths; real trees have ≤ 6 levels.
  for (const root of tree.roots) visit(root);
  return out;
}

/** Reader for the figure of `indicator` at exactly `date`. */
export function figureReader(tree: Tree, indicator: string, date: string) {
  return (unitId: string): number | null => tree.figures.get(key(unitId, indicator))?.get(date)?.value ?? null;
}

/** Reader for one target field. */
export function targetReader(tree: Tree, indicator: string, field: TargetField) {
  return (unitId: string): number | null => tree.targets.get(key(unitId, indicator))?.[field] ?? null;
}

/** The latest date with figures for an indicator, on or before `until` when given. */
export function latestDate(tree: Tree, indicator: string, until?: string): string | null {
  const list = tree.dates.get(indicator) ?? [];
  for (let i = list.length - 1; i >= 0; i--) if (until === undefined || list[i]! <= until) return list[i]!;
  return null;
}

/** Indicators that have any figure or target in the snapshot, in the order given. */
export function usedIndicators(tree: Tree, order: readonly string[]): string[] {
  const used = new Set<string>();
  for (const k of [...tree.figures.keys(), ...tree.targets.keys()]) used.add(k.slice(k.indexOf('|') + 1));
  return order.filter((id) => used.has(id));
}
