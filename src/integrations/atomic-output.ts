// Builds go to a fresh folder next to the target and replace it only when complete, so a
// failed build never leaves a half-written site where the last good one was.
import fs from 'node:fs';
import path from 'node:path';

/** A new, empty staging folder beside `outDir` (same file system, so the swap is a rename). */
export function makeStagingDir(outDir: string): string {
  const staging = `${outDir}.building-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  return staging;
}

/** Puts the finished `staging` folder in place of `outDir`; the old site is removed only after. */
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
