// npm run data:import -- annex.csv --out content/data/x.json [--config annex.config.json]
// Turns an annex table into a snapshot. The config (header → indicator/date/target field) sits
// beside the CSV by default: annex.csv → annex.config.json. See README, "Số liệu tham gia".
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { importTable, type ImportConfig } from '../src/lib/data/import-table.ts';
import { validateSnapshot } from '../src/lib/data/validate.ts';
import { formatSnapshotJson } from '../src/lib/data/snapshot-json.ts';
import { formatIssues } from '../src/lib/content/content-issue.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, config: { type: 'string' } } });
const input = positionals[0];
if (!input || !values.out) {
  console.error('Cách dùng: npm run data:import -- bang.csv --out content/data/ten.json [--config bang.config.json]');
  process.exit(2);
}
try {
  const configFile = values.config ?? input.replace(/\.csv$/i, '.config.json');
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as ImportConfig;
  const rows = parse(fs.readFileSync(input, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  const { snapshot, unreadable } = importTable(rows, config);
  const check = validateSnapshot(values.out, snapshot, null);
  if (check.errors.length > 0) {
    console.error(formatIssues('Bảng nhập vào tạo ra số liệu không hợp lệ', check.errors));
    process.exit(1);
  }
  fs.writeFileSync(values.out, formatSnapshotJson(snapshot));
  console.log(`Đã ghi ${values.out}: ${snapshot.units.length} đơn vị, ${snapshot.figures.length} số liệu, ${snapshot.targets.length} chỉ tiêu.`);
  for (const cell of unreadable) console.warn(`  • ô không đọc được, để trống: ${cell}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
