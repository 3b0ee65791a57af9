// Makes "{", "}" and "<" typed in content bodies plain text before MDX compiles them (see
// src/lib/content/mdx-text.ts). Only files under the content folder: staff write there, and the
// editor at /admin/ saves there. Done when the file is loaded, so a body written by hand, by the
// editor or by an older Loa is treated the same, and the file on disk keeps what staff typed.
import path from 'node:path';
import type { Plugin } from 'vite';
import { escapeMdxFile } from '../lib/content/mdx-text.ts';

export function mdxPlainText(contentDir: string): Plugin {
  const root = path.resolve(contentDir) + path.sep;
  return {
    name: 'loa:mdx-plain-text',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.mdx?$/.test(file) || !path.resolve(file).startsWith(root)) return null;
      const escaped = escapeMdxFile(code);
      return escaped === code ? null : { code: escaped, map: null };
    },
  };
}
