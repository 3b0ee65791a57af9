// One hash over a folder's files: each file's path (relative, with "/") and bytes, in sorted order,
// so the same tree gives the same digest on every machine. Shared by the keys that decide whether
// a build can reuse its last output (search index, Astro's page cache) and by the bench's guard.
import type { Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function hashTree(hash: Hash, dir: string, keep: (file: string) => boolean = () => true): Hash {
  for (const file of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!keep(file)) continue;
    const full = path.join(dir, file);
    if (!fs.statSync(full).isFile()) continue;
    hash.update(`${file.split(path.sep).join('/')}\0`).update(fs.readFileSync(full)).update('\0');
  }
  return hash;
}
