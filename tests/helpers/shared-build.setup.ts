// Vitest globalSetup of the "build" project: builds the example site ONCE per run, with a fresh
// Astro cache (a clean build), and hands its folder to every build test through `inject`.
// Gates that only read the built site (accessibility, HTML, links, budgets, CSP) share it.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, tempDir } from './build-site.ts';

export interface SharedBuild {
  /** The built example site. */
  dist: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    exampleBuild: SharedBuild;
  }
}

let root = '';

export default function setup(project: TestProject): () => void {
  root = tempDir('shared');
  const dist = path.join(root, 'dist');
  const result = buildSite(dist, undefined, { cacheDir: path.join(root, 'astro-cache') });
  project.provide('exampleBuild', { dist, ...result });
  return () => fs.rmSync(root, { recursive: true, force: true });
}
