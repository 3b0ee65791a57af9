// The image step as scripts/build.ts calls it: entry images, ZIPs and the manifest before Astro,
// then copying and generic previews into the staging folder after it. A failure throws before
// the swap, so the previous dist/ stays.
import fs from 'node:fs';
import path from 'node:path';
import type { ContentEntries } from '../../lib/content/entries.ts';
import { ImageBuilder, defaultCacheDir, finishImages, prepareEntryImages } from './build-images.ts';
import { MANIFEST_ENV } from './manifest-file.ts';
import { progressJobs } from './progress-jobs.ts';
import { resolveContentDir } from '../content-dir.ts';

export interface ImagesStep {
  afterAstro(staging: string): Promise<void>;
  summary(): string;
}

export async function imagesBeforeAstro(root: string, entries: ContentEntries, contentDir = resolveContentDir()): Promise<ImagesStep> {
  const site = entries.site!;
  const builder = new ImageBuilder({ root, logo: site.logo, cacheDir: defaultCacheDir(root) });
  let started = performance.now();
  const progress = progressJobs(contentDir, entries);
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
      return [...progress.notes, ''].join('\n') + `Ảnh: vẽ mới ${builder.stats.rendered}, dùng lại ${builder.stats.reused} từ bộ nhớ đệm (${path.relative(root, builder.cacheDir) || builder.cacheDir}), trong ${seconds} giây.`;
    },
  };
}
