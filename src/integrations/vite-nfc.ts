// Normalises Markdown/MDX source to NFC before it is compiled: some editors (and copy-paste from
// PDFs) save Vietnamese in NFD, where "ệ" is "e" + two combining marks. Frontmatter is already
// normalised by the schemas; this covers the body. Astro 7's Markdown engine (Sätteri) runs no
// remark plugins, so the normalisation happens on the source text, as a Vite transform.
import type { Plugin } from 'vite';

export function nfcMarkdown(): Plugin {
  return {
    name: 'loa:nfc-markdown',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.mdx?(\?|$)/.test(id)) return null;
      const normalised = code.normalize('NFC');
      return normalised === code ? null : { code: normalised, map: null };
    },
  };
}
