// A killed build never costs the site. `npm run build` of the small fixture is killed with
// SIGKILL (the whole process group: npm, node, its worker threads and Pagefind's binary) at
// moments spread over its phases, each found from what the build prints or from files that
// appear, never from a pause tuned to this machine. After every kill dist/ is byte for byte the
// last good site (or, killed at the swap, the complete new one); the next build succeeds, gives
// exactly the site an uninterrupted build gives, and leaves no staging folder, no temporary file
// and no unreadable image in the cache.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, TEST_REFERENCE_DATE, buildSite, snapshotFolder, tempDir } from '../helpers/build-site.ts';
import { epochOfVietnamDay } from '../../src/lib/site/reference-date.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/content-small');
const work = tempDir('killed');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const caches = { astro: path.join(work, 'astro-cache'), images: path.join(work, 'images') };
const KEPT_IMAGES = path.join(ROOT, 'node_modules/.cache/loa-images-killed-build');
let good: Map<string, string>;
let reference: Map<string, string>;

/** Files in a folder (recursively), or none when it does not exist. */
function files(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()) : [];
}

/** Folders beside dist/ left by a build: dist.building-<pid>, dist.previous-<pid>. */
const besideDist = () => fs.readdirSync(work).filter((name) => /^dist\.(building|previous)-\d+$/.test(name));

function build(dir: string, cacheDirs: { astro: string; images: string }) {
  return buildSite(dir, content, { cacheDir: cacheDirs.astro, env: { LOA_IMAGE_CACHE: cacheDirs.images } });
}

interface Moment {
  name: string;
  /** True once the build has reached the moment: from its output so far, or the files it wrote. */
  reached: (output: string, newInCache: readonly string[]) => boolean;
}

/** Folders beside dist/ before the build being watched started (a killed build's may be there). */
let besideBefore = new Set<string>();
/** The staging folder of the build being watched: one that was not there before it started. */
const staging = () => besideDist().find((name) => name.startsWith('dist.building-') && !besideBefore.has(name));
/** Whether the staging folder holds `entry` (a top-level name) or, with `html`, any page yet. */
const inStaging = (entry: string | { html: true }) => {
  const dir = staging();
  if (dir === undefined) return false;
  const full = path.join(work, dir);
  if (typeof entry === 'string') return fs.existsSync(path.join(full, entry));
  return fs.existsSync(full) && fs.readdirSync(full).some((name) => name.endsWith('.html') || fs.existsSync(path.join(full, name, 'index.html')));
};

const MOMENTS: Moment[] = [
  { name: 'content checked (the reference date line), before the data check and images', reached: (output) => output.includes('Ngày tham chiếu:') },
  { name: 'images: the first new image in the cache', reached: (_, cache) => cache.some((f) => f.endsWith('.png')) },
  { name: 'images: an image being written (its .tmp file)', reached: (_, cache) => cache.some((f) => f.endsWith('.tmp')) },
  { name: 'Astro: the staging folder has appeared', reached: () => staging() !== undefined },
  { name: 'Astro: pages are being written', reached: () => inStaging({ html: true }) },
  { name: 'images after Astro: copied into the staging folder', reached: () => inStaging('anh') },
  { name: 'search index: Pagefind is writing', reached: () => inStaging('pagefind') },
  { name: 'swap: the index is written, the staging folder is about to replace dist/', reached: (output) => output.includes('Chỉ mục tìm kiếm:') },
];

/** Runs `npm run build` and kills its process group with SIGKILL as soon as `moment` is reached. */
function buildKilledAt(moment: Moment): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SOURCE_DATE_EPOCH: String(epochOfVietnamDay(TEST_REFERENCE_DATE)),
    LOA_CONTENT_DIR: content,
    LOA_CACHE_DIR: caches.astro,
    LOA_IMAGE_CACHE: caches.images,
  };
  // Every name created in the image cache, as the kernel reports it (a .tmp file lives only
  // milliseconds before its rename: polling could miss it, inotify does not).
  const cachedBefore = new Set(fs.readdirSync(caches.images));
  besideBefore = new Set(besideDist());
  const newInCache: string[] = [];
  const watcher = fs.watch(caches.images, (_event, name) => {
    if (name && !cachedBefore.has(name)) newInCache.push(name);
  });
  const child = spawn('npm', ['run', 'build', '--', '--out', outDir], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let killed = false;
  const check = () => {
    if (!killed && moment.reached(output, newInCache)) {
      killed = true;
      process.kill(-child.pid!, 'SIGKILL');
    }
  };
  child.stdout.on('data', (chunk) => {
    output += chunk;
    check();
  });
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    // Looked at every few milliseconds; what decides is the build's own progress, not the clock.
    const poll = setInterval(check, 4);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      watcher.close();
      resolve({ signal, output });
    });
  });
}

/** Content variant `name`: new titles for the article and the policy, so their images are redrawn. */
function writeVariant(name: string): void {
  const edit = (file: string, title: string) => {
    const full = path.join(content, file);
    fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
  };
  edit('articles/hop-dan-thon-dong.mdx', `Họp dân ở thôn Đông về lương hưu (${name})`);
  edit('policies/muc-dong.mdx', `Đóng bao nhiêu tiền mỗi tháng? (${name})`);
}

