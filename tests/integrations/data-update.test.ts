// `npm run data:update`'s own script, run as staff run it in a content folder: a good weekly table
// adds its figures (and only them); --dry-run prints the same changes and writes nothing; a table
// with an unknown unit, a name two units share or a number with OCR noise prints exactly what is
// wrong and leaves the snapshot file byte for byte as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
// Each case starts Node on the script: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const SOURCE = fs.readFileSync(path.join(ROOT, 'content/data/bac-giang-2023.json'), 'utf8');

/** A content folder holding only the Bắc Giang snapshot; the table beside it. */
function workspace(table: string, snapshot = SOURCE) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-data-update-'));
  fs.mkdirSync(path.join(work, 'content/data'), { recursive: true });
  const file = path.join(work, 'content/data/bac-giang-2023.json');
  fs.writeFileSync(file, snapshot);
  fs.writeFileSync(path.join(work, 'tuan.csv'), table);
  return { work, file };
}

function update(work: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.LOA_CONTENT_DIR;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/data-update.ts'), 'tuan.csv', '--campaign', 'bac-giang-2023', '--date', '2023-05-28', ...args], { cwd: work, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run data:update', () => {
  test('adds one date’s figures from a table saved by a spreadsheet set to Vietnamese (";" between cells)', () => {
    const { work, file } = workspace('Huyện, thành phố;Số người tham gia\nyen the;2.560\nLỤC NGẠN;5.190\n');
    const run = update(work);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'Đã cập nhật: số liệu đến ngày 28/5/2023 vào content/data/bac-giang-2023.json',
      '  + Yên Thế: 2.560 (mới)',
      '  + Lục Ngạn: 5.190 (mới)',
      'Không có trong bảng, giữ nguyên: Tỉnh Bắc Giang, Bắc Giang, Tân Yên, Lạng Giang, Lục Nam, Sơn Động, Yên Dũng, Việt Yên, Hiệp Hòa.',
    ]);
    // The file gains exactly two figure lines, after the last figure; every other line is as it was.
    const before = SOURCE.split('\n');
    const after = fs.readFileSync(file, 'utf8').split('\n');
    const lastFigure = before.indexOf('  ],', before.indexOf('  "figures": [')) - 1;
    expect(after).toEqual([
      ...before.slice(0, lastFigure),
      `${before[lastFigure]},`.replace(/,,$/, ','),
      '    {"unit":"yen-the","indicator":"bhxh-tu-nguyen","date":"2023-05-28","value":2560},',
      '    {"unit":"luc-ngan","indicator":"bhxh-tu-nguyen","date":"2023-05-28","value":5190}',
      ...before.slice(lastFigure + 1),
    ]);
  });

  test('--dry-run prints the changes and leaves the file as it was', () => {
    const { work, file } = workspace('Yên Thế,2.560\n');
    const run = update(work, '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Chạy thử (chưa ghi tệp): số liệu đến ngày 28/5/2023 vào content/data/bac-giang-2023.json\n  + Yên Thế: 2.560 (mới)');
    expect(fs.readFileSync(file, 'utf8')).toBe(SOURCE);
  });

  const twins = SOURCE.replace(
    '{"id":"hiep-hoa","name":"Hiệp Hòa","level":"huyện, thành phố","parent":"tinh-bac-giang"}',
    '{"id":"hiep-hoa","name":"Hiệp Hòa","level":"huyện, thành phố","parent":"tinh-bac-giang"},\n    {"id":"hiep-hoa-xa","name":"Hiệp hoà","level":"xã","parent":"hiep-hoa"}',
  );
  test.each([
    ['an unknown unit', 'Yên Thế,2.560\nYên Phong,1.200\n', SOURCE, ['dòng 2: không có đơn vị nào tên "Yên Phong" trong tệp (các đơn vị: Tỉnh Bắc Giang, Bắc Giang, Yên Thế, Tân Yên, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Yên Dũng, Việt Yên, Hiệp Hòa)']],
    ['two units with the same folded name', 'HIEP HOA,5.400\n', twins, ['dòng 1: tên "HIEP HOA" khớp 2 đơn vị (Hiệp Hòa, mã hiep-hoa; Hiệp hoà, mã hiep-hoa-xa); ghi mã đơn vị thay cho tên']],
    ['a number with OCR noise', 'Yên Thế,2.5O3\n', SOURCE, ['dòng 1, "Yên Thế": "2.5O3" không phải số người (viết như 2.523 hoặc 2523; để trống nếu chưa rõ)']],
  ])('a table with %s: exact message, exit 1, file unchanged', (_name, table, snapshot, lines) => {
    const { work, file } = workspace(table, snapshot);
    const run = update(work);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([`Chưa cập nhật: sửa bảng rồi chạy lại (${lines.length} lỗi):`, ...lines.map((l) => `  • ${l}`)]);
    expect(fs.readFileSync(file, 'utf8')).toBe(snapshot);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['bac-giang-2023.json']);
  });
});
