// Runs `npm run build`'s script the way a person would, into a folder the test chooses.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { epochOfVietnamDay } from '../../src/lib/site/reference-date.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The "today" of every test build (SOURCE_DATE_EPOCH), so what depends on the date (campaign
 * status, drafts, the calculator's default) is the same whenever the suite runs.
 */
export const TEST_REFERENCE_DATE = '2026-11-30';

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Builds the site from `contentDir` (default: the example content) into `outDir`.
 * `cacheDir` gives Astro its own cache folder (a fresh one makes a clean build); `args` are more
 * options for scripts/build.ts (e.g. --images-only --shard 1/2).
 */
export function buildSite(outDir: string, contentDir?: string, options: { cacheDir?: string; env?: NodeJS.ProcessEnv; args?: string[] } = {}): BuildResult {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: String(epochOfVietnamDay(TEST_REFERENCE_DATE)), ...options.env };
  delete env.LOA_CONTENT_DIR;
  delete env.LOA_CACHE_DIR;
  delete env.LOA_REFERENCE_DATE;
  delete env.LOA_REFERENCE_ORIGIN;
  if (contentDir) env.LOA_CONTENT_DIR = contentDir;
  if (options.cacheDir) env.LOA_CACHE_DIR = options.cacheDir;
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', outDir, ...(options.args ?? [])], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A new empty temporary folder for one test file. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `loa-${prefix}-`));
}

/** Every file under `dir` with its bytes, for comparing a folder before and after. */
export function snapshotFolder(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return new Map(files.sort().map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]));
}

/** The HTML of a built page by its URL path, e.g. /chinh-sach/la-gi/. */
export function readPage(outDir: string, urlPath: string): string {
  const file = urlPath.endsWith('/') ? path.join(outDir, urlPath, 'index.html') : path.join(outDir, urlPath);
  return fs.readFileSync(file, 'utf8');
}
