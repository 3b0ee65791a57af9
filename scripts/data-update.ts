// npm run data:update -- tuan-3.csv --campaign bac-giang-2023 --date 2023-05-21 [--indicator bhxh-tu-nguyen] [--dry-run] [--illustrative]
// Adds one date's figures from a two-column table (unit, participants) to the campaign's snapshot
// in content/data/ (or LOA_CONTENT_DIR/data), keeping the rest of the file as it was. With
// --dry-run it only prints what would change. On any error it prints every problem and leaves the
// file untouched. See README, "Cập nhật số liệu hằng tuần".
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { resolveContentDir, displayPath } from '../src/integrations/content-dir.ts';
import { readSnapshotFiles } from '../src/integrations/run-data-check.ts';
import { decodeText } from '../src/lib/content/frontmatter.ts';
import { applyWeeklyUpdate, describeUpdate, UpdateError } from '../src/lib/data/weekly-update.ts';
import { formatSnapshotJson } from '../src/lib/data/snapshot-json.ts';
import { buildTree } from '../src/lib/data/aggregate.ts';
import { dataWarnings } from '../src/lib/data/warnings.ts';
import { snapshotSchema, type Snapshot } from '../src/schemas/snapshot.ts';

const USAGE = 'Cách dùng: npm run data:update -- bang-tuan.csv --campaign <mã chiến dịch> --date YYYY-MM-DD [--indicator <mã chỉ tiêu>] [--dry-run] [--illustrative]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { campaign: { type: 'string' }, date: { type: 'string' }, indicator: { type: 'string' }, 'dry-run': { type: 'boolean' }, illustrative: { type: 'boolean' } },
});
const input = positionals[0];
if (!input || !values.campaign || !values.date) {
  console.error(USAGE);
  process.exit(2);
}
try {
  const contentDir = resolveContentDir();
  const files = readSnapshotFiles(contentDir);
  const found = files.map((f) => ({ ...f, raw: tryJson(f.text) })).find((f) => (f.raw as { campaign?: unknown } | null)?.campaign === values.campaign);
  if (!found) throw new UpdateError([`--campaign: không có tệp số liệu nào của chiến dịch "${values.campaign}" trong ${displayPath(path.join(contentDir, 'data'))}`]);
  const decoded = decodeText(input, new Uint8Array(fs.readFileSync(input)));
  if (decoded.text === null) throw new UpdateError(decoded.issues.map((i) => `${i.file}: ${i.expected}`));
  // Spreadsheets set to Vietnamese save CSV with ";" between cells (the comma is the decimal mark).
  const rows = parse(decoded.text, { bom: true, relax_column_count: true, delimiter: [',', ';', '\t'], skip_empty_lines: true }) as string[][];
  const options = { date: values.date, indicator: values.indicator, illustrative: values.illustrative };
  const result = applyWeeklyUpdate(found.raw as Record<string, unknown>, rows, options);
  const file = path.join(contentDir, 'data', path.basename(found.file));
  const dryRun = values['dry-run'] === true;
  if (!dryRun) {
    // Written beside, then renamed over: the file is either the old one or the new one, never half.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, formatSnapshotJson(result.raw as Snapshot));
    fs.renameSync(temp, file);
  }
  console.log(describeUpdate(result, options, found.file, !dryRun).join('\n'));
  const snapshot = snapshotSchema.parse(result.raw);
  const warnings = dataWarnings(snapshot, buildTree(snapshot)).filter((w) => 'about' in w && w.about && 'date' in w.about && w.about.date === values.date);
  for (const w of warnings) console.warn(`  ! ${w.text}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

function tryJson(bytes: string | Uint8Array): unknown {
  try {
    return JSON.parse(typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
