// Build phases that come from other branches (images, participation data/charts, search). Each is
// "present" when its module exists in the checkout, so the bench picks it up after a merge with
// no edit; until then it prints "không có trên nhánh này". The module paths and calls mirror what
// scripts/build.ts does on those branches; if a signature changes there, change the one line here.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface OptionalPhase {
  name: string;
  label: string;
  /** Module (relative to the repository root) whose existence switches the phase on. */
  module: string;
}

export const OPTIONAL_PHASES: OptionalPhase[] = [
  // Validation + aggregation of content/data/*.json; the chart SVGs themselves are drawn while
  // Astro renders the progress pages, so their time is inside the "pages" phase.
  { name: 'charts', label: 'số liệu + biểu đồ (kiểm tra)', module: 'src/integrations/run-data-check.ts' },
  { name: 'images', label: 'ảnh (Satori + sharp)', module: 'src/integrations/images/build-step.ts' },
  { name: 'search', label: 'chỉ mục tìm kiếm (Pagefind)', module: 'src/integrations/search-index.ts' },
];

export function isPresent(root: string, phase: OptionalPhase): boolean {
  return fs.existsSync(path.join(root, phase.module));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the modules live on other branches
type AnyModule = Record<string, any>;
export async function importFrom(root: string, module: string): Promise<AnyModule> {
  return (await import(pathToFileURL(path.join(root, module)).href)) as AnyModule;
}

/** Runs one optional phase; `dist` is the folder the pages phase built. Returns what the phase says of itself, if anything. */
export async function runOptionalPhase(name: string, root: string, contentDir: string, dist: string): Promise<string | undefined> {
  const phase = OPTIONAL_PHASES.find((p) => p.name === name);
  if (!phase || !isPresent(root, phase)) throw new Error(`phase ${name} is not available on this branch`);
  const mod = await importFrom(root, phase.module);
  if (name === 'charts') mod.runDataCheck(contentDir, () => {});
  if (name === 'images') {
    const { runContentCheck } = await import('../../src/integrations/run-content-check.ts');
    const step = await mod.imagesBeforeAstro(root, (runContentCheck(contentDir, () => {}) as AnyModule).entries, contentDir);
    return step.summary() as string;
  }
  if (name === 'search') {
    // As scripts/build.ts: the last index is reused when no page changed (search-cache.ts).
    const { runContentCheck } = await import('../../src/integrations/run-content-check.ts');
    const synonyms = (runContentCheck(contentDir, () => {}) as AnyModule).entries.synonyms as string[][];
    const { cachedSearchIndex } = await import('../../src/integrations/search-cache.ts');
    const cacheDir = path.join(process.env.LOA_CACHE_DIR ?? path.join(root, 'node_modules', '.astro'), 'search');
    const result = await cachedSearchIndex(dist, path.join(root, 'src'), cacheDir, () => mod.buildSearchIndex(dist, { synonyms }), JSON.stringify(synonyms));
    return `Chỉ mục tìm kiếm: ${result.pages} trang${result.reused ? ' (dùng lại: không trang nào đổi)' : ''}.`;
  }
  return undefined;
}

/**
 * Around Astro, as scripts/build.ts does: the image step (its cache already filled by the images
 * phase) writes the manifest the download pages read before Astro, and copies the images into the
 * built site after it. Returns null when the images module is absent.
 */
export async function imagesAroundPages(root: string, contentDir: string): Promise<{ afterAstro(dist: string): Promise<void>; summary(): string } | null> {
  const images = OPTIONAL_PHASES.find((p) => p.name === 'images')!;
  if (!isPresent(root, images)) return null;
  const mod = await importFrom(root, images.module);
  const { runContentCheck } = await import('../../src/integrations/run-content-check.ts');
  return mod.imagesBeforeAstro(root, (runContentCheck(contentDir, () => {}) as AnyModule).entries, contentDir);
}
