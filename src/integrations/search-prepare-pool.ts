// Prepares the pages of a built site for the search index on every core: worker threads read
// each page and make Pagefind's copy of it (search-page-copy.ts: cheerio parsing
// and the search additions: most of the search step's time), while the caller hands the results
// to Pagefind strictly in file order, so the index stays byte-identical from build to build.
// At most WINDOW pages wait prepared ahead of the one Pagefind needs next, so memory stays flat
// on a national site.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PhraseGroups } from '../lib/search/equivalents.ts';
import type { PreparedPage } from './search-page-copy.ts';

export interface PrepareJob {
  index: number;
  /** Absolute path of the built page. */
  path: string;
}

/** null: the page has no searchable part (no data-pagefind-body). */
export type PrepareReply = { index: number; ok: true; page: PreparedPage | null } | { index: number; ok: false; error: string };

const WINDOW = 256;

/** The prepared pages, in the order of `paths`; a page that fails stops the loop with its error. */
export async function* preparedPages(paths: readonly string[], groups: PhraseGroups, threads = os.availableParallelism()): AsyncGenerator<PreparedPage | null> {
  if (paths.length === 0) return;
  const count = Math.max(1, Math.min(threads, paths.length));
  const workers = Array.from({ length: count }, () => new Worker(new URL('./search-prepare-worker.ts', import.meta.url), { workerData: { groups } }));
  const replies = new Map<number, PrepareReply>();
  let waiting: { index: number; resolve: () => void } | null = null;
  let failure: Error | null = null;
  let sent = 0;
  let consumed = 0;
  const wake = () => {
    if (waiting && (replies.has(waiting.index) || failure)) {
      const w = waiting;
      waiting = null;
      w.resolve();
    }
  };
  const feed = (worker: Worker) => {
    if (sent < paths.length && sent < consumed + WINDOW) {
      worker.postMessage({ index: sent, path: paths[sent]! } satisfies PrepareJob);
      sent++;
      return true;
    }
    return false;
  };
  const idle: Worker[] = [];
  for (const worker of workers) {
    worker.on('message', (reply: PrepareReply) => {
      replies.set(reply.index, reply);
      if (!feed(worker)) idle.push(worker);
      wake();
    });
    worker.on('error', (error) => {
      failure = error;
      wake();
    });
    if (!feed(worker)) idle.push(worker);
  }
  try {
    for (let index = 0; index < paths.length; index++) {
      if (!replies.has(index) && !failure) await new Promise<void>((resolve) => (waiting = { index, resolve }));
      if (failure) throw failure;
      const reply = replies.get(index)!;
      replies.delete(index);
      consumed = index + 1;
      // The window moved: idle workers take the next pages.
      while (idle.length > 0 && feed(idle[idle.length - 1]!)) idle.pop();
      if (!reply.ok) throw new Error(`${paths[index]}: ${reply.error}`);
      yield reply.page;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
