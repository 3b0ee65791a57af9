// Images drawn on several CI runners: `--images-only --shard K/N` draws a share of the images
// into the cache and builds no page; two shards drawn into two separate caches, merged, give a
// full build that draws nothing and a dist/ byte-identical to a build made in one go.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, snapshotFolder, tempDir, type BuildResult } from '../helpers/build-site.ts';

const work = tempDir('sharded');
const content = path.join(work, 'content');
const cache = (name: string) => path.join(work, `images-${name}`);
const pngs = (dir: string) => new Set(fs.readdirSync(dir).filter((f) => f.endsWith('.png')));
let whole: BuildResult;
const shards: BuildResult[] = [];

beforeAll(() => {
  fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
  whole = buildSite(path.join(work, 'dist-whole'), content, { cacheDir: path.join(work, 'astro-whole'), env: { LOA_IMAGE_CACHE: cache('whole') } });
  for (const k of [1, 2]) shards.push(buildSite(path.join(work, `dist-shard-${k}`), content, { cacheDir: path.join(work, `astro-shard-${k}`), env: { LOA_IMAGE_CACHE: cache(`shard-${k}`) }, args: ['--images-only', '--shard', `${k}/2`] }));
});

describe('images drawn in shards', () => {
  test('each shard draws its own share into its cache and builds no page', () => {
    expect(whole.status, whole.stderr).toBe(0);
    const all = pngs(cache('whole'));
    const [one, two] = [pngs(cache('shard-1')), pngs(cache('shard-2'))];
    shards.forEach((s, i) => {
      expect(s.status, s.stderr).toBe(0);
      expect(s.stdout).toMatch(new RegExp(`Ảnh \\(phần ${i + 1}/2: \\d+ trong ${all.size} ảnh khác nhau\\): vẽ mới \\d+`));
      expect(fs.existsSync(path.join(work, `dist-shard-${i + 1}`))).toBe(false);
    });
    // Disjoint shares that together are every image of the site (generic page cards included).
    expect(one.size).toBeGreaterThan(0);
    expect(two.size).toBeGreaterThan(0);
    expect([...one].filter((f) => two.has(f))).toEqual([]);
    expect(new Set([...one, ...two])).toEqual(all);
  });

  test('the merged caches give a build that draws nothing and a dist/ identical to the one-go build', () => {
    const merged = cache('merged');
    for (const k of [1, 2]) fs.cpSync(cache(`shard-${k}`), merged, { recursive: true });
    const final = buildSite(path.join(work, 'dist-merged'), content, { cacheDir: path.join(work, 'astro-merged'), env: { LOA_IMAGE_CACHE: merged } });
    expect(final.status, final.stderr).toBe(0);
    expect(final.stdout).toMatch(/Ảnh: vẽ mới 0, dùng lại [1-9]\d*/);
    const a = snapshotFolder(path.join(work, 'dist-whole'));
    const b = snapshotFolder(path.join(work, 'dist-merged'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a.keys()].filter((f) => a.get(f) !== b.get(f))).toEqual([]);
  });
});
