// What the calculator shows for one calculation, as plain data both renderers use: the page at
// build time (the first answer, before any script) and the island in the browser. Amounts are
// formatted here once, so both show the same words.
import { viGuidance } from '../../i18n/vi-guidance.ts';
import { formatDate } from '../format/vi-format.ts';
import { money, percentText, ruleSetLine, type Contribution, type Step } from './contribution.ts';
import type { SourceRef } from './rule-set.ts';

export interface ViewRow {
  label: string;
  amount: string;
  sources: SourceRef[];
  /** The person's own payment rows, shown stronger. */
  strong?: boolean;
}

export interface ContributionView {
  headline: string;
  /** A second line for payments of several months. */
  payment: string | null;
  ruleLine: string;
  rows: ViewRow[];
  steps: Step[];
  notes: string[];
  /** One sentence for the polite live region. */
  announce: string;
}

/** The anchor of a document in the page's list of sources. */
export const sourceAnchor = (source: SourceRef) => `van-ban-${source.id}`;

/** "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 36 khoản 1". */
export const citation = (source: SourceRef) => (source.article ? `${source.document}, ${source.article}` : source.document);

export function contributionView(c: Contribution): ContributionView {
  const t = viGuidance.calculator;
  const rows: ViewRow[] = [
    { label: t.rows.income, amount: money(c.income.used), sources: c.floor.sources },
    { label: t.rows.monthly(percentText(c.rate.value)), amount: money(c.monthly.value), sources: c.monthly.sources },
  ];
  if (c.state) rows.push({ label: t.rows.state(percentText(c.state.rate), viGuidance.groups[c.state.group].toLowerCase()), amount: money(c.state.monthly.value), sources: c.state.monthly.sources });
  if (c.local) rows.push({ label: t.rows.local(c.local.name, percentText(c.local.rate)), amount: money(c.local.monthly.value), sources: c.local.monthly.sources });
  rows.push({ label: t.rows.own, amount: money(c.ownMonthly.value), sources: c.ownMonthly.sources, strong: true });
  if (c.months > 1) rows.push({ label: t.rows.perPayment(c.months), amount: money(c.perPayment.value), sources: c.perPayment.sources, strong: true });
  rows.push({ label: t.rows.perYear, amount: money(c.perYear.value), sources: c.perYear.sources });
  const headline = t.headline(money(c.ownMonthly.value));
  const payment = c.months > 1 ? t.headlinePayment(c.months, money(c.perPayment.value)) : null;
  return {
    headline,
    payment,
    ruleLine: t.ruleLine(ruleSetLine(c), formatDate(c.date)),
    rows,
    steps: c.steps,
    notes: c.notes,
    announce: t.announce(money(c.ownMonthly.value), payment ?? t.rows.perYear + ': ' + money(c.perYear.value)),
  };
}
