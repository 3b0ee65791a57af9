// The collection points of the content folder (content/points/*.json), read and checked once per
// build (the pre-build check has already stopped on errors), grouped by commune for the pages.
import { resolveContentDir } from '../integrations/content-dir.ts';
import { readPointsSources } from '../integrations/content-files.ts';
import { checkPoints } from '../lib/points/check-points.ts';
import { groupByCommune, type CommuneGroup } from '../lib/points/points-view.ts';

let cache: CommuneGroup[] | null = null;

/** Every point, grouped by commune in province, district, commune order. */
export function loadPointGroups(): CommuneGroup[] {
  if (cache) return cache;
  const report = checkPoints(readPointsSources(resolveContentDir()));
  if (report.errors.length > 0) throw new Error(report.errors.map((e) => `${e.file} › ${e.field}: ${e.expected}`).join('\n'));
  cache = groupByCommune(report.files.map((f) => f.points));
  return cache;
}
