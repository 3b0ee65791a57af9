// The image step as scripts/build.ts calls it: entry images, ZIPs and the manifest before Astro,
// then linking and generic previews into the staging folder after it. A failure throws before
// the swap, so the previous dist/ stays. Or, with --images-only, only the drawing (all of it or
// one shard's share), into the cache that a later full build reads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ContentEntries } from '../../lib/content/entries.ts';
import type { SnapshotReport } from '../../lib/data/check-snapshots.ts';
import { entryImageJobs } from '../../lib/images/entry-images.ts';
import { inShard, type Shard } from '../../lib/images/shard.ts';
import { formatNumber } from '../../lib/format/vi-format.ts';
import { ImageBuilder, defaultCacheDir, finishImages, genericJobsOf, prepareEntryImages } from './build-images.ts';
import { MANIFEST_ENV } from './manifest-file.ts';
import { progressJobs } from './progress-jobs.ts';
import { resolveContentDir } from '../content-dir.ts';
import { Progress } from '../progress.ts';

export interface ImagesStep {
  afterAstro(staging: string): Promise<void>;
  summary(): string;
}

function cacheName(root: string, dir: string): string {
  return path.relative(root, dir) || dir;
}

/** `data`: the snapshots as runDataCheck already checked them (read and checked again if absent). */
export async function imagesBeforeAstro(root: string, entries: ContentEntries, contentDir = resolveContentDir(), data?: SnapshotReport): Promise<ImagesStep> {
  const site = entries.site!;
  const builder = new ImageBuilder({ root, logo: site.logo, cacheDir: defaultCacheDir(root), progress: new Progress('Ảnh', 'ảnh'), cropMarks: site.printCropMarks });
  let started = performance.now();
  const progress = progressJobs(contentDir, entries, data);
  const prepared = await prepareEntryImages(builder, entries, progress.jobs);
  let spent = performance.now() - started;
  const manifestFile = path.join(builder.cacheDir, `manifest-${process.pid}.json`);
  fs.writeFileSync(manifestFile, JSON.stringify(prepared.manifest));
  process.env[MANIFEST_ENV] = manifestFile;
  return {
    async afterAstro(staging) {
      started = performance.now();
      try {
        await finishImages(builder, staging, entries, prepared);
        spent += performance.now() - started;
      } finally {
        fs.rmSync(manifestFile, { force: true });
      }
    },
    summary() {
      const seconds = (spent / 1000).toFixed(1).replace('.', ',');
      return [...progress.notes, ''].join('\n') + `Ảnh: vẽ mới ${builder.stats.rendered}, dùng lại ${builder.stats.reused} từ bộ nhớ đệm (${cacheName(root, builder.cacheDir)}), trong ${seconds} giây.`;
    },
  };
}

/**
 * `--images-only [--shard K/N]`: draws every image the site needs (or the shard's share) into
 * the cache, and nothing else. `plan` builds, into the folder it is given, the pages without an
 * image of their own, whose titles the generic cards show. Returns the summary line.
 */
export async function imagesOnly(root: string, entries: ContentEntries, contentDir: string, data: SnapshotReport | undefined, shard: Shard | undefined, plan: (dir: string) => Promise<void>): Promise<string> {
  const site = entries.site!;
  const builder = new ImageBuilder({ root, logo: site.logo, cacheDir: defaultCacheDir(root), progress: new Progress('Ảnh', 'ảnh'), cropMarks: site.printCropMarks });
  const started = performance.now();
  const planDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-image-plan-'));
  let generic;
  try {
    await plan(planDir);
    generic = genericJobsOf(planDir, entries, false);
  } finally {
    fs.rmSync(planDir, { recursive: true, force: true });
  }
  const jobs = [...entryImageJobs(entries), ...progressJobs(contentDir, entries, data).jobs, ...generic];
  const select = shard ? (key: string) => inShard(key, shard) : undefined;
  const images = await builder.render(jobs, select);
  const distinct = new Set(builder.plan(jobs).map((p) => p.key));
  const mine = select ? [...distinct].filter(select).length : distinct.size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  const part = shard ? ` (phần ${shard.index}/${shard.count}: ${formatNumber(mine)} trong ${formatNumber(distinct.size)} ảnh khác nhau)` : '';
  void images;
  return `Ảnh${part}: vẽ mới ${builder.stats.rendered}, đã có ${formatNumber(mine - builder.stats.rendered)} trong bộ nhớ đệm (${cacheName(root, builder.cacheDir)}), trong ${seconds} giây. Chưa dựng trang: chạy npm run build sau khi gộp bộ nhớ đệm của các phần.`;
}
