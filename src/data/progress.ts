// The participation snapshots of the content folder, read and checked once per build (the
// pre-build check has already stopped on errors), as models the progress pages can read.
import { resolveContentDir } from '../integrations/content-dir.ts';
import { readSnapshotFiles } from '../integrations/run-data-check.ts';
import { checkSnapshots } from '../lib/data/check-snapshots.ts';
import { buildModel, type Model } from '../lib/data/unit-view.ts';

let cache: Model[] | null = null;

export function loadProgressModels(campaignIds: Iterable<string>): Model[] {
  if (cache) return cache;
  const report = checkSnapshots(readSnapshotFiles(resolveContentDir()), new Set(campaignIds));
  if (report.errors.length > 0) throw new Error(report.errors.map((e) => `${e.file} › ${e.field}: ${e.expected}`).join('\n'));
  cache = report.snapshots.map((s) => buildModel(s.snapshot));
  return cache;
}
