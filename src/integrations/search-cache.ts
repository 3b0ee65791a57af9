// The search index of a build whose pages are all unchanged is the last build's index: Pagefind's
// output is a function of the pages it reads and of the indexing code. The key hashes every HTML
// page of the site, every source file under src/ (the indexing code and anything it may come to
// read), Pagefind's version and `extra` (whatever else shapes the index: the site's synonyms); the
// index is kept under the build's cache folder and linked back in when the key matches. Any
// change, a full index as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { publishFile } from './images/publish-file.ts';
import { hashTree } from './hash-tree.ts';

/** Pagefind's version, from its package.json (which its exports do not list). */
function pagefindVersion(): string {
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  return (JSON.parse(fs.readFileSync(path.join(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
}

export function searchIndexKey(siteDir: string, srcDir: string, extra = ''): string {
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion()}\0`).update(`${extra}\0`);
  hashTree(hash, srcDir);
  hashTree(hash, siteDir, (f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`));
  return hash.digest('hex');
}

/**
 * The site's index: linked from the cache when the pages (and `extra`) are those of a cached index, else built
 * by `build` (which writes siteDir/pagefind) and kept for the next build.
 */
export async function cachedSearchIndex<T extends { pages: number }>(siteDir: string, srcDir: string, cacheDir: string, build: () => Promise<T>, extra = ''): Promise<{ pages: number; reused: boolean }> {
  const key = searchIndexKey(siteDir, srcDir, extra);
  const entry = path.join(cacheDir, key);
  const meta = path.join(entry, 'index.json');
  if (fs.existsSync(meta)) {
    const { pages, files } = JSON.parse(fs.readFileSync(meta, 'utf8')) as { pages: number; files: string[] };
    for (const file of files) publishFile(path.join(entry, 'pagefind', file), path.join(siteDir, 'pagefind', file));
    return { pages, reused: true };
  }
  const { pages } = await build();
  // Keep only this index: older ones are for pages that no longer exist.
  fs.rmSync(cacheDir, { recursive: true, force: true });
  const out = path.join(siteDir, 'pagefind');
  const files = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(out, f)).isFile()).sort();
  for (const file of files) publishFile(path.join(out, file), path.join(entry, 'pagefind', file));
  // Written last: an entry without it (a killed build) is never used.
  fs.writeFileSync(meta, JSON.stringify({ pages, files }));
  return { pages, reused: false };
}
