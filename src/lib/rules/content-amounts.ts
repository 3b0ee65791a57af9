// Amount expressions ("{{muc-dong-thap-nhat}}") in content: checked for known names before the
// build (with file and field, like every content error) and replaced in frontmatter strings by
// the loaders. MDX bodies are replaced at compile time (src/integrations/vite-amounts.ts).
import { fieldPath, showValue, type ContentIssue } from '../content/content-issue.ts';
import { amountExpressionsIn, parseAmountExpression, resolveAmountsInText } from './amount-expression.ts';
import { unknownFigureRules } from './figure-rows.ts';
import type { RuleSet } from './rule-set.ts';

/** Calls `visit` for every string in a parsed frontmatter value, with its path. */
function walkStrings(value: unknown, path: (string | number)[], visit: (text: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}

/** Malformed or unknown amount expressions in an entry's frontmatter, and unknown figure rules. */
export function checkAmountsInData(file: string, data: unknown): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const figures = data !== null && typeof data === 'object' ? (data as { figures?: unknown }).figures : undefined;
  if (Array.isArray(figures)) {
    for (const { index, rule } of unknownFigureRules(figures)) {
      const parsed = parseAmountExpression(rule);
      issues.push({ file, field: `figures[${index}].rule`, expected: parsed.ok ? 'cần tên một số liệu' : parsed.error, found: showValue(rule) });
    }
  }
  walkStrings(data, [], (text, path) => {
    for (const { inside, result } of amountExpressionsIn(text)) {
      if (!result.ok) issues.push({ file, field: fieldPath(path), expected: result.error, found: showValue(`{{${inside}}}`) });
    }
  });
  return issues;
}

/** Malformed or unknown amount expressions in an MDX body, named by line. */
export function checkAmountsInBody(file: string, body: string, firstLine = 1): ContentIssue[] {
  const issues: ContentIssue[] = [];
  body.split('\n').forEach((line, i) => {
    for (const { inside, result } of amountExpressionsIn(line)) {
      if (!result.ok) issues.push({ file, field: `nội dung (dòng ${firstLine + i})`, expected: result.error, found: showValue(`{{${inside}}}`) });
    }
  });
  return issues;
}

/** Whether any string of a value holds an amount expression. */
export function usesAmounts(value: unknown): boolean {
  let found = false;
  walkStrings(value, [], (text) => {
    if (text.includes('{{')) found = true;
  });
  return found;
}

/** A copy of `value` with every amount expression in its strings replaced (throws AmountError). */
export function resolveAmountsInData<T>(value: T, set: RuleSet): T {
  if (typeof value === 'string') return resolveAmountsInText(value, set) as T;
  if (Array.isArray(value)) return value.map((item) => resolveAmountsInData(item, set)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveAmountsInData(item, set)])) as T;
  }
  return value;
}
