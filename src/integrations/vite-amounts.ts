// Computed amounts in MDX bodies: "{{muc-dong-thap-nhat}}" is rewritten before MDX compiles the
// file into a component that renders the amount from the rule data on the build's reference date
// (see src/lib/rules/mdx-amounts.ts). Unknown names never get here: the content check stops first.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { rewriteMdxAmounts } from '../lib/rules/mdx-amounts.ts';

const COMPONENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../components/guidance/Amount.astro').split(path.sep).join('/');

export function mdxAmounts(): Plugin {
  return {
    name: 'loa:mdx-amounts',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.mdx(\?|$)/.test(id)) return null;
      const rewritten = rewriteMdxAmounts(code, COMPONENT);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
