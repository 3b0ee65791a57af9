// Builds go to a fresh folder next to the target and replace it only when complete, so a
// failed build never leaves a half-written site where the last good one was.
import fs from 'node:fs';
import path from 'node:path';
import { leftoversOfDeadBuilds } from './stale-files.ts';

/**
 * Clears what a killed build left beside `outDir`: its staging folder (dist.building-<pid>) and,
 * if it died between the two renames of the swap, puts its dist.previous-<pid> (the last good
 * site) back in place. Folders of a build still running are left alone.
 */
export function recoverInterruptedBuilds(outDir: string): { restored: boolean; removed: number } {
  const base = path.basename(outDir);
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const previous = leftoversOfDeadBuilds(path.dirname(outDir), new RegExp(`^${escaped}\\.previous-(\\d+)$`));
  let restored = false;
  if (!fs.existsSync(outDir) && previous.length > 0) {
    // The newest is the site that was in place when the build died.
    previous.sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
    fs.renameSync(previous.pop()!, outDir);
    restored = true;
  }
  const stale = [...previous, ...leftoversOfDeadBuilds(path.dirname(outDir), new RegExp(`^${escaped}\\.building-(\\d+)$`))];
  for (const dir of stale) fs.rmSync(dir, { recursive: true, force: true });
  return { restored, removed: stale.length };
}

/** A new, empty staging folder beside `outDir` (same file system, so the swap is a rename). */
export function makeStagingDir(outDir: string): string {
  recoverInterruptedBuilds(outDir);
  const staging = `${outDir}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  return staging;
}

/**
 * Puts the finished `staging` folder in place of `outDir`; the old site is removed only after.
 * Two renames: a build killed between them leaves no outDir but outDir.previous-<pid>, which the
 * next build puts back first (recoverInterruptedBuilds) — a window of microseconds.
 */
export function swapInto(staging: string, outDir: string): void {
  const previous = `${outDir}.previous-${process.pid}`;
  const hadPrevious = fs.existsSync(outDir);
  if (hadPrevious) fs.renameSync(outDir, previous);
  try {
    fs.renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) fs.renameSync(previous, outDir);
    throw error;
  }
  if (hadPrevious) fs.rmSync(previous, { recursive: true, force: true });
}

/** Removes a staging folder after a failed build. */
export function discardStaging(staging: string): void {
  fs.rmSync(staging, { recursive: true, force: true });
}
