// npm run bench:images — figures, not a test. For each format, over the example content's images
// of that format (at most --per images each, default all; --format NAME, repeatable, for some): the median ms per image cold (rendered)
// and warm (found in the build's cache), images per second with the build's worker pool on all
// cores, and that rate against a plain sequential loop over the same images in the same run.
// Both loops do the same work (render, encode the PNG and, where the download pages offer them,
// the preview and the print PDF, write the files); the pool's figure includes starting its
// threads, as a build pays that too.
// "ảnh / 1 lượt": each card's render time against one bare satori + sharp pass (SVG → PNG, sharp's
// defaults) of the same final tree, timed right after it in the same loop, so load on the machine
// weighs on both alike: the cost of fitting the texts and of everything else a card needs
// (issue 14's goal: at most 1,5×). Text measurements are kept across cards, as in a build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/integrations/content-dir.ts';
import { runContentCheck } from '../src/integrations/run-content-check.ts';
import { loadAssets } from '../src/integrations/images/assets.ts';
import { ImageBuilder, hasPdf, hasPreview } from '../src/integrations/images/build-images.ts';
import { imageKey, rendererHashes, rendererOf } from '../src/integrations/images/image-key.ts';
import { defaultThreads, renderInPool } from '../src/integrations/images/render-pool.ts';
import { entryImageJobs } from '../src/lib/images/entry-images.ts';
import { FORMAT_NAMES, FORMATS } from '../src/lib/images/formats.ts';
import satori from 'satori';
import sharp from 'sharp';
import { cardScene, renderCard, renderCardFiles } from '../src/lib/images/render-card.ts';
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
console.log('khổ         ảnh  lạnh ms/ảnh  1 lượt ms  ảnh / 1 lượt  ấm ms/ảnh  tuần tự ảnh/s  mọi lõi ảnh/s  gấp');
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-'));
try {
  for (const { name, label, jobs } of groups) {
    // Warm the fonts and satori's first-call setup so the first image does not count it.
    await renderCard(FORMATS[name], jobs[0]!.props, assets);
    // Plain sequential loop: satori + sharp on the main thread, one image after another.
    const seqDir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-bench-seq-'));
    const cold: number[] = [];
    const bare: number[] = [];
    let seqMs = 0;
    for (const [i, job] of jobs.entries()) {
      const t = performance.now();
      const { png } = await renderCard(FORMATS[name], job.props, assets);
      fs.writeFileSync(path.join(seqDir, `${i}.png`), png);
      cold.push(performance.now() - t);
      // The sequential rate does what a build's worker does for this image: PNG, and the
      // preview and print PDF where the download pages offer them.
      const s = performance.now();
      const files = await renderCardFiles(FORMATS[name], job.props, assets, { preview: hasPreview(job), pdf: hasPdf(job) });
      for (const [ext, bytes] of [['png', files.png], ['webp', files.preview], ['pdf', files.pdf]] as const) if (bytes) fs.writeFileSync(path.join(seqDir, `${i}.files.${ext}`), bytes);
      seqMs += performance.now() - s;
      // The same final tree (its sizes already fitted, not timed), drawn by one bare pass.
      const { tree } = await cardScene(FORMATS[name], job.props, assets);
      const b = performance.now();
      const svg = await satori(tree as never, { width: FORMATS[name].width, height: FORMATS[name].height, fonts: assets.fonts });
      fs.writeFileSync(path.join(seqDir, `${i}.bare.png`), await sharp(Buffer.from(svg)).png().toBuffer());
      bare.push(performance.now() - b);
    }
    const seqRate = jobs.length / (seqMs / 1000);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    fs.rmSync(seqDir, { recursive: true, force: true });
    // The build's worker pool, straight into the build cache's file names.
    const poolStart = performance.now();
    const replies = await renderInPool(
      jobs.map((job) => {
        const key = imageKey(rendererOf(renderer, job.props), job.format, job.props);
        return { format: job.format, props: job.props, file: path.join(cacheDir, `${key}.png`), preview: hasPreview(job) ? path.join(cacheDir, `${key}.preview.webp`) : null, pdf: hasPdf(job) ? path.join(cacheDir, `${key}.pdf`) : null };
      }),
      { root, logo: site.logo },
    );
    const poolRate = jobs.length / ((performance.now() - poolStart) / 1000);
    const failed = replies.find((r) => !r.ok);
    if (failed && !failed.ok) throw new Error(failed.error);
    // Warm: the build's cache lookup for each image (a builder reads the cache folder once).
    const builder = new ImageBuilder({ root, logo: site.logo, cacheDir });
    await builder.render(jobs);
    const warm: number[] = [];
    for (const job of jobs) {
      const t = performance.now();
      await builder.render([job]);
      warm.push(performance.now() - t);
    }
    if (builder.stats.rendered !== 0) throw new Error('Bộ nhớ đệm không được dùng: ảnh bị vẽ lại.');
    console.log(`${label.padEnd(10)} ${String(jobs.length).padStart(4)}  ${col(median(cold), 1, 11)}  ${col(median(bare), 1, 9)}  ${col(sum(cold) / sum(bare), 2, 12)}  ${col(median(warm), 2, 9)}  ${col(seqRate, 2, 13)}  ${col(poolRate, 2, 13)}  ${col(poolRate / seqRate, 2, 4)}`);
  }
  console.log(`\nTải trung bình khi xong: ${load()}.`);
} finally {
  fs.rmSync(cacheDir, { recursive: true, force: true });
}
