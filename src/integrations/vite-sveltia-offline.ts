// Sveltia CMS ships its fonts (Source Sans 3, Noto Mono, Material Symbols) inside the npm package
// and registers them from there, but its stylesheet also declares the same faces on a public CDN.
// The editor must load nothing from another host (its CSP allows only the site and the Git API),
// so the CDN declarations are dropped when the package is bundled; the packaged fonts remain.
// tests/build/admin.test.ts fails if the editor requests any other origin.
import type { Plugin } from 'vite';

const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;

export function sveltiaOffline(): Plugin {
  return {
    name: 'loa:sveltia-offline',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/@sveltia/cms/')) return null;
      const stripped = code.replace(CDN_FONT_FACE, '');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}
