// Replaces the amount expressions of checked content with their values on one day, for
// everything built from entries outside Astro's pages (share images, the home page's cards) and
// by the page loaders. A name whose value does not exist on that day is an issue, not a crash.
import { fieldPath, type ContentIssue } from '../content/content-issue.ts';
import type { ContentEntries, Entry } from '../content/entries.ts';
import { AmountError, amountExpressionsIn, evaluateAmount } from './amount-expression.ts';
import { resolveAmountsInData } from './content-amounts.ts';
import type { RuleSet } from './rule-set.ts';

/** Problems evaluating the expressions of one value (frontmatter) on the rule set's day. */
function evaluationIssues(file: string, value: unknown, set: RuleSet, path: (string | number)[] = []): ContentIssue[] {
  if (typeof value === 'string') {
    return amountExpressionsIn(value).flatMap(({ inside }) => {
      try {
        evaluateAmount(inside, set);
        return [];
      } catch (error) {
        if (!(error instanceof AmountError)) throw error;
        return [{ file, field: fieldPath(path), expected: error.message, found: `{{${inside}}}` }];
      }
    });
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => evaluationIssues(file, item, set, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, item]) => evaluationIssues(file, item, set, [...path, k]));
  return [];
}

/** Figures computed from the rule data must have a value on the day. */
function figureIssues(file: string, data: unknown, set: RuleSet): ContentIssue[] {
  const figures = data !== null && typeof data === 'object' ? (data as { figures?: unknown }).figures : undefined;
  if (!Array.isArray(figures)) return [];
  return figures.flatMap((figure, i) => {
    if (figure === null || typeof figure !== 'object' || !('rule' in figure)) return [];
    return evaluationIssues(file, `{{${String((figure as { rule: unknown }).rule)}}}`, set, ['figures', i, 'rule']);
  });
}

function resolveEntry<T>(entry: Entry<T>, set: RuleSet, issues: ContentIssue[]): Entry<T> {
  const found = [...evaluationIssues(entry.file, entry.data, set), ...figureIssues(entry.file, entry.data, set), ...evaluationIssues(entry.file, entry.body, set, ['nội dung'])];
  if (found.length > 0) {
    issues.push(...found);
    return entry;
  }
  return { ...entry, data: resolveAmountsInData(entry.data, set) };
}

/** Entries with every "{{…}}" of their frontmatter replaced; bodies stay as written (MDX source). */
export function resolveEntriesAmounts(entries: ContentEntries, set: RuleSet): { entries: ContentEntries; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const all = <T>(list: Entry<T>[]) => list.map((entry) => resolveEntry(entry, set, issues));
  return {
    entries: {
      ...entries,
      campaigns: all(entries.campaigns),
      messages: all(entries.messages),
      policies: all(entries.policies),
      articles: all(entries.articles),
      audiences: all(entries.audiences),
    },
    issues,
  };
}
