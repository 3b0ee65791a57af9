// npm run data:check — checks content/data/*.json (or LOA_CONTENT_DIR/data) without building.
import { resolveContentDir } from '../src/integrations/content-dir.ts';
import { ContentError } from '../src/integrations/content-error.ts';
import { runDataCheck } from '../src/integrations/run-data-check.ts';

try {
  const report = runDataCheck(resolveContentDir());
  const s = report.snapshots;
  console.log(`Số liệu hợp lệ: ${s.length} tệp (${s.map((x) => `${x.snapshot.campaign}: ${x.snapshot.units.length} đơn vị`).join('; ')}).`);
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
