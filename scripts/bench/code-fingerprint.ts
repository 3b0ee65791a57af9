// The bench's guard against its own checkout changing under it. A bench runs for most of an hour;
// a source file edited or a branch merged in that time changes the image cache keys and the page
// fingerprints between the cold and the warm build, and the warm figures then measure a partial
// rebuild, not "nothing changed" (30/11/2026: a progress template commit during the warm build
// redrew all 7,394 progress images and re-rendered every page). Fingerprint what shapes a build
// before and after, and say so when it differs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { hashTree } from '../../src/integrations/hash-tree.ts';

/** What a build reads of the project itself (not the content, which the bench writes). */
export const CODE_PATHS = ['src', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

export function codeFingerprint(root: string, paths: readonly string[] = CODE_PATHS): string {
  const hash = createHash('sha256');
  for (const entry of paths) {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) continue;
    hash.update(`${entry}\0`);
    if (fs.statSync(full).isDirectory()) hashTree(hash, full);
    else hash.update(fs.readFileSync(full)).update('\0');
  }
  return hash.digest('hex');
}
