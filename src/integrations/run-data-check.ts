// Reads content/data/*.json and checks it; errors stop the build with the same message format
// as content errors. A content folder without data/ simply has no progress pages.
import fs from 'node:fs';
import path from 'node:path';
import { checkSnapshots, type SnapshotReport } from '../lib/data/check-snapshots.ts';
import { formatIssues } from '../lib/content/content-issue.ts';
import { displayPath } from './content-dir.ts';
import { ContentError } from './content-error.ts';

/** Campaign ids: the .md/.mdx file names in content/campaigns/. */
function campaignIds(contentDir: string): Set<string> {
  const folder = path.join(contentDir, 'campaigns');
  if (!fs.existsSync(folder)) return new Set();
  return new Set(fs.readdirSync(folder).filter((f) => /\.mdx?$/i.test(f) && !f.startsWith('_')).map((f) => f.replace(/\.mdx?$/i, '')));
}

/** Every snapshot file of the content folder (sorted), as bytes (checkSnapshots decodes them). */
export function readSnapshotFiles(contentDir: string) {
  const folder = path.join(contentDir, 'data');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => ({ file: displayPath(path.join(folder, f)), text: new Uint8Array(fs.readFileSync(path.join(folder, f))) }));
}

/** Checks the snapshots; prints a warning summary; throws one ContentError when any is invalid. */
export function runDataCheck(contentDir: string, log: (line: string) => void = console.warn): SnapshotReport {
  const report = checkSnapshots(readSnapshotFiles(contentDir), campaignIds(contentDir));
  if (report.warnings.length > 0) log(formatIssues('Cảnh báo số liệu (bản dựng vẫn tiếp tục; trang tiến độ ghi rõ)', report.warnings));
  if (report.errors.length > 0) throw new ContentError(formatIssues('Lỗi số liệu: chưa dựng trang. Sửa các chỗ sau rồi chạy lại', report.errors));
  return report;
}
