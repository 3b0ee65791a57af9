// Astro configuration. Content comes from ./content or LOA_CONTENT_DIR; the public base URL
// comes from the content's site.yaml so canonical URLs, the sitemap and QR codes agree.
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { parse } from 'yaml';
import { nfcMarkdown } from './src/integrations/vite-nfc.ts';
import { inlineTextPlugin } from './src/integrations/markdown/inline-text-plugin.ts';
import { stackTablesPlugin } from './src/integrations/markdown/stack-tables-plugin.ts';
import { mdxPlainText } from './src/integrations/vite-mdx-text.ts';
import { sveltiaOffline } from './src/integrations/vite-sveltia-offline.ts';
import { contentPublicFiles } from './src/integrations/public-files.ts';
import { mdxAmounts } from './src/integrations/vite-amounts.ts';

const contentDir = path.resolve(process.env.LOA_CONTENT_DIR?.trim() || 'content');
const siteFile = path.join(contentDir, 'site.yaml');
const baseUrl = fs.existsSync(siteFile) ? String(parse(fs.readFileSync(siteFile, 'utf8'))?.baseUrl ?? '') : '';

export default defineConfig({
  site: baseUrl || 'https://loa.example',
  trailingSlash: 'always',
  // Never inline stylesheets: the Content-Security-Policy allows styles from the site only.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A separate cache per content folder: the content layer caches entries, and two content
  // folders must never see each other's entries.
  cacheDir: process.env.LOA_CACHE_DIR || './node_modules/.astro',
  // MDX bodies (mdx() inherits this processor): phone numbers become tel: links, numbers keep
  // their units, tables stack into cards on phones (src/integrations/markdown/).
  markdown: { processor: satteri({ hastPlugins: [inlineTextPlugin, stackTablesPlugin] }) },
  // The editor at /admin/ is for staff: not in the sitemap.
  integrations: [contentPublicFiles(contentDir), mdx(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') })],
  // Pages whose data and code are unchanged since the last build are copied from Astro's cache
  // instead of rendered (the routes return a cacheKey: src/integrations/page-cache-key.ts).
  experimental: { incrementalBuild: true },
  devToolbar: { enabled: false },
  vite: {
    plugins: [nfcMarkdown(), mdxPlainText(contentDir), mdxAmounts(), sveltiaOffline()],
    build: {
      // The editor at /admin/ (Sveltia CMS) is one large script, loaded only there.
      chunkSizeWarningLimit: 4096,
      // Scripts always as files, never inlined: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's notice
        // about it is noise to authors reading the build output.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
