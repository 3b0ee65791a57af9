// One render thread: loads fonts and logo once, then renders the jobs the pool sends, writing
// each PNG (and its preview) to the cache through a temporary name, so a killed build never
// leaves half a file.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCardFiles } from '../../lib/images/render-card.ts';
import { FORMATS } from '../../lib/images/formats.ts';
import { cardAssets, loadAssets } from './assets.ts';
import type { PoolJob, PoolReply } from './render-pool.ts';

// One thread per core already: libvips's own threads would only compete with the other workers.
sharp.concurrency(1);
const { root, logo } = workerData as { root: string; logo: string };
const assets = loadAssets(root, logo);

parentPort!.on('message', async (job: PoolJob) => {
  let reply: PoolReply;
  try {
    reply = { index: job.index, ok: true, bytes: await renderToFile(job) };
  } catch (error) {
    reply = { index: job.index, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});

function writeAtomic(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, bytes);
  fs.renameSync(temp, file);
}

export async function renderToFile(job: PoolJob): Promise<number> {
  const { png, preview, pdf } = await renderCardFiles(FORMATS[job.format], job.props, cardAssets(assets, job.props), { preview: Boolean(job.preview), pdf: Boolean(job.pdf), cropMarks: job.cropMarks });
  // Preview and PDF first: a PNG in the cache means they are there too.
  if (job.preview && preview) writeAtomic(job.preview, preview);
  if (job.pdf && pdf) writeAtomic(job.pdf, pdf);
  writeAtomic(job.file, png);
  return png.length;
}
