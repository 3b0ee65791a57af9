// Files served at the site's root come from two folders: the content folder's own public/ (a
// locality's logo and the photos uploaded in the editor) and the project's public/ (defaults:
// example logo, also the tab icon, and _headers). The content folder wins, so a locality replaces the example
// logo by putting its own in <content>/public/ without touching the project.
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { resolveContentDir } from './content-dir.ts';

/** The content folder's public/ folder. */
export function contentPublicDir(contentDir: string = resolveContentDir()): string {
  return path.join(contentDir, 'public');
}

/** The file behind a site path such as /images/a.jpg or /logo.svg, or null when neither folder has it. */
export function publicFile(sitePath: string, root: string = process.cwd(), contentDir: string = resolveContentDir()): string | null {
  const relative = decodeURIComponent(sitePath).replace(/^\/+/, '');
  if (relative.split('/').includes('..')) return null;
  for (const base of [contentPublicDir(contentDir), path.join(root, 'public')]) {
    const file = path.join(base, relative);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.svg': 'image/svg+xml', '.pdf': 'application/pdf' };

/** Serves <content>/public in `astro dev` and copies it into the built site. */
export function contentPublicFiles(contentDir: string = resolveContentDir()): AstroIntegration {
  const dir = contentPublicDir(contentDir);
  return {
    name: 'loa:content-public',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = fs.existsSync(dir) ? publicFile(new URL(req.url ?? '/', 'http://x').pathname, '/nonexistent', contentDir) : null;
          if (!file) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
          res.end(fs.readFileSync(file));
        });
      },
      'astro:build:done': ({ dir: outDir }) => {
        if (fs.existsSync(dir)) fs.cpSync(dir, outDir.pathname, { recursive: true });
      },
    },
  };
}
