// npm run bench:images — figures, not a test. For each format, over the example content's images
// of that format (at most --per images each, default all; --format NAME, repeatable, for some): the median ms per image cold (rendered)
// and warm (found in the build's cache), images per second with the build's worker pool on all
// cores, and that rate against a plain sequential satori + sharp loop over the same images in the
// same run. Both loops do the same work (render, encode PNG, write the file); the pool's figure
// includes starting its threads, as a build pays that too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/integrations/content-dir.ts';
import { runContentCheck } from '../src/integrations/run-content-check.ts';
import { loadAssets } from '../src/integrations/images/assets.ts';
import { ImageBuilder } from '../src/integrations/images/build-images.ts';
import { imageKey, rendererHashes, rendererOf } from '../src/integrations/images/image-key.ts';
import { defaultThreads, renderInPool } from '../src/integrations/images/render-pool.ts';
import { entryImageJobs } from '../src/lib/images/entry-images.ts';
import { FORMAT_NAMES, FORMATS } from '../src/lib/images/formats.ts';
import { renderCard } from '../src/lib/images/render-card.ts';
import { progressJobs } from '../src/integrations/images/progress-jobs.ts';
import { PROGRESS_FORMATS } from '../src/lib/images/progress-images.ts';

const { values } = parseArgs({ options: { per: { type: 'string', default: '1000' }, format: { type: 'string', multiple: true } } });
const per = Math.max(1, Number(values.per));
const root = process.cwd();
const entries = runContentCheck(resolveContentDir(), () => undefined).entries;
const site = entries.site!;
const assets = loadAssets(root, site.logo);
const renderer = rendererHashes(assets.fontBytes, assets.logo.bytes);
const all = entryImageJobs(entries);
// The progress pages' cards and chart images get their own rows ("og tiến độ"): another template.
const progress = progressJobs(resolveContentDir(), entries).jobs;
const groups = [
  ...FORMAT_NAMES.filter((n) => !values.format || values.format.includes(n)).map((name) => ({ name, label: name, jobs: all.filter((j) => j.format === name).slice(0, per) })),
  ...PROGRESS_FORMATS.filter((n) => !values.format || values.format.includes(n)).map((name) => ({ name, label: `${name} tiến độ`, jobs: progress.filter((j) => j.format === name).slice(0, per) })),
].filter((g) => g.jobs.length > 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const col = (n: number, d: number, w: number) => n.toFixed(d).replace('.', ',').padStart(w);

// The load average says whether other work shared the cores during the run (figures are noisy then).
const load = () => os.loadavg()[0]!.toFixed(1).replace('.', ',');
console.log(`Máy: ${os.availableParallelism()} lõi, ${defaultThreads()} luồng vẽ, tải trung bình ${load()}; nội dung mẫu, tối đa ${per} ảnh mỗi khổ.\n`);
console.log('khổ         ảnh  lạnh ms/ảnh  ấm ms/ảnh  tuần tự ảnh/s  mọi lõi ảnh/s  gấp');
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'));
try {
  const builder = new ImageBuilder({ root, logo: site.logo, cacheDir });
  for (const { name, label, jobs } of groups) {
    // Warm the fonts and satori's first-call setup so the first image does not count it.
    await renderCard(FORMATS[name], jobs[0]!.props, assets);
    // Plain sequential loop: satori + sharp on the main thread, one image after another.
    const seqDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-seq-'));
    const cold: number[] = [];
    const seqStart = performance.now();
    for (const [i, job] of jobs.entries()) {
      const t = performance.now();
      const { png } = await renderCard(FORMATS[name], job.props, assets);
      fs.writeFileSync(path.join(seqDir, `${i}.png`), png);
      cold.push(performance.now() - t);
    }
    const seqRate = jobs.length / ((performance.now() - seqStart) / 1000);
    fs.rmSync(seqDir, { recursive: true, force: true });
    // The build's worker pool, straight into the build cache's file names.
    const poolStart = performance.now();
    const replies = await renderInPool(
      jobs.map((job) => ({ format: job.format, props: job.props, file: path.join(cacheDir, `${imageKey(rendererOf(renderer, job.props), job.format, job.props)}.png`) })),
      { root, logo: site.logo },
    );
    const poolRate = jobs.length / ((performance.now() - poolStart) / 1000);
    const failed = replies.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(failed.error);
    // Warm: the build's cache lookup for each image (the first pass makes the small previews).
    await builder.render(jobs);
    const warm: number[] = [];
    for (const job of jobs) {
      const t = performance.now();
      await builder.render([job]);
      warm.push(performance.now() - t);
    }
    if (builder.stats.rendered !== 0) throw new Error('Bộ nhớ đệm không được dùng: ảnh bị vẽ lại.');
    console.log(`${label.padEnd(10)} ${String(jobs.length).padStart(4)}  ${col(median(cold), 1, 11)}  ${col(median(warm), 2, 9)}  ${col(seqRate, 2, 13)}  ${col(poolRate, 2, 13)}  ${col(poolRate / seqRate, 2, 4)}`);
  }
  console.log(`\nTải trung bình khi xong: ${load()}.`);
} finally {
  fs.rmSync(cacheDir, { recursive: true, force: true });
}
