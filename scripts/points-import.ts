// npm run points:import -- diem-thu.csv [--out content/points/diem-thu.json] [--config diem-thu.config.json]
// Turns a CSV of collection points into content/points/<name>.json. The config (CSV header → field,
// words of the kind column) sits beside the CSV by default. See README, "Điểm thu".
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { formatIssues } from '../src/lib/content/content-issue.ts';
import { importPoints, type PointsImportConfig } from '../src/lib/points/import-points.ts';
import { displayPath, resolveContentDir } from '../src/integrations/content-dir.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, config: { type: 'string' } } });
const input = positionals[0];
if (!input) {
  console.error('Cách dùng: npm run points:import -- diem-thu.csv [--out content/points/diem-thu.json] [--config diem-thu.config.json]');
  process.exit(2);
}
const out = values.out ?? path.join(resolveContentDir(), 'points', `${path.basename(input).replace(/\.csv$/i, '')}.json`);
const configFile = values.config ?? input.replace(/\.csv$/i, '.config.json');
try {
  if (!fs.existsSync(input)) throw new Error(`Không thấy tệp ${input}`);
  if (!fs.existsSync(configFile)) throw new Error(`Không thấy tệp cấu hình ${configFile} (đặt cạnh tệp CSV, hoặc chỉ ra bằng --config)`);
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as PointsImportConfig;
  const rows = parse(fs.readFileSync(input, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  const { points, issues } = importPoints(displayPath(path.resolve(input)), rows, config);
  if (!points) {
    console.error(formatIssues('Bảng điểm thu có lỗi, chưa ghi tệp nào. Sửa các chỗ sau rồi chạy lại', issues));
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const lines = points.points.map((p, i) => `    ${JSON.stringify(p)}${i < points.points.length - 1 ? ',' : ''}`);
  fs.writeFileSync(out, `{\n  "source": ${JSON.stringify(points.source)},\n  "illustrative": ${points.illustrative},\n  "points": [\n${lines.join('\n')}\n  ]\n}\n`);
  const communes = new Set(points.points.map((p) => `${p.commune}|${p.district ?? ''}|${p.province}`)).size;
  console.log(`Đã ghi ${displayPath(path.resolve(out))}: ${points.points.length} điểm thu ở ${communes} xã, phường.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
