// Checks every snapshot of a content folder: each one alone, then across files (one snapshot
// per campaign). Pure: the caller reads the files.
import type { Snapshot } from '../../schemas/snapshot.ts';
import type { ContentIssue } from '../content/content-issue.ts';
import { decodeText } from '../content/frontmatter.ts';
import { buildTree } from './aggregate.ts';
import { parseSnapshotText, validateSnapshot } from './validate.ts';
import { dataWarnings, warningIssues } from './warnings.ts';

export interface SnapshotFile {
  file: string;
  /** The file as read: bytes are decoded here, so a binary or non-UTF-8 file gets a readable error. */
  text: string | Uint8Array;
}

export interface SnapshotReport {
  snapshots: { file: string; snapshot: Snapshot }[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** Each snapshot's staff notes (staffNotes[i]), for `npm run data:check` to print. */
  staffNotes: ContentIssue[];
}

export function checkSnapshots(files: readonly SnapshotFile[], campaignIds: ReadonlySet<string>): SnapshotReport {
  const report: SnapshotReport = { snapshots: [], errors: [], warnings: [], staffNotes: [] };
  const byCampaign = new Map<string, string>();
  for (const { file, text: source } of files) {
    const decoded = typeof source === 'string' ? { text: source, issues: [] } : decodeText(file, source);
    if (decoded.text === null) {
      report.errors.push(...decoded.issues);
      continue;
    }
    const parsed = parseSnapshotText(file, decoded.text);
    if (parsed.errors.length > 0) {
      report.errors.push(...parsed.errors);
      continue;
    }
    const check = validateSnapshot(file, parsed.raw, campaignIds);
    report.errors.push(...check.errors);
    if (!check.snapshot) continue;
    const other = byCampaign.get(check.snapshot.campaign);
    if (other) {
      report.errors.push({ file, field: 'campaign', expected: `mỗi chiến dịch chỉ có một tệp số liệu (đã có ${other})`, found: JSON.stringify(check.snapshot.campaign) });
      continue;
    }
    byCampaign.set(check.snapshot.campaign, file);
    report.warnings.push(...warningIssues(file, dataWarnings(check.snapshot, buildTree(check.snapshot))));
    report.staffNotes.push(...check.snapshot.staffNotes.map((note, i) => ({ file, field: `staffNotes[${i}]`, expected: note })));
    report.snapshots.push({ file, snapshot: check.snapshot });
  }
  return report;
}
