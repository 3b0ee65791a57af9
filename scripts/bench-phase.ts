// One build phase for `npm run bench`, run in its own process so its peak memory is its own.
// Prints one JSON line: { phase, ms, maxRssMb, note? }. Usage: node scripts/bench-phase.ts <phase> <root> <out>
// Phases: content, pages (Astro), and the optional ones of scripts/bench/optional-phases.ts.
import path from 'node:path';
import { imagesAroundPages, runOptionalPhase } from './bench/optional-phases.ts';

const [phase = '', root = process.cwd(), out = 'dist'] = process.argv.slice(2);
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const contentDir = process.env.LOA_CONTENT_DIR ?? path.join(root, 'content');
const started = performance.now();
let note: string | undefined;

switch (phase) {
  case 'content': {
    const { runContentCheck } = await import('../src/integrations/run-content-check.ts');
    runContentCheck(contentDir, () => {});
    break;
  }
  case 'pages':
  case 'bare-pages': {
    // The image manifest before Astro (download pages show sizes), the (already rendered) images
    // copied in and generic page cards drawn after it, as scripts/build.ts does.
    const images = phase === 'pages' ? await imagesAroundPages(root, contentDir) : null;
    if (phase === 'pages') {
      // Astro skips unchanged pages on the warm build, keyed as scripts/build.ts keys them.
      const fs = await import('node:fs');
      const { PAGE_CACHE_KEY_ENV, pageDataFingerprint } = await import('../src/integrations/page-cache-key.ts');
      const { MANIFEST_ENV } = await import('../src/integrations/images/manifest-file.ts');
      const { referenceDateOf } = await import('../src/integrations/reference-date.ts');
      const manifest = process.env[MANIFEST_ENV] ? fs.readFileSync(process.env[MANIFEST_ENV]!, 'utf8') : '';
      process.env[PAGE_CACHE_KEY_ENV] = pageDataFingerprint(contentDir, referenceDateOf(undefined).date, manifest);
    }
    const { build } = await import('astro');
    await build({ root, outDir: path.resolve(out), logLevel: 'error' });
    await images?.afterAstro(path.resolve(out));
    note = images?.summary();
    break;
  }
  default:
    note = await runOptionalPhase(phase, root, contentDir, path.resolve(out));
}

const ms = performance.now() - started;
console.log(JSON.stringify({ phase, ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), note }));
