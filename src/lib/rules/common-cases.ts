// The calculator's tables for readers without JavaScript (and for print): what each group pays at
// the income floor, and what someone in no priority group pays at a few incomes, per payment
// period — from the same contribution() the island runs, on the same rule set.
import { contribution } from './contribution.ts';
import { GROUP_IDS, type GroupId } from './groups.ts';
import type { RuleSet } from './rule-set.ts';

export interface CaseRow {
  /** Group id or income, for the row header. */
  group?: GroupId;
  income: number;
  /** State (+ local) support per month. */
  support: number;
  /** What the person pays per payment, by months per payment (1, 3, 6, 12). */
  byPeriod: Record<number, number>;
}

export interface CommonCases {
  periods: number[];
  byGroup: CaseRow[];
  byIncome: CaseRow[];
}

/** Incomes of the second table: the floor, a few round amounts above it, and the ceiling. */
export function sampleIncomes(floor: number, ceiling: number): number[] {
  const round = [2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000].filter((v) => v > floor && v < ceiling);
  return [floor, ...round, ceiling];
}

function row(set: RuleSet, income: number, groups: GroupId[], periods: readonly number[]): CaseRow {
  const byPeriod: Record<number, number> = {};
  let support = 0;
  for (const months of periods) {
    const c = contribution(set, { income, groups, months });
    byPeriod[months] = c.perPayment.value;
    support = (c.state?.monthly.value ?? 0) + (c.local?.monthly.value ?? 0);
  }
  return { ...(groups[0] ? { group: groups[0] } : {}), income, support, byPeriod };
}

export function commonCases(set: RuleSet): CommonCases {
  const periods = set.paymentModes.value.periods;
  const floor = set.incomeFloor.value;
  const ceiling = set.ceilingMultiple.value * set.referenceLevel.value;
  // Groups with the same rate on this day (e.g. island communes and poor households) share a row
  // each anyway: readers look for their own group's name.
  const groups = GROUP_IDS.filter((g) => g === 'khac' || set.stateSupport?.value.rates[g] !== undefined);
  return {
    periods,
    byGroup: groups.map((g) => row(set, floor, [g], periods)),
    byIncome: sampleIncomes(floor, ceiling).map((income) => ({ ...row(set, income, [], periods) })),
  };
}
