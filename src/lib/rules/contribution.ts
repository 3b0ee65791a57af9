// What a person pays: the contribution on the income they choose, the State's (and the
// province's) support on the floor contribution, what is left for them per month, per payment
// and per year — every figure with its legal source and the working in plain words. Pure: the
// same function runs at build time (tables for readers without JavaScript) and in the browser.
import type { GroupId } from '../../schemas/rules.ts';
import { NBSP, viGuidance } from '../../i18n/vi-guidance.ts';
import { formatDate, formatDecimal, formatNumber } from '../format/vi-format.ts';
import { ruleSetName, type RuleSet, type SourceRef } from './rule-set.ts';

export interface ContributionInput {
  /** Monthly income the person chooses, in đồng; held between the floor and the ceiling. */
  income: number;
  /** Groups the person belongs to; the highest rate counts; none means "khac". */
  groups: readonly GroupId[];
  /** Months paid at once: 1, 3, 6, 12, or 12 × years when paying years ahead. */
  months: number;
  /** Months of State support already received in earlier years (the lifetime limit counts them). */
  supportedMonthsBefore?: number;
}

/** A figure and the documents it follows from. */
export interface Figure {
  value: number;
  sources: SourceRef[];
}

export interface Step {
  text: string;
  sources: SourceRef[];
}

export interface Contribution {
  date: string;
  /** "Nghị định 159/2025/NĐ-CP" and its first day. */
  ruleSet: { document: string; from: string };
  income: { chosen: number; used: number; clamped: 'floor' | 'ceiling' | null };
  rate: Figure;
  floor: Figure;
  ceiling: Figure;
  monthly: Figure;
  /** What support percentages apply to: basePercentOfFloor × floor. Null before support began. */
  supportBase: Figure | null;
  state: { rate: number; group: GroupId; monthly: Figure } | null;
  local: { name: string; rate: number; monthly: Figure } | null;
  /** What the person pays per month while supported. */
  ownMonthly: Figure;
  months: number;
  /** Months of this payment that are still supported (the lifetime limit). */
  supportedMonths: number;
  /** Support months left before this payment. */
  supportMonthsLeft: number;
  perPayment: Figure;
  /** Twelve months from now, with the support the limit still allows. */
  perYear: Figure;
  steps: Step[];
  notes: string[];
}

/** Rounds a percentage of an amount to whole đồng (half up), as the collection offices do. */
export function percentOf(percent: number, amount: number): number {
  return Math.round((percent * amount) / 100);
}

export const money = (value: number) => `${formatNumber(value)}${NBSP}${viGuidance.units.dong}`;
export const percentText = (value: number) => `${formatDecimal(value)}${NBSP}%`;

const uniqueSources = (...lists: SourceRef[][]): SourceRef[] => {
  const seen = new Map<string, SourceRef>();
  for (const s of lists.flat()) seen.set(`${s.document}|${s.article ?? ''}`, s);
  return [...seen.values()];
};

/** The highest rate among the person's groups; everyone is at least in "khac". */
export function highestRate(rates: Partial<Record<GroupId, number>>, groups: readonly GroupId[]): { rate: number; group: GroupId } | null {
  let best: { rate: number; group: GroupId } | null = rates.khac === undefined ? null : { rate: rates.khac, group: 'khac' };
  for (const group of groups) {
    const rate = rates[group];
    if (rate !== undefined && (best === null || rate > best.rate)) best = { rate, group };
  }
  return best;
}

