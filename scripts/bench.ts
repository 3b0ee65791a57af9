// npm run bench — builds a synthetic site (2,000 articles, 300 messages) and prints, per build
// phase, time and peak memory; the size of dist/; a second build with a warm cache; and the same
// articles built by a bare Astro markdown site, as the baseline ratio. Figures, not a test.
// Phases from other branches (images, data + charts, search) join by themselves when their modules
// exist: see scripts/bench/optional-phases.ts. With the data module present, the synthetic site
// also gets the national snapshot (scripts/bench/national-snapshot.ts).
// Options: --articles N --messages N (defaults 2000, 300) --no-snapshot --keep (keep the temporary folder)
// --snapshot-levels 1|2|3 (default 3, the whole national snapshot: ~32,000 progress pages; 2 stops
// at communes, 1 at provinces; see scripts/bench/national-snapshot.ts). Images are rendered into a
// cache inside the temporary folder, so the first build is really cold and the project's cache is
// left alone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBareAstroProject } from './bench/bare-astro.ts';
import { distReport } from './bench/dist-report.ts';
import { writeNationalSnapshot } from './bench/national-snapshot.ts';
import { OPTIONAL_PHASES, isPresent } from './bench/optional-phases.ts';
import { writeSyntheticContent } from './bench/synthetic-site.ts';
import { codeFingerprint } from './bench/code-fingerprint.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, messages: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false }, 'snapshot-levels': { type: 'string', default: '3' }, 'no-snapshot': { type: 'boolean', default: false } } });
const root = process.cwd();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'));
const contentDir = path.join(work, 'content');
const cacheDir = path.join(work, 'astro-cache');
const size = { articles: Number(values.articles), messages: Number(values.messages) };
const codeAtStart = codeFingerprint(root);

interface PhaseResult {
  phase: string;
  ms: number;
  /** CPU time of the phase's process and every process it waited for (Pagefind's indexer too). */
  cpuMs?: number;
  maxRssMb: number;
  /** What the phase says of itself (images drawn and reused, pages indexed). */
  note?: string;
}

/**
 * CPU time (user + system) of the finished children of this process, all their descendants
 * included (Linux: /proc/self/stat fields cutime and cstime, in clock ticks of 10 ms). Unlike the
 * wall time it hardly changes when other work shares the cores, so "CPU ÷ cores" bounds what a
 * phase would take on a quiet machine of this size.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so cutime (16) and cstime (17) are 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs one phase in a child process (scripts/bench-phase.ts) and returns its figures. */
function runPhase(phase: string, projectRoot: string, outDir: string, env: Record<string, string> = {}): PhaseResult {
  const cpuBefore = childrenCpuMs();
  const child = spawnSync(process.execPath, [path.join(root, 'scripts/bench-phase.ts'), phase, projectRoot, outDir], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').pop() ?? '';
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`phase ${phase} failed:\n${child.stderr}\n${child.stdout}`);
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { ...(JSON.parse(line) as PhaseResult), cpuMs };
}

function folderSize(dir: string): { bytes: number; files: number; pages: number } {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile());
  return { bytes: files.reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0), files: files.length, pages: files.filter((f) => f.endsWith('.html')).length };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// The build's phases in the order scripts/build.ts runs them (search indexes the built pages).
const optional = (name: string) => {
  const phase = OPTIONAL_PHASES.find((p) => p.name === name)!;
  return { name, label: phase.label, present: isPresent(root, phase) };
};
const PHASES: { name: string; label: string; present: boolean }[] = [
  { name: 'content', label: 'nội dung (kiểm tra)', present: true },
  optional('charts'),
  optional('images'),
  { name: 'pages', label: 'trang (Astro)', present: true },
  optional('search'),
];

console.log(`Loa bench: ${size.articles} bài viết, ${size.messages} thông điệp · Node ${process.version} · ${os.cpus().length} nhân · ${work}`);
const articles = writeSyntheticContent(path.join(root, 'content'), contentDir, size);
if (PHASES.find((p) => p.name === 'charts')!.present && !values['no-snapshot']) {
  const snapshot = writeNationalSnapshot(contentDir, 'le-ra-quan-2020', Number(values['snapshot-levels']));
  console.log(`Số liệu cả nước (giả lập, ${values['snapshot-levels']} cấp dưới cả nước): ${snapshot.units} đơn vị, ${snapshot.figures} số liệu`);
} else console.log('Số liệu cả nước: không có (mô-đun số liệu chưa có trên nhánh này, hoặc --no-snapshot)');
const env = { LOA_CONTENT_DIR: contentDir, LOA_CACHE_DIR: cacheDir, LOA_IMAGE_CACHE: path.join(work, 'image-cache') };
const dist = path.join(work, 'dist');

