// One render thread: loads fonts and logo once, then renders the jobs the pool sends, writing
// each PNG to its cache file (through a temporary name, so a killed build never leaves half a file).
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { renderCard } from '../../lib/images/render-card.ts';
import { FORMATS } from '../../lib/images/formats.ts';
import { loadAssets } from './assets.ts';
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

export async function renderToFile(job: PoolJob): Promise<number> {
  const { png } = await renderCard(FORMATS[job.format], job.props, assets);
  const temp = `${job.file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, png);
  fs.renameSync(temp, job.file);
  return png.length;
}
