// One thread of the search preparation pool (search-prepare-pool.ts): reads a built page and
// replies with Pagefind's copy of it, or null when the page has nothing to index.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { PhraseGroups } from '../lib/search/equivalents.ts';
import { prepareForIndex } from './search-page-copy.ts';
import type { PrepareJob, PrepareReply } from './search-prepare-pool.ts';

const { groups } = workerData as { groups: PhraseGroups };

parentPort!.on('message', (job: PrepareJob) => {
  let reply: PrepareReply;
  try {
    const html = fs.readFileSync(job.path, 'utf8');
    reply = { index: job.index, ok: true, page: html.includes('data-pagefind-body') ? prepareForIndex(html, groups) : null };
  } catch (error) {
    reply = { index: job.index, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
