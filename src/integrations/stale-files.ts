// What a killed build leaves behind, and how the next one clears it. Every temporary name a
// build writes carries its process id (dist.building-<pid>, <cache file>.<pid>.tmp,
// manifest-<pid>.json), so a later build can tell a dead build's leftovers from those of a
// build still running and remove only the former.
import fs from 'node:fs';
import path from 'node:path';

/** Whether a process with this id is running (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A killed build whose parent died with it is re-parented to PID 1; in a container whose PID 1
 * does not reap children it stays a zombie, which signal 0 still reaches. It runs no code: dead.
 * (Linux's /proc; elsewhere a zombie counts as running, the safe side.)
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) S …": the state follows the last ")" (a command may contain one).
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** Entries of `dir` whose name matches `pattern` (a group captures a pid) and whose process is gone. */
export function leftoversOfDeadBuilds(dir: string, pattern: RegExp): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => {
      const pid = pattern.exec(name)?.slice(1).find((group) => group !== undefined);
      return pid !== undefined && !isRunning(Number(pid));
    })
    .sort()
    .map((name) => path.join(dir, name));
}

/** Removes a dead build's temporary files from the image cache (half-written images, its manifest). */
export function clearImageCacheLeftovers(cacheDir: string): number {
  const stale = leftoversOfDeadBuilds(cacheDir, /^(?:.+\.(\d+)\.tmp|manifest-(\d+)\.json)$/);
  for (const file of stale) fs.rmSync(file, { force: true });
  return stale.length;
}