const cold: PhaseResult[] = [];
for (const phase of PHASES.filter((p) => p.present)) cold.push(runPhase(phase.name, root, dist, env));
const built = folderSize(dist);
// Second build, same content, warm caches (Astro's content layer, the image cache when present).
const warm: PhaseResult[] = [];
for (const phase of PHASES.filter((p) => p.present)) warm.push(runPhase(phase.name, root, path.join(work, 'dist-warm'), env));

const bareDir = path.join(work, 'bare-astro');
writeBareAstroProject(bareDir, root, articles.length > 0 ? articles : []);
const bare = runPhase('bare-pages', bareDir, path.join(bareDir, 'dist'));
const bareSize = folderSize(path.join(bareDir, 'dist'));

const W = 30;
const cpu = (r: PhaseResult) => (r.cpuMs === undefined ? '—' : seconds(r.cpuMs));
console.log(`\n(tải trung bình lúc xong: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}; "CPU" là thời gian CPU của giai đoạn trên mọi lõi: ít đổi khi máy bận, nên CPU ÷ ${os.cpus().length} lõi là cận dưới của thời gian trên máy rảnh)`);
console.log(`${'Giai đoạn'.padEnd(W)} ${'lần đầu'.padStart(9)} ${'CPU'.padStart(9)} ${'bộ nhớ đỉnh'.padStart(12)} ${'cache ấm'.padStart(9)} ${'CPU'.padStart(9)} ${'bộ nhớ đỉnh'.padStart(12)}`);
for (const phase of PHASES) {
  const c = cold.find((r) => r.phase === phase.name);
  const w = warm.find((r) => r.phase === phase.name);
  if (!c || !w) console.log(`${phase.label.padEnd(W)} ${'—'.padStart(9)}  không có trên nhánh này`);
  else console.log(`${phase.label.padEnd(W)} ${seconds(c.ms).padStart(9)} ${cpu(c).padStart(9)} ${`${c.maxRssMb} MB`.padStart(12)} ${seconds(w.ms).padStart(9)} ${cpu(w).padStart(9)} ${`${w.maxRssMb} MB`.padStart(12)}`);
}
const total = cold.reduce((sum, r) => sum + r.ms, 0);
const warmTotal = warm.reduce((sum, r) => sum + r.ms, 0);
const cpuTotal = (rs: PhaseResult[]) => (rs.every((r) => r.cpuMs !== undefined) ? seconds(rs.reduce((sum, r) => sum + r.cpuMs!, 0)) : '—');
console.log(`${'tổng'.padEnd(W)} ${seconds(total).padStart(9)} ${cpuTotal(cold).padStart(9)} ${''.padStart(12)} ${seconds(warmTotal).padStart(9)} ${cpuTotal(warm).padStart(9)}`);
for (const [label, results] of [['Lần đầu', cold], ['Cache ấm', warm]] as const) {
  console.log(`\n${label}:`);
  for (const r of results.filter((x) => x.note)) console.log(`  [${r.phase}] ${r.note!.replaceAll('\n', '\n  ')}`);
}
if (codeFingerprint(root) !== codeAtStart) {
  console.log(`\nCẢNH BÁO: mã nguồn của dự án (${root}: src/, scripts/, cấu hình, package-lock.json) đã đổi trong lúc bench chạy. Bản dựng "cache ấm" không còn là "không đổi gì": số liệu của nó không dùng được. Chạy bench trên một bản sao riêng (git worktree) rồi đo lại.`);
}
console.log(`\ndist/: ${mb(built.bytes)}, ${built.files} tệp, ${built.pages} trang HTML`);
const report = distReport(dist);
console.log(`  theo loại: ${report.kinds.map((k) => `${k.kind} ${mb(k.bytes)} (${k.files} tệp)`).join('; ')}`);
console.log(`  tệp trùng nội dung với một tệp khác: ${report.duplicate.files} tệp, ${mb(report.duplicate.bytes)}${report.duplicate.examples.length > 0 ? ` (vd. ${report.duplicate.examples.join('; ')})` : ''}`);
console.log(`Astro trần (${articles.length} tệp .md, một khuôn trang): ${seconds(bare.ms)}, ${bare.maxRssMb} MB, ${bareSize.pages} trang, ${mb(bareSize.bytes)}`);
const pagesMs = cold.find((r) => r.phase === 'pages')!.ms;
console.log(`Tỷ lệ: bước trang của Loa / Astro trần = ${(pagesMs / bare.ms).toFixed(2)}×; cả bản dựng / Astro trần = ${(total / bare.ms).toFixed(2)}×`);
// Loa builds many more pages than the bare site (progress pages, lists, tags): per page is the fair ratio.
const perPage = (ms: number, pages: number) => ms / Math.max(pages, 1);
console.log(`Mỗi trang HTML: Loa ${perPage(pagesMs, built.pages).toFixed(1)} ms, Astro trần ${perPage(bare.ms, bareSize.pages).toFixed(1)} ms (${(perPage(pagesMs, built.pages) / perPage(bare.ms, bareSize.pages)).toFixed(2)}×)`);

if (!values.keep) fs.rmSync(work, { recursive: true, force: true });
