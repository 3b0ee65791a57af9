// npm run build — checks the content, builds the site into a staging folder, then swaps it
// into place. Options: --out DIR (default dist). Content: ./content or LOA_CONTENT_DIR.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath, resolveContentDir } from '../src/integrations/content-dir.ts';
import { ContentError, runContentCheck } from '../src/integrations/run-content-check.ts';
import { runDataCheck } from '../src/integrations/run-data-check.ts';
import { discardStaging, makeStagingDir, swapInto } from '../src/integrations/atomic-output.ts';
import { imagesBeforeAstro, type ImagesStep } from '../src/integrations/images/build-step.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { pinReferenceDate, referenceDateOf } from '../src/integrations/reference-date.ts';
import { formatDate } from '../src/lib/format/vi-format.ts';
import type { ReferenceDate } from '../src/lib/site/reference-date.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const root = process.cwd();
const outDir = path.resolve(root, values.out ?? 'dist');
const contentDir = resolveContentDir();
const started = performance.now();

function countPages(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

const ORIGIN_WORDS: Record<ReferenceDate['origin'], string> = {
  SOURCE_DATE_EPOCH: 'theo biến SOURCE_DATE_EPOCH',
  'site.yaml': 'theo site.yaml › referenceDate',
  clock: 'hôm nay theo đồng hồ máy; đặt site.yaml › referenceDate hoặc SOURCE_DATE_EPOCH để cố định',
};

let images: ImagesStep;
let synonyms: string[][] = [];
try {
  // Images before Astro: the download pages show their sizes (see src/integrations/images/).
  const { entries } = runContentCheck(contentDir);
  synonyms = entries.synonyms;
  // One "today" for the whole build: campaign status, drafts, the calculator's default date.
  const reference = referenceDateOf(entries.site?.referenceDate);
  pinReferenceDate(reference);
  console.log(`Ngày tham chiếu: ${formatDate(reference.date)} (${ORIGIN_WORDS[reference.origin]}).`);
  runDataCheck(contentDir);
  images = await imagesBeforeAstro(root, entries);
} catch (error) {
  console.error(error instanceof ContentError || (error instanceof Error && ['ImageError', 'ReferenceDateError'].includes(error.name)) ? error.message : error);
  console.error(`\nTrang cũ (${displayPath(outDir)}) được giữ nguyên.`);
  process.exit(1);
}

// One Astro cache per content folder: the content layer caches entries between builds.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
process.env.LOA_CONTENT_DIR = contentDir;
process.env.LOA_CACHE_DIR ||= path.join(root, 'node_modules', '.astro', `content-${cacheKey}`);

const staging = makeStagingDir(outDir);
try {
  const { build } = await import('astro');
  await build({ root, outDir: staging, logLevel: process.env.LOA_LOG_LEVEL === 'info' ? 'info' : 'warn' });
  await images.afterAstro(staging);
  // Search index before the swap: a failure here also leaves the previous site in place.
  const search = await buildSearchIndex(staging, { synonyms });
  console.log(`Chỉ mục tìm kiếm: ${search.pages} trang.`);
  swapInto(staging, outDir);
} catch (error) {
  discardStaging(staging);
  const message = error instanceof Error ? error.message : String(error);
  const location = error && typeof error === 'object' && 'loc' in error ? (error as { loc?: { file?: string; line?: number } }).loc : undefined;
  console.error(`Lỗi khi dựng trang${location?.file ? ` (${displayPath(location.file)}${location.line ? `, dòng ${location.line}` : ''})` : ''}:\n${message}`);
  console.error(`\nTrang cũ (${displayPath(outDir)}) được giữ nguyên.`);
  process.exit(1);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nĐã dựng xong ${countPages(outDir)} trang trong ${seconds} giây, vào thư mục ${displayPath(outDir)}/`);
console.log(images.summary());
console.log('Xem thử trên máy: npm run preview  (rồi mở http://127.0.0.1:4321/)');
