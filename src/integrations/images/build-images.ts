// The image step of `npm run build`. Before Astro: render (or reuse from the cache) every entry's
// images and each campaign's ZIP, and write the manifest the download pages read. After Astro,
// into the staging folder: copy them in, and give every other page a generic link preview with
// its title, found from the built HTML itself so no page can be missed.
import fs from 'node:fs';
import path from 'node:path';
import { unescape } from 'html-escaper';
import sharp from 'sharp';
import type { ContentEntries } from '../../lib/content/entries.ts';
import { entryImageJobs, genericPageJob, type ImageJob } from '../../lib/images/entry-images.ts';
import { FORMATS } from '../../lib/images/formats.ts';
import { IMAGE_ROOT, previewPath } from '../../lib/images/image-paths.ts';
import type { ImageManifest } from '../../lib/images/manifest.ts';
import { imageKey, rendererHashes, rendererOf, type RendererHashes } from './image-key.ts';
import { loadAssets } from './assets.ts';
import { renderInPool } from './render-pool.ts';
import { campaignZips } from './campaign-zip.ts';

export class ImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageError';
  }
}

export interface ImageStats {
  rendered: number;
  reused: number;
}

export interface CachedImage extends ImageJob {
  file: string;
  bytes: number;
  /** Small WebP preview for the download pages (the posters are megabytes). */
  preview: string;
}

const PREVIEW_WIDTH = 360;
/** Download pages show previews; generic cards and progress images (linked under charts) need none. */
const hasPreview = (job: ImageJob) => job.kind !== 'trang' && job.kind !== 'tien-do';

/** Default cache: node_modules/.cache/loa-images/ (safe to delete; LOA_IMAGE_CACHE overrides). */
export function defaultCacheDir(root: string): string {
  return process.env.LOA_IMAGE_CACHE?.trim() ? path.resolve(process.env.LOA_IMAGE_CACHE) : path.join(root, 'node_modules', '.cache', 'loa-images');
}

export class ImageBuilder {
  readonly stats: ImageStats = { rendered: 0, reused: 0 };
  private readonly renderer: RendererHashes;
  private readonly root: string;
  private readonly logo: string;
  readonly cacheDir: string;
  readonly threads: number | undefined;

  constructor(options: { root: string; logo: string; cacheDir: string; threads?: number }) {
    this.root = options.root;
    this.logo = options.logo;
    this.cacheDir = options.cacheDir;
    this.threads = options.threads;
    const assets = loadAssets(this.root, this.logo);
    this.renderer = rendererHashes(assets.fontBytes, assets.logo.bytes);
    fs.mkdirSync(this.cacheDir, { recursive: true });
  }

  /** Renders the jobs whose cache file is missing; throws one ImageError listing every failure. */
  async render(jobs: ImageJob[]): Promise<CachedImage[]> {
    const files = jobs.map((job) => path.join(this.cacheDir, `${imageKey(rendererOf(this.renderer, job.props), job.format, job.props)}.png`));
    // Equal images (a progress page's card and its headline chart) share one cache file: draw it once.
    const seen = new Set<string>();
    const todo = jobs.map((job, i) => ({ job, file: files[i]! })).filter(({ file }) => !fs.existsSync(file) && !seen.has(file) && Boolean(seen.add(file)));
    const replies = await renderInPool(todo.map(({ job, file }) => ({ format: job.format, props: job.props, file })), { root: this.root, logo: this.logo, threads: this.threads });
    const failures = replies.flatMap((reply, i) => {
      if (reply.ok) return [];
      const { job } = todo[i]!;
      const f = FORMATS[job.format];
      return [`  • ${job.source} › ảnh ${job.format} (${f.width} × ${f.height}): ${reply.error}`];
    });
    if (failures.length > 0) throw new ImageError(`Lỗi khi tạo ảnh: chưa dựng trang. Sửa các chỗ sau rồi chạy lại (${failures.length}):\n${failures.join('\n')}`);
    this.stats.rendered += todo.length;
    this.stats.reused += jobs.length - todo.length;
    const out: CachedImage[] = [];
    for (const [i, job] of jobs.entries()) {
      const file = files[i]!;
      const preview = file.replace(/\.png$/, '.preview.webp');
      if (hasPreview(job) && !fs.existsSync(preview)) {
        await sharp(file).resize({ width: PREVIEW_WIDTH }).webp({ quality: 80 }).toFile(`${preview}.tmp`);
        fs.renameSync(`${preview}.tmp`, preview);
      }
      out.push({ ...job, file, bytes: fs.statSync(file).size, preview });
    }
    return out;
  }
}

/** Phase 1, before Astro: entry images and campaign ZIPs; returns the manifest pages read. */
export async function prepareEntryImages(builder: ImageBuilder, entries: ContentEntries, moreJobs: ImageJob[] = []): Promise<{ images: CachedImage[]; zips: Map<string, string>; manifest: ImageManifest }> {
  const images = await builder.render([...entryImageJobs(entries), ...moreJobs]);
  const zips = campaignZips(entries, images, builder.cacheDir);
  const manifest: ImageManifest = {
    images: Object.fromEntries(images.map((img) => [img.path, { format: img.format, width: FORMATS[img.format].width, height: FORMATS[img.format].height, bytes: img.bytes, preview: previewPath(img.path), previewWidth: PREVIEW_WIDTH, previewHeight: Math.round((PREVIEW_WIDTH * FORMATS[img.format].height) / FORMATS[img.format].width) }])),
    zips: Object.fromEntries([...zips].map(([sitePath, file]) => [sitePath, { bytes: fs.statSync(file).size }])),
  };
  return { images, zips, manifest };
}

function copyInto(outDir: string, sitePath: string, file: string): void {
  const target = path.join(outDir, sitePath);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(file, target, fs.constants.COPYFILE_FICLONE);
}

const META = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`);

/** Phase 2, after Astro: copies entry images and ZIPs in, then renders each generic page's preview. */
export async function finishImages(builder: ImageBuilder, outDir: string, entries: ContentEntries, prepared: { images: CachedImage[]; zips: Map<string, string> }): Promise<void> {
  for (const img of prepared.images) {
    copyInto(outDir, img.path, img.file);
    if (hasPreview(img)) copyInto(outDir, previewPath(img.path), img.preview);
  }
  for (const [sitePath, file] of prepared.zips) copyInto(outDir, sitePath, file);
  const site = entries.site!;
  const wanted = new Map<string, ImageJob>();
  const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  for (const page of pages) {
    const html = fs.readFileSync(path.join(outDir, page), 'utf8');
    const image = META('og:image').exec(html)?.[1];
    if (!image) throw new ImageError(`Trang ${page} không có thẻ og:image (ảnh xem trước).`);
    const imagePath = new URL(unescape(image)).pathname;
    if (fs.existsSync(path.join(outDir, imagePath)) || wanted.has(imagePath)) continue;
    if (!imagePath.startsWith(`${IMAGE_ROOT}trang/`)) throw new ImageError(`Trang ${page}: ảnh xem trước ${imagePath} không được tạo.`);
    const title = unescape(META('og:title').exec(html)?.[1] ?? site.name);
    const pageUrl = new URL(unescape(META('og:url').exec(html)?.[1] ?? site.baseUrl)).pathname;
    wanted.set(imagePath, genericPageJob(site, pageUrl, imagePath, title));
  }
  for (const img of await builder.render([...wanted.values()])) copyInto(outDir, img.path, img.file);
}
