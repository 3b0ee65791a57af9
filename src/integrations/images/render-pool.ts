// Renders many cards over all cores: one worker thread per core (each loads the fonts once and
// keeps its text measurements for every later card), jobs handed out largest first so the big
// posters do not all land at the end.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardProps } from '../../lib/images/card-props.ts';
import { FORMATS, type FormatName } from '../../lib/images/formats.ts';

export interface PoolJob {
  index: number;
  format: FormatName;
  props: CardProps;
  /** Cache file to write. */
  file: string;
  /** Cache file of the small WebP preview to write beside it, if the image has one. */
  preview?: string | null;
  /** Cache file of the print PDF (printed formats), and whether it has crop marks. */
  pdf?: string | null;
  cropMarks?: boolean;
}

export type PoolReply = { index: number; ok: true; bytes: number } | { index: number; ok: false; error: string };

export interface PoolOptions {
  root: string;
  /** Logo path from site.yaml (/logo.svg). */
  logo: string;
  threads?: number;
  /** Called after each job, in completion order (progress display). */
  onReply?: (reply: PoolReply) => void;
}

export function defaultThreads(): number {
  return Math.max(1, os.availableParallelism());
}

/** Renders every job; resolves with the replies in job order (failed ones carry their error). */
export async function renderInPool(jobs: Omit<PoolJob, 'index'>[], options: PoolOptions): Promise<PoolReply[]> {
  const replies: PoolReply[] = new Array(jobs.length);
  if (jobs.length === 0) return replies;
  const pixels = (j: Omit<PoolJob, 'index'>) => FORMATS[j.format].width * FORMATS[j.format].height;
  const queue = jobs.map((job, index) => ({ ...job, index })).sort((a, b) => pixels(b) - pixels(a) || a.index - b.index);
  const count = Math.min(options.threads ?? defaultThreads(), queue.length);
  const workers = Array.from({ length: count }, () => new Worker(new URL('./image-worker.ts', import.meta.url), { workerData: { root: options.root, logo: options.logo } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const job = queue.shift();
              if (job) worker.postMessage(job);
              else resolve();
            };
            worker.on('message', (reply: PoolReply) => {
              replies[reply.index] = reply;
              options.onReply?.(reply);
              next();
            });
            worker.on('error', reject);
            next();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return replies;
}
