// The rules in force on one day: each series' entry for that day, with its source resolved to the
// document's title. Everything the site computes (calculator, amounts in pages, the home page's
// one-liners) starts from a RuleSet, so one date decides every figure on a page.
import type { LocalRules, LocalTopUp, PaymentModes, RuleDocument, RuleSource, Rules, StateSupport } from '../../schemas/rules.ts';
import { formatDate } from '../format/vi-format.ts';

/** A legal source as shown to readers. */
export interface SourceRef {
  /** Id of the document in its rules file (anchors on pages: #van-ban-<id>). */
  id: string;
  /** Document as cited: "Nghị định 159/2025/NĐ-CP". */
  document: string;
  article?: string | undefined;
  url?: string | undefined;
  /** Note on the document or on this value (what was not verified, how it was derived). */
  note?: string | undefined;
}

/** One value in force, with the day it started and its source. */
export interface InForce<T> {
  value: T;
  from: string;
  /** Last day, when the document sets one. */
  until: string | null;
  source: SourceRef;
}

export interface RuleSet {
  /** The day this set is for, YYYY-MM-DD. */
  date: string;
  contributionRate: InForce<number>;
  incomeFloor: InForce<number>;
  referenceLevel: InForce<number>;
  ceilingMultiple: InForce<number>;
  funeralMultiple: InForce<number>;
  paymentModes: InForce<PaymentModes>;
  /** Null before the State's support began (1/1/2018). */
  stateSupport: InForce<StateSupport> | null;
  /** Null before Law 41/2024 (1/7/2025). */
  maternityPerChild: InForce<number> | null;
  socialPensionAllowance: InForce<number> | null;
  /** The site's province layer, when site.yaml names one; topUp null on days it has none. */
  local: { id: string; name: string; topUp: InForce<LocalTopUp> | null } | null;
}

export class RulesDateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulesDateError';
  }
}

interface Entry<T> {
  from: string;
  until?: string | undefined;
  value: T;
  source: RuleSource;
}

function resolveSource(source: RuleSource, documents: Readonly<Record<string, RuleDocument>>): SourceRef {
  const doc = documents[source.document];
  const notes = [doc?.note, source.note].filter(Boolean).join(' ');
  return { id: source.document, document: doc?.title ?? source.document, article: source.article, url: doc?.url, note: notes || undefined };
}

/** The entry of a (sorted) series in force on `date`, or null when none is. */
export function entryOn<T>(series: readonly Entry<T>[], date: string, documents: Readonly<Record<string, RuleDocument>>): InForce<T> | null {
  let found: Entry<T> | null = null;
  for (const entry of series) {
    if (entry.from <= date) found = entry;
    else break;
  }
  if (!found || (found.until !== undefined && found.until < date)) return null;
  return { value: found.value, from: found.from, until: found.until ?? null, source: resolveSource(found.source, documents) };
}

/** Series every calculation needs on its day. */
const REQUIRED = ['contributionRate', 'incomeFloor', 'referenceLevel', 'ceilingMultiple', 'funeralMultiple', 'paymentModes'] as const;

/** The first day on which every required series has a value: the calculator's earliest date. */
export function firstRulesDate(rules: Rules): string {
  return REQUIRED.map((name) => rules[name][0]!.from).sort().at(-1)!;
}

/**
 * The rules in force on `date` (YYYY-MM-DD), with the site's local layer when given. Throws a
 * RulesDateError when a required value has no entry for that day (a date before the data starts).
 */
export function ruleSetOn(rules: Rules, date: string, local?: { id: string; rules: LocalRules } | null): RuleSet {
  const docs = rules.documents;
  const required = <K extends (typeof REQUIRED)[number]>(name: K) => {
    const found = entryOn(rules[name] as Entry<Rules[K][number]['value']>[], date, docs);
    if (!found) throw new RulesDateError(`Chưa có quy định ${name} áp dụng ngày ${formatDate(date)}: dữ liệu quy định bắt đầu từ ${formatDate(firstRulesDate(rules))}.`);
    return found;
  };
  return {
    date,
    contributionRate: required('contributionRate'),
    incomeFloor: required('incomeFloor'),
    referenceLevel: required('referenceLevel'),
    ceilingMultiple: required('ceilingMultiple'),
    funeralMultiple: required('funeralMultiple'),
    paymentModes: required('paymentModes'),
    stateSupport: entryOn(rules.stateSupport, date, docs),
    maternityPerChild: entryOn(rules.maternityPerChild, date, docs),
    socialPensionAllowance: entryOn(rules.socialPensionAllowance, date, docs),
    local: local ? { id: local.id, name: local.rules.name, topUp: entryOn(local.rules.topUps, date, local.rules.documents) } : null,
  };
}

/**
 * The rule set as people name it: the support decree in force and its first day, e.g.
 * "Nghị định 159/2025/NĐ-CP, áp dụng từ 1/7/2025" (the contribution law before support began).
 */
export function ruleSetName(set: RuleSet): { document: string; from: string } {
  const main = set.stateSupport ?? set.contributionRate;
  return { document: main.source.document, from: main.from };
}

/** Every day on which some value changes (first days of entries and the day after an end). */
export function changeDays(rules: Rules, local?: LocalRules | null): string[] {
  const days = new Set<string>();
  const add = (series: readonly { from: string; until?: string | undefined }[]) => {
    for (const entry of series) {
      days.add(entry.from);
      if (entry.until) {
        const d = new Date(`${entry.until}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 1);
        days.add(d.toISOString().slice(0, 10));
      }
    }
  };
  for (const [name, series] of Object.entries(rules)) if (name !== 'documents') add(series as { from: string }[]);
  if (local) add(local.topUps);
  return [...days].sort();
}
