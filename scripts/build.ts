// npm run build — checks the content, builds the site into a staging folder, then swaps it
// into place. Options: --out DIR (default dist). Content: ./content or LOA_CONTENT_DIR.
// --images-only [--shard K/N]: only draws images into the image cache (the K-th of N shares, for
// CI runners working side by side; see deploy/ and README › Building on several CI runners).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath, resolveContentDir } from '../src/integrations/content-dir.ts';
import { ContentError, runContentCheck } from '../src/integrations/run-content-check.ts';
import { runDataCheck } from '../src/integrations/run-data-check.ts';
import { discardStaging, makeStagingDir, recoverInterruptedBuilds, swapInto } from '../src/integrations/atomic-output.ts';
import { imagesBeforeAstro, imagesOnly, type ImagesStep } from '../src/integrations/images/build-step.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { cachedSearchIndex } from '../src/integrations/search-cache.ts';
import { PAGE_CACHE_KEY_ENV, pageDataFingerprint } from '../src/integrations/page-cache-key.ts';
import { MANIFEST_ENV } from '../src/integrations/images/manifest-file.ts';
import { pinReferenceDate, referenceDateOf } from '../src/integrations/reference-date.ts';
import { PAGE_COUNTER } from '../src/integrations/astro-logger.ts';
import { Progress } from '../src/integrations/progress.ts';
import { formatDate } from '../src/lib/format/vi-format.ts';
import { parseShard, type Shard } from '../src/lib/images/shard.ts';
import type { ReferenceDate } from '../src/lib/site/reference-date.ts';
import { heldLines, publishedEntries } from '../src/lib/content/publication.ts';
import { writeAdminHeaders } from '../src/integrations/admin-headers.ts';
import { placeholderFields, placeholderWarning } from '../src/lib/site/placeholder-identity.ts';
import type { SiteIdentity } from '../src/schemas/site.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, 'images-only': { type: 'boolean', default: false }, shard: { type: 'string' } } });
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

function fail(error: unknown, keeps: string): never {
  console.error(error instanceof ContentError || (error instanceof Error && ['ImageError', 'ReferenceDateError'].includes(error.name)) ? error.message : error);
  console.error(`\n${keeps}`);
  process.exit(1);
}

let shard: Shard | undefined;
try {
  if (values.shard !== undefined && !values['images-only']) throw new Error('--shard chỉ dùng cùng --images-only (vẽ ảnh trước trên nhiều máy CI).');
  if (values.shard !== undefined) shard = parseShard(values.shard);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

// One Astro cache per content folder: the content layer and incremental pages are cached between builds.
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
process.env.LOA_CONTENT_DIR = contentDir;
process.env.LOA_CACHE_DIR ||= path.join(root, 'node_modules', '.astro', `content-${cacheKey}`);

/** Pages of the last build, for "time left"; a missing or unreadable file just means no estimate. */
function readPageCount(file: string): number | null {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { pages?: number }).pages ?? null;
  } catch {
    return null;
  }
}

/**
 * Astro's build with Loa's logger: page lines counted for the progress line (warnings still
 * printed), and the number of pages remembered for the next build's "time left".
 */
async function astroBuild(dir: string, label: string): Promise<void> {
  const { build } = await import('astro');
  const countFile = path.join(process.env.LOA_CACHE_DIR!, 'loa-pages.json');
  const lastCount = readPageCount(countFile);
  const progress = new Progress(label, 'trang');
  progress.start(lastCount);
  (globalThis as { [PAGE_COUNTER]?: Progress })[PAGE_COUNTER] = progress;
  try {
    await build({
      root,
      outDir: dir,
      // Info level reaches the logger (page lines); it prints only warnings unless asked for more.
      logLevel: 'info',
      logger: { entrypoint: path.join(root, 'src/integrations/astro-logger.ts'), config: { level: process.env.LOA_LOG_LEVEL === 'info' ? 'info' : 'warn' } },
    });
  } finally {
    progress.done();
    delete (globalThis as { [PAGE_COUNTER]?: Progress })[PAGE_COUNTER];
  }
  if (label === 'Trang') {
    fs.mkdirSync(path.dirname(countFile), { recursive: true });
    // Written aside and renamed: a build killed here never leaves half a file behind.
    fs.writeFileSync(`${countFile}.${process.pid}.tmp`, JSON.stringify({ pages: countPages(dir) }));
    fs.renameSync(`${countFile}.${process.pid}.tmp`, countFile);
  }
}

