// The baseline: a bare Astro markdown site with the same articles (one .md page each, one
// layout), in a temporary project that borrows this repository's node_modules.
import fs from 'node:fs';
import path from 'node:path';

export function writeBareAstroProject(dir: string, repoRoot: string, articles: readonly { id: string; title: string; body: string }[]): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages/bai-viet'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src/layouts'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare-astro-baseline", "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ devToolbar: { enabled: false } });\n");
  fs.writeFileSync(
    path.join(dir, 'src/layouts/Post.astro'),
    '---\nconst { frontmatter } = Astro.props;\n---\n<html lang="vi"><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head><body><h1>{frontmatter.title}</h1><slot /></body></html>\n',
  );
  for (const article of articles) {
    fs.writeFileSync(path.join(dir, 'src/pages/bai-viet', `${article.id}.md`), `---\nlayout: ../../layouts/Post.astro\ntitle: ${JSON.stringify(article.title)}\n---\n${article.body}`);
  }
}