/** The whole calculation for one person on the rule set's day. */
export function contribution(set: RuleSet, input: ContributionInput): Contribution {
  const t = viGuidance.steps;
  const rate: Figure = { value: set.contributionRate.value, sources: [set.contributionRate.source] };
  const floor: Figure = { value: set.incomeFloor.value, sources: [set.incomeFloor.source] };
  const ceiling: Figure = {
    value: set.ceilingMultiple.value * set.referenceLevel.value,
    sources: uniqueSources([set.ceilingMultiple.source], [set.referenceLevel.source]),
  };
  const notes: string[] = [];
  let used = Math.round(input.income);
  let clamped: Contribution['income']['clamped'] = null;
  if (!(used >= floor.value)) {
    used = floor.value;
    clamped = 'floor';
    notes.push(viGuidance.notes.belowFloor(money(floor.value)));
  } else if (used > ceiling.value) {
    used = ceiling.value;
    clamped = 'ceiling';
    notes.push(viGuidance.notes.aboveCeiling(money(ceiling.value)));
  }
  const monthly: Figure = { value: percentOf(rate.value, used), sources: rate.sources };
  const steps: Step[] = [{ text: t.contribution(percentText(rate.value), money(used), money(monthly.value)), sources: rate.sources }];

  const support = set.stateSupport;
  let supportBase: Figure | null = null;
  let state: Contribution['state'] = null;
  let local: Contribution['local'] = null;
  if (support) {
    supportBase = { value: percentOf(support.value.basePercentOfFloor, floor.value), sources: uniqueSources([support.source], floor.sources) };
    steps.push({ text: t.supportBase(percentText(support.value.basePercentOfFloor), money(floor.value), money(supportBase.value)), sources: supportBase.sources });
    const best = highestRate(support.value.rates, input.groups)!;
    state = { rate: best.rate, group: best.group, monthly: { value: percentOf(best.rate, supportBase.value), sources: [support.source] } };
    steps.push({ text: t.state(percentText(best.rate), money(supportBase.value), money(state.monthly.value), viGuidance.groupInSentence[best.group]), sources: [support.source] });
    if (new Set(input.groups.filter((g) => g !== 'khac')).size > 1) steps.push({ text: t.stateHighest, sources: [support.source] });
    const topUp = set.local?.topUp;
    const localBest = topUp ? highestRate(topUp.value.rates, input.groups) : null;
    if (set.local && topUp && localBest && localBest.rate > 0) {
      // Never more than what is left of the contribution after the State's part.
      const amount = Math.min(percentOf(localBest.rate, supportBase.value), monthly.value - state.monthly.value);
      local = { name: set.local.name, rate: localBest.rate, monthly: { value: amount, sources: [topUp.source] } };
      steps.push({ text: t.local(set.local.name, percentText(localBest.rate), money(supportBase.value), money(amount)), sources: [topUp.source] });
    }
  } else {
    steps.push({ text: t.noState, sources: rate.sources });
  }

  const supportPerMonth = (state?.monthly.value ?? 0) + (local?.monthly.value ?? 0);
  const maxMonths = support?.value.maxMonths ?? 0;
  const before = Math.max(0, Math.floor(input.supportedMonthsBefore ?? 0));
  const supportMonthsLeft = support ? Math.max(0, maxMonths - before) : 0;
  const supportedMonths = Math.min(input.months, supportMonthsLeft);
  const own = supportMonthsLeft > 0 ? monthly.value - supportPerMonth : monthly.value;
  const supportSources = uniqueSources(support ? [support.source] : [], local ? local.monthly.sources : []);
  const ownMonthly: Figure = { value: own, sources: uniqueSources(rate.sources, supportSources) };
  if (supportPerMonth > 0 && supportMonthsLeft > 0) {
    steps.push({ text: t.own(money(monthly.value), money(supportPerMonth), money(own)), sources: ownMonthly.sources });
  } else {
    steps.push({ text: t.ownNoSupport(money(own)), sources: ownMonthly.sources });
  }
  if (support && before > 0) steps.push({ text: t.supportLimit(maxMonths, supportMonthsLeft), sources: [support.source] });

  const totalFor = (months: number) => monthly.value * months - supportPerMonth * Math.min(months, supportMonthsLeft);
  const perPayment: Figure = { value: totalFor(input.months), sources: uniqueSources(ownMonthly.sources, [set.paymentModes.source]) };
  if (input.months > 1) {
    steps.push({
      text: supportedMonths < input.months && supportedMonths > 0 && supportPerMonth > 0
        ? t.perPaymentPartly(input.months, supportedMonths, money(perPayment.value))
        : t.perPayment(input.months, money(own), money(perPayment.value)),
      sources: [set.paymentModes.source],
    });
  }
  const perYear: Figure = { value: totalFor(12), sources: ownMonthly.sources };
  steps.push({ text: t.perYear(money(perYear.value)), sources: ownMonthly.sources });
  if (input.months > 12) notes.push(viGuidance.notes.ahead);

  return {
    date: set.date,
    ruleSet: ruleSetName(set),
    income: { chosen: input.income, used, clamped },
    rate,
    floor,
    ceiling,
    monthly,
    supportBase,
    state,
    local,
    ownMonthly,
    months: input.months,
    supportedMonths,
    supportMonthsLeft,
    perPayment,
    perYear,
    steps,
    notes,
  };
}

/** "Theo Nghị định 159/2025/NĐ-CP, áp dụng từ 1/7/2025". */
export function ruleSetLine(result: Pick<Contribution, 'ruleSet'>): string {
  return viGuidance.ruleSetName(result.ruleSet.document, formatDate(result.ruleSet.from));
}
