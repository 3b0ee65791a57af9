// Runs the content check on a folder and prints its outcome the way authors should read it.
import { checkContent, type ContentReport } from '../lib/content/check-content.ts';
import { formatIssues, sortIssues, type ContentIssue } from '../lib/content/content-issue.ts';
import { resolveEntriesAmounts } from '../lib/rules/resolve-content.ts';
import { RulesDateError, ruleSetOn } from '../lib/rules/rule-set.ts';
import { readContentSources } from './content-files.ts';
import { referenceDateOf } from './reference-date.ts';

import { ContentError } from './content-error.ts';

export { ContentError };

/**
 * Computes the "{{…}}" amounts of the entries' frontmatter for the build's reference date, so
 * share images and everything else built from the report show the same figures as the pages.
 */
function withAmounts(report: ContentReport): ContentIssue[] {
  const rules = report.rules?.rules;
  const site = report.entries.site;
  if (!rules || !site) return [];
  const local = site.rulesLocality ? report.rules!.locals.find((l) => l.id === site.rulesLocality) : undefined;
  const date = referenceDateOf(site.referenceDate).date;
  try {
    const set = ruleSetOn(rules, date, local ? { id: local.id, rules: local.rules } : null);
    const resolved = resolveEntriesAmounts(report.entries, set);
    report.entries = resolved.entries;
    return resolved.issues;
  } catch (error) {
    if (!(error instanceof RulesDateError)) throw error;
    return [{ file: report.rules!.file, field: '', expected: `${error.message} Thêm giá trị cho ngày này, hoặc đổi ngày tham chiếu (site.yaml › referenceDate)` }];
  }
}

/** Checks the content folder; prints warnings; throws one readable ContentError when content is invalid. */
export function runContentCheck(contentDir: string, log: (line: string) => void = console.warn): ContentReport {
  const report = checkContent(readContentSources(contentDir));
  if (report.warnings.length > 0) log(formatIssues('Cảnh báo nội dung (bản dựng vẫn tiếp tục)', report.warnings));
  const errors = report.errors.length > 0 ? report.errors : sortIssues(withAmounts(report));
  if (errors.length > 0) {
    throw new ContentError(formatIssues('Lỗi nội dung: chưa dựng trang. Sửa các chỗ sau rồi chạy lại', errors));
  }
  return report;
}
