// The bad-data corpus (tests/fixtures/bad-data/corpus.ts) through `npm run data:check`'s own
// script, run as a person runs it in a content folder: each broken snapshot prints exactly its
// lines (file › JSON path: expected; found) and exits 1; the build uses the same check
// (src/integrations/run-data-check.ts, called by scripts/build.ts), and the atomic build test
// checks that a failing check leaves the previous dist/ alone. Odd-but-possible counts pass with
// a warning.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { BAD_DATA, FILE, validSnapshot } from '../fixtures/bad-data/corpus.ts';

// Each case starts a Node process: seconds, not milliseconds, when the two cores are shared.
vi.setConfig({ testTimeout: 60_000 });
const ROOT = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bad-data-'));
fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), path.join(work, 'content'), { recursive: true });
fs.mkdirSync(path.join(work, 'content/data'));

/** Writes the snapshot into the fixture content folder and runs `npm run data:check`'s script there. */
function dataCheck(contents: string | Uint8Array) {
  fs.writeFileSync(path.join(work, 'content', FILE), contents);
  const env = { ...process.env };
  delete env.LOA_CONTENT_DIR;
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-data.ts')], { cwd: work, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The bulleted issue lines of the message (the title line and warnings' lines left out). */
const bullets = (text: string) => text.split('\n').filter((l) => l.startsWith('  • ')).map((l) => l.slice(4));

describe('bad-data corpus', () => {
  test('holds the cases asked for, each with its own name', () => {
    expect(BAD_DATA.length).toBeGreaterThanOrEqual(15);
    expect(new Set(BAD_DATA.map((c) => c.name)).size).toBe(BAD_DATA.length);
  });

  test('starts from a snapshot that passes', () => {
    const run = dataCheck(JSON.stringify(validSnapshot()));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Số liệu hợp lệ: 1 tệp');
  });

  test.each(BAD_DATA.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const run = dataCheck(c.contents);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`Lỗi số liệu: chưa dựng trang. Sửa các chỗ sau rồi chạy lại (${c.errors.length}):`);
    expect(bullets(run.stderr)).toEqual(c.errors);
    for (const line of c.errors) expect(line).toMatch(/^content\/data\/[\w-]+\.json(?: › [\w.[\]]+)?: \S/);
  });
});

describe('odd but possible counts', () => {
  test('more participants than the unit\'s labour force passes, with a warning naming unit and numbers', () => {
    const s = validSnapshot();
    const denominator = s.targets[0]!.coverage[0]!.denominatorValue;
    const value = denominator + 1;
    s.figures[0]!.value = value;
    s.figures[1]!.value = value - (s.figures[2]!.value as number);
    const run = dataCheck(JSON.stringify(s));
    expect(run.status).toBe(0);
    const warning = bullets(run.stderr);
    expect(warning).toHaveLength(1);
    expect(warning[0]).toContain(`content/${FILE} › units[id=${s.units[0]!.id}]: ${s.units[0]!.name}, BHXH tự nguyện`);
    expect(warning[0]).toMatch(new RegExp(`${String(value).replace(/\B(?=(\d{3})+$)/g, '\\.')} người tham gia .* nhiều hơn lực lượng lao động`));
  });
});
