// Pagefind writes its browser API (pagefind/pagefind.js, ~47 KB) with whitespace and long local
// names left in. It is the largest file a first query downloads after the WebAssembly, and many
// small hosts send it uncompressed: esbuild (already in the tree through Astro's Vite) minifies it
// as an ES module, keeping its exports and behaviour, to about two thirds of the bytes.
import fs from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';

/** Name of the script the search page imports, inside the pagefind/ folder. */
export const PAGEFIND_SCRIPT = 'pagefind.js';

/** Minifies pagefind/pagefind.js in place; returns its size before and after, in bytes. */
export async function minifyPagefindScript(pagefindDir: string): Promise<{ before: number; after: number }> {
  const file = path.join(pagefindDir, PAGEFIND_SCRIPT);
  const source = fs.readFileSync(file, 'utf8');
  const { code } = await transform(source, { loader: 'js', format: 'esm', minify: true, target: 'es2020', legalComments: 'inline' });
  // Written aside and renamed, like every file of the build: never half a script.
  fs.writeFileSync(`${file}.${process.pid}.tmp`, code);
  fs.renameSync(`${file}.${process.pid}.tmp`, file);
  return { before: Buffer.byteLength(source), after: Buffer.byteLength(code) };
}