beforeAll(() => {
  fs.cpSync(SMALL, content, { recursive: true });
  // The good site's images are kept between runs (like the build's own cache), so only the
  // first run ever draws the fixture's posters; every build below starts from a copy.
  const first = build(outDir, { astro: caches.astro, images: KEPT_IMAGES });
  expect(first.status, first.stderr).toBe(0);
  good = snapshotFolder(outDir);
  fs.cpSync(KEPT_IMAGES, caches.images, { recursive: true });
  // The reference: the final content built without interruption, from copies of the caches as
  // they were after the good build.
  const refCaches = { astro: path.join(work, 'ref-astro-cache'), images: path.join(work, 'ref-images') };
  fs.cpSync(caches.astro, refCaches.astro, { recursive: true });
  fs.cpSync(caches.images, refCaches.images, { recursive: true });
  writeVariant('bản cuối');
  const ref = build(path.join(work, 'ref', 'dist'), refCaches);
  expect(ref.status, ref.stderr).toBe(0);
  reference = snapshotFolder(path.join(work, 'ref', 'dist'));
  fs.rmSync(path.join(work, 'ref'), { recursive: true });
  // The change reaches pages, images and the index (whose file names are hashes of their content).
  const pages = (site: Map<string, string>) => [...site.keys()].filter((f) => !f.startsWith('pagefind/'));
  expect(pages(reference)).toEqual(pages(good));
  expect([...reference].filter(([f, bytes]) => good.get(f) !== bytes).length).toBeGreaterThan(10);
  // The first run ever draws the fixture's posters: minutes on two shared cores.
}, 900_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a build killed with SIGKILL', () => {
  test.each(MOMENTS.map((m, i) => [m.name, m, i] as const))('at %s: dist/ is still the last good site', async (_name, moment, i) => {
    // Each killed build has new titles to draw; the swap one builds the final content, so that if
    // its swap completes, the site in place is the reference.
    writeVariant(moment.name.startsWith('swap') ? 'bản cuối' : `lần ${i + 1}`);
    const run = await buildKilledAt(moment);
    expect(run.signal, `the build ended before the moment:\n${run.output}`).toBe('SIGKILL');
    // Killed between the swap's two renames (microseconds, but a kill does land there now and
    // then), there is no dist/ for a moment: the last good site is whole under
    // dist.previous-<pid>, and the next build puts it back first (the tests below).
    const previous = besideDist().find((name) => name.startsWith('dist.previous-'));
    const between = moment.name.startsWith('swap') && !fs.existsSync(outDir) && previous !== undefined;
    const after = snapshotFolder(between ? path.join(work, previous) : outDir);
    if (moment.name.startsWith('swap')) {
      // Killed during the swap: the old site or the complete new one, never a mix or nothing.
      expect([good, reference].some((site) => site.size === after.size && [...site].every(([f, bytes]) => after.get(f) === bytes))).toBe(true);
      if (after.size === good.size && [...good].every(([f, bytes]) => after.get(f) === bytes)) good = after;
      else good = reference;
    } else {
      expect([...after.keys()]).toEqual([...good.keys()]);
      expect([...after].filter(([f, bytes]) => good.get(f) !== bytes).map(([f]) => f)).toEqual([]);
    }
  });

  test('the next build succeeds, gives exactly the uninterrupted build’s site and leaves nothing behind', async () => {
    writeVariant('bản cuối');
    const next = build(outDir, caches);
    expect(next.status, next.stderr).toBe(0);
    const site = snapshotFolder(outDir);
    expect([...site.keys()]).toEqual([...reference.keys()]);
    expect([...site].filter(([f, bytes]) => reference.get(f) !== bytes).map(([f]) => f)).toEqual([]);
    expect(besideDist()).toEqual([]);
    const cached = files(caches.images);
    expect(cached.filter((f) => f.endsWith('.tmp') || /^manifest-\d+\.json$/.test(f))).toEqual([]);
    // Every cached image is whole: sharp decodes all its pixels.
    for (const f of cached.filter((name) => /\.(png|webp)$/.test(name))) {
      await expect(sharp(path.join(caches.images, f)).raw().toBuffer(), f).resolves.toBeInstanceOf(Buffer);
    }
  });
});

describe('a build killed between the two renames of the swap', () => {
  test('leaves dist.previous-<pid>: the next build, even one that fails, puts the last good site back and clears the rest', () => {
    // The state such a kill leaves, made by hand (the window is microseconds wide): no dist/,
    // the last good site under dist.previous-<pid> and a finished staging folder, of a dead pid.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const pid = Number(dead.stdout);
    expect(pid).toBeGreaterThan(0);
    const before = snapshotFolder(outDir);
    fs.cpSync(outDir, path.join(work, `dist.building-${pid}`), { recursive: true });
    fs.renameSync(outDir, path.join(work, `dist.previous-${pid}`));
    fs.writeFileSync(path.join(caches.images, `manifest-${pid}.json`), '{"images":');
    fs.writeFileSync(path.join(caches.images, `0123abcd.png.${pid}.tmp`), 'half an image');
    // A build that fails on its content: it must still put the site back.
    const message = path.join(content, 'messages/hoa-binh-2026-1.mdx');
    const text = fs.readFileSync(message, 'utf8');
    fs.writeFileSync(message, text.replace(/^order: .*$/m, 'order: một'));
    const failed = build(outDir, caches);
    fs.writeFileSync(message, text);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Lỗi nội dung');
    expect(snapshotFolder(outDir)).toEqual(before);
    expect(besideDist()).toEqual([]);
    // The image cache is cleared of the dead build's files by the next build that reaches images.
    const next = build(outDir, caches);
    expect(next.status, next.stderr).toBe(0);
    expect(files(caches.images).filter((f) => f === `manifest-${pid}.json` || f.endsWith(`.${pid}.tmp`))).toEqual([]);
  });
});
