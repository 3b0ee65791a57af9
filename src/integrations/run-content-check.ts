// Runs the content check on a folder and prints its outcome the way authors should read it.
import { checkContent, type ContentReport } from '../lib/content/check-content.ts';
import { formatIssues } from '../lib/content/content-issue.ts';
import { readContentSources } from './content-files.ts';

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/** Checks the content folder; prints warnings; throws one readable ContentError when content is invalid. */
export function runContentCheck(contentDir: string, log: (line: string) => void = console.warn): ContentReport {
  const report = checkContent(readContentSources(contentDir));
  if (report.warnings.length > 0) log(formatIssues('Cảnh báo nội dung (bản dựng vẫn tiếp tục)', report.warnings));
  if (report.errors.length > 0) {
    throw new ContentError(formatIssues('Lỗi nội dung: chưa dựng trang. Sửa các chỗ sau rồi chạy lại', report.errors));
  }
  return report;
}
