// The rules of voluntary social insurance for pages: read and checked once per build (the
// pre-build check has already stopped on errors), with the site's local top-ups, as the rule
// set of the build's reference date. Pages and components read rules only through this module.
import { resolveContentDir } from '../integrations/content-dir.ts';
import { readRulesSources } from '../integrations/content-files.ts';
import { checkRules, type LocalRulesEntry } from '../lib/rules/check-rules.ts';
import { resolveAmountsInData, usesAmounts } from '../lib/rules/content-amounts.ts';
import { headlineAmounts, type HeadlineAmounts } from '../lib/rules/headline.ts';
import { ruleSetOn, type RuleSet } from '../lib/rules/rule-set.ts';
import type { Rules } from '../schemas/rules.ts';
import type { PensionRules } from '../schemas/pension.ts';
import { loadReferenceDate, loadSite } from './content.ts';

let cache: { rules: Rules; local: LocalRulesEntry | null; pension: PensionRules } | null = null;

/** The national rules, the site's local layer (site.yaml › rulesLocality) and the pension rules, checked. */
export async function loadRules(): Promise<{ rules: Rules; local: LocalRulesEntry | null; pension: PensionRules }> {
  if (cache) return cache;
  const site = await loadSite();
  const report = checkRules(readRulesSources(resolveContentDir()), site.rulesLocality);
  if (!report.rules || !report.pension || report.errors.length > 0) throw new Error(report.errors.map((e) => `${e.file} › ${e.field}: ${e.expected}`).join('\n'));
  cache = { rules: report.rules, local: report.locals.find((l) => l.id === site.rulesLocality) ?? null, pension: report.pension };
  return cache;
}

/** The rule set in force on `date` (default: the build's reference date), with the local layer. */
export async function loadRuleSet(date?: string): Promise<RuleSet> {
  const { rules, local } = await loadRules();
  return ruleSetOn(rules, date ?? (await loadReferenceDate()), local ? { id: local.id, rules: local.rules } : null);
}

let referenceSet: Promise<RuleSet> | null = null;
const resolvedEntries = new WeakMap<object, unknown>();

/** Replaces "{{…}}" amounts in an entry's frontmatter with their values on the reference date. */
export async function withAmounts<E extends { data: unknown }>(entry: E): Promise<E> {
  // Most entries hold no amount: hand them back as they are (pages load collections often).
  if (!usesAmounts(entry.data)) return entry;
  const known = resolvedEntries.get(entry);
  if (known) return known as E;
  referenceSet ??= loadRuleSet();
  const resolved = { ...entry, data: resolveAmountsInData(entry.data, await referenceSet) };
  resolvedEntries.set(entry, resolved);
  return resolved;
}

/**
 * The home page's one-line answers on the reference date: the lowest monthly payment after
 * support ("Từ 264.000 đồng/tháng sau hỗ trợ") and the highest support, each with its sources.
 */
export async function loadHeadlineAmounts(): Promise<HeadlineAmounts> {
  return headlineAmounts(await loadRuleSet());
}
