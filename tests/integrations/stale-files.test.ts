// A build killed in a container whose PID 1 never reaps children stays a zombie: signal 0 still
// reaches it, yet it runs no code, so its dist.building-<pid> and dist.previous-<pid> must be
// cleared (seen in CI: the next build left both beside dist/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isRunning, leftoversOfDeadBuilds } from '../../src/integrations/stale-files.ts';
import { tempDir } from '../helpers/build-site.ts';

const dir = tempDir('stale');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A zombie: the background `sleep 0.3` exits after sh has become `sleep 30`, which never waits for it. */
async function zombie(): Promise<{ pid: number; stop: () => void }> {
  const parent = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (chunk) => resolve(Number(String(chunk).trim()))));
  for (let i = 0; i < 250 && !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z'); i++) await new Promise((r) => setTimeout(r, 20));
  return { pid, stop: () => parent.kill('SIGKILL') };
}

describe('leftovers of dead builds', () => {
  test('a running process is running; a zombie is not', async () => {
    expect(isRunning(process.pid)).toBe(true);
    const z = await zombie();
    try {
      expect(fs.readFileSync(`/proc/${z.pid}/stat`, 'utf8')).toMatch(/\) Z /);
      expect(isRunning(z.pid)).toBe(false);
    } finally {
      z.stop();
    }
  });

  test("a zombie build's staging and previous folders are leftovers; a live build's are not", async () => {
    const z = await zombie();
    try {
      for (const name of [`dist.building-${z.pid}`, `dist.previous-${z.pid}`, `dist.building-${process.pid}`]) fs.mkdirSync(path.join(dir, name));
      expect(leftoversOfDeadBuilds(dir, /^dist\.(?:building|previous)-(\d+)$/).map((f) => path.basename(f))).toEqual([`dist.building-${z.pid}`, `dist.previous-${z.pid}`]);
    } finally {
      z.stop();
    }
  });
});