// A build killed earlier may have left its staging folder, or (killed mid-swap) no dist/ but
// the last good site under dist.previous-<pid>: put things right before anything else.
recoverInterruptedBuilds(outDir);

let images: ImagesStep;
let synonyms: string[][] = [];
let site: SiteIdentity;
try {
  // Images before Astro: the download pages show their sizes (see src/integrations/images/).
  const { entries } = runContentCheck(contentDir);
  site = entries.site!;
  synonyms = entries.synonyms;
  // Loud, every build, while site.yaml still holds the example identity: it is printed on every poster.
  const placeholders = placeholderWarning(placeholderFields(site), `${displayPath(contentDir)}/site.yaml`);
  if (placeholders) console.warn(placeholders);
  // One "today" for the whole build: campaign status, drafts, the calculator's default date.
  const reference = referenceDateOf(entries.site?.referenceDate);
  pinReferenceDate(reference);
  console.log(`Ngày tham chiếu: ${formatDate(reference.date)} (${ORIGIN_WORDS[reference.origin]}).`);
  // Drafts and entries dated after the reference date: no page, no image, no search entry.
  const published = publishedEntries(entries, reference.date);
  if (published.held.length > 0) console.log([`Chưa xuất bản (${published.held.length}):`, ...heldLines(published.held, formatDate)].join('\n'));
  const data = runDataCheck(contentDir);
  if (values['images-only']) {
    // The generic preview cards need the titles of the pages that have no image of their own:
    // a quick Astro build of those pages only (LOA_IMAGE_PLAN), into a folder thrown away after.
    const summary = await imagesOnly(root, published.entries, contentDir, data, shard, async (planDir) => {
      process.env.LOA_IMAGE_PLAN = '1';
      const planCache = `${process.env.LOA_CACHE_DIR}-plan`;
      const saved = process.env.LOA_CACHE_DIR;
      process.env.LOA_CACHE_DIR = planCache;
      try {
        await astroBuild(planDir, 'Trang (để biết tên trang)');
      } finally {
        process.env.LOA_CACHE_DIR = saved;
        delete process.env.LOA_IMAGE_PLAN;
      }
    });
    console.log(`\n${summary}`);
    process.exit(0);
  }
  images = await imagesBeforeAstro(root, published.entries, contentDir, data);
  // Astro skips pages whose data and code are unchanged (src/integrations/page-cache-key.ts).
  process.env[PAGE_CACHE_KEY_ENV] = pageDataFingerprint(contentDir, reference.date, fs.readFileSync(process.env[MANIFEST_ENV]!, 'utf8'));
} catch (error) {
  fail(error, `Trang cũ (${displayPath(outDir)}) được giữ nguyên.`);
}

const staging = makeStagingDir(outDir);
try {
  await astroBuild(staging, 'Trang');
  await images.afterAstro(staging);
  writeAdminHeaders(staging, site);
  // Search index before the swap: a failure here also leaves the previous site in place.
  // The synonyms shape the index as much as the pages do: they are part of the cache key.
  const search = await cachedSearchIndex(staging, path.join(root, 'src'), path.join(process.env.LOA_CACHE_DIR!, 'search'), () => buildSearchIndex(staging, { synonyms, progress: new Progress('Chỉ mục tìm kiếm', 'trang') }), JSON.stringify(synonyms));
  console.log(`Chỉ mục tìm kiếm: ${search.pages} trang${search.reused ? ' (không trang nào đổi: dùng lại chỉ mục lần trước)' : ''}.`);
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
