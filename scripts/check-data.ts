// npm run data:check — checks content/data/*.json (or LOA_CONTENT_DIR/data) without building.
import { resolveContentDir } from '../src/integrations/content-dir.ts';
import { ContentError } from '../src/integrations/content-error.ts';
import { runDataCheck } from '../src/integrations/run-data-check.ts';
import { formatIssues } from '../src/lib/content/content-issue.ts';

try {
  const report = runDataCheck(resolveContentDir());
  // Staff notes are not on the public pages (they sit collapsed under "Ghi chú cho cán bộ"): print them here.
  if (report.staffNotes.length > 0) console.log(formatIssues('Ghi chú cho cán bộ', report.staffNotes));
  const s = report.snapshots;
  console.log(`Số liệu hợp lệ: ${s.length} tệp (${s.map((x) => `${x.snapshot.campaign}: ${x.snapshot.units.length} đơn vị`).join('; ')}).`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
