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
  /** Figures by indicator, unit, then date (indicator first: readers fix it once per pass). */
  figures: Map<string, Map<string, Map<string, Figure>>>;
  /** Targets of the year in view (the latest target year) by indicator, then unit. */
  targets: Map<string, Map<string, Target>>;
  /** Unit ids by index, the index of each id, each unit's parent index (-1 for a top unit). */
  ids: string[];
  index: Map<string, number>;
  parentIndex: Int32Array;
  /** Unit indexes with every child before its parent. */
  postOrder: Int32Array;
  /** Reported values per question, filled on first use. */
  columns: Map<string, Float64Array>;
}

function inner<K, V>(map: Map<string, Map<K, V>>, k: string): Map<K, V> {
  let m = map.get(k);
  if (!m) map.set(k, (m = new Map()));
  return m;
}

export const figureOf = (tree: Tree, unit: string, indicator: string, date: string) => tree.figures.get(indicator)?.get(unit)?.get(date);
export const targetOf = (tree: Tree, unit: string, indicator: string) => tree.targets.get(indicator)?.get(unit);

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
  const figures = new Map<string, Map<string, Map<string, Figure>>>();
  const dateSets = new Map<string, Set<string>>();
  for (const f of s.figures) {
    inner(inner(figures, f.indicator), f.unit).set(f.date, f);
    let set = dateSets.get(f.indicator);
    if (!set) dateSets.set(f.indicator, (set = new Set()));
    set.add(f.date);
  }
  const dates = new Map([...dateSets].map(([ind, set]) => [ind, [...set].sort()]));
  // Targets of the year in view, the latest year any target names (snapshotYear): a unit whose
  // plan gives only an earlier year has no target this year, unknown rather than last year's.
  const targetYear = s.targets.reduce((max, t) => Math.max(max, t.year), -Infinity);
  const targets = new Map<string, Map<string, Target>>();
  for (const t of s.targets) if (t.year === targetYear) inner(targets, t.indicator).set(t.unit, t);
  const ids = s.units.map((u) => u.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const parentIndex = Int32Array.from(s.units, (u) => (u.parent === null ? -1 : index.get(u.parent)!));
  const postOrder = new Int32Array(ids.length);
  let next = 0;
  const stack: [Unit, boolean][] = roots.map((r) => [r, false]);
  while (stack.length > 0) {
    const [unit, expanded] = stack.pop()!;
    if (expanded) postOrder[next++] = index.get(unit.id)!;
    else {
      stack.push([unit, true]);
      for (const kid of children.get(unit.id) ?? []) stack.push([kid, false]);
    }
  }
  return { units, children, roots, dates, figures, targets, ids, index, parentIndex, postOrder, columns: new Map() };
}

/** The chain from the top unit down to `id` (for breadcrumbs). */
export function ancestry(tree: Tree, id: string): Unit[] {
  const chain: Unit[] = [];
  for (let u = tree.units.get(id); u; u = u.parent === null ? undefined : tree.units.get(u.parent)) chain.unshift(u);
  return chain;
}

/**
 * Amounts of every unit for one question (a figure at a date, or a target field), in typed
 * arrays indexed like tree.order: one bottom-up pass, so a national snapshot stays cheap.
 */
export class AmountTable {
  readonly tree: Tree;
  /** NaN means unknown in the three number arrays. */
  readonly value: Float64Array;
  readonly reported: Float64Array;
  readonly childSum: Float64Array;
  readonly missing: Int32Array;

  constructor(tree: Tree, value: Float64Array, reported: Float64Array, childSum: Float64Array, missing: Int32Array) {
    this.tree = tree;
    this.value = value;
    this.reported = reported;
    this.childSum = childSum;
    this.missing = missing;
  }

  at(i: number): Amount {
    const n = (x: number) => (Number.isNaN(x) ? null : x);
    return { value: n(this.value[i]!), reported: n(this.reported[i]!), childSum: n(this.childSum[i]!), missingChildren: this.missing[i]! };
  }

  get(id: string): Amount | undefined {
    const i = this.tree.index.get(id);
    return i === undefined ? undefined : this.at(i);
  }

  *[Symbol.iterator](): IterableIterator<[string, Amount]> {
    for (let i = 0; i < this.tree.ids.length; i++) yield [this.tree.ids[i]!, this.at(i)];
  }
}

export function amounts(tree: Tree, reported: Float64Array): AmountTable {
  const n = tree.ids.length;
  const value = new Float64Array(n).fill(NaN);
  const childSum = new Float64Array(n).fill(NaN);
  const missing = new Int32Array(n);
  // Post-order: children come before their parent, so a parent sees its children's values.
  for (const i of tree.postOrder) {
    const v = Number.isNaN(reported[i]!) ? childSum[i]! : reported[i]!;
    value[i] = v;
    const p = tree.parentIndex[i]!;
    if (p < 0) continue;
    if (Number.isNaN(v)) missing[p]!++;
    else childSum[p] = (Number.isNaN(childSum[p]!) ? 0 : childSum[p]!) + v;
  }
  return new AmountTable(tree, value, reported, childSum, missing);
}

function column(tree: Tree, cacheKey: string, fill: (col: Float64Array) => void): Float64Array {
  let col = tree.columns.get(cacheKey);
  if (!col) {
    col = new Float64Array(tree.ids.length).fill(NaN);
    fill(col);
    tree.columns.set(cacheKey, col);
  }
  return col;
}

/** Reported figures of `indicator` at exactly `date`, by unit index (NaN = none or blank). */
export function figureReader(tree: Tree, indicator: string, date: string): Float64Array {
  return column(tree, `f|${indicator}|${date}`, (col) => {
    for (const [unit, byDate] of tree.figures.get(indicator) ?? []) {
      const v = byDate.get(date)?.value;
      if (v !== undefined && v !== null) col[tree.index.get(unit)!] = v;
    }
  });
}

/** Reported values of one target field, by unit index. */
export function targetReader(tree: Tree, indicator: string, field: TargetField): Float64Array {
  return column(tree, `t|${indicator}|${field}`, (col) => {
    for (const [unit, t] of tree.targets.get(indicator) ?? []) if (t[field] !== null) col[tree.index.get(unit)!] = t[field];
  });
}

/** The latest date with figures for an indicator, on or before `until` when given. */
export function latestDate(tree: Tree, indicator: string, until?: string): string | null {
  const list = tree.dates.get(indicator) ?? [];
  for (let i = list.length - 1; i >= 0; i--) if (until === undefined || list[i]! <= until) return list[i]!;
  return null;
}

/** Indicators that have any figure or target in the snapshot, in the order given. */
export function usedIndicators(tree: Tree, order: readonly string[]): string[] {
  return order.filter((id) => tree.figures.has(id) || tree.targets.has(id));
}
