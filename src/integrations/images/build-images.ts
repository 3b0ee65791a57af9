// The image step of `npm run build`. Before Astro: render (or reuse from the cache) every entry's
// images and each campaign's ZIP, and write the manifest the download pages read. After Astro,
// into the staging folder: link them in, and give every other page a generic link preview with
// its title, found from the built HTML itself so no page can be missed.
// One file per distinct image: jobs whose inputs are equal (a progress page's card and its
// headline chart image) share one cache file and one published path.
import fs from 'node:fs';
import sharp from 'sharp';
import path from 'node:path';
import { unescape } from 'html-escaper';
import type { ContentEntries } from '../../lib/content/entries.ts';
import { entryImageJobs, genericPageJob, type ImageJob } from '../../lib/images/entry-images.ts';
import { FORMATS } from '../../lib/images/formats.ts';
import { IMAGE_ROOT, PREVIEW_WIDTH, pdfPath, previewHeight, previewPath, thumbPath } from '../../lib/images/image-paths.ts';
import type { ImageManifest } from '../../lib/images/manifest.ts';
import { imageKey, rendererHashes, rendererOf, type RendererHashes } from './image-key.ts';
import { loadAssets } from './assets.ts';
import { renderInPool } from './render-pool.ts';
import { campaignZips, messageZips } from './campaign-zip.ts';
import { coverPhotos, type CoverFile } from './cover-photos.ts';
import { clearImageCacheLeftovers } from '../stale-files.ts';
import { publishFile } from './publish-file.ts';

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
  /** Cache key (file name without extension). */
  key: string;
  file: string;
  bytes: number;
  /** Small WebP preview for the download pages (the posters are megabytes); null when none. */
  preview: string | null;
  /** Print PDF with bleed (printed formats of messages and campaigns), and its size; null when none. */
  pdf: { file: string; bytes: number } | null;
  /** Site path the file is published at: the job's own path, or that of the first equal image. */
  canonical: string;
  /** Smaller square WebP for lists (a message's square image). */
  thumb?: string;
}

/** What the build shows while it draws: see progress.ts. */
export interface ImageProgress {
  start(total: number): void;
  tick(): void;
  done(): void;
}

/** Thumbnail side in pixels: twice the 80 px it is shown at on /thong-diep/, for sharp phone screens. */
export const THUMB_SIZE = 160;
const hasThumb = (job: ImageJob) => job.kind === 'thong-diep' && job.format === 'square' && !job.undated;

/**
 * Only the download pages show previews, and only campaigns and messages have download pages:
 * article and policy cards, generic cards and progress images need none (at the bench's size,
 * 4,000 article previews drawn and published for nothing).
 */
export const hasPreview = (job: ImageJob) => job.kind === 'thong-diep' || job.kind === 'chien-dich';
/** The printed formats of what the download pages offer get a print PDF beside the PNG. */
export const hasPdf = (job: ImageJob) => hasPreview(job) && FORMATS[job.format].print !== undefined;

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
  private readonly progress: ImageProgress | undefined;
  private readonly cropMarks: boolean;
  /** Names of the files in the cache folder, read once: a look-up is a Set query, not a stat. */
  private present: Set<string> | null = null;

  constructor(options: { root: string; logo: string; cacheDir: string; threads?: number; progress?: ImageProgress; cropMarks?: boolean }) {
    this.cropMarks = options.cropMarks ?? false;
    this.root = options.root;
    this.logo = options.logo;
    this.cacheDir = options.cacheDir;
    this.threads = options.threads;
    this.progress = options.progress;
    const assets = loadAssets(this.root, this.logo);
    this.renderer = rendererHashes(assets.fontBytes, assets.logo.bytes);
    fs.mkdirSync(this.cacheDir, { recursive: true });
    clearImageCacheLeftovers(this.cacheDir);
  }

  /** Cache file name of a job's PDF: crop marks are the site's choice, not part of the image. */
  private pdfName(key: string): string {
    return `${key}${this.cropMarks ? '.crop-marks' : ''}.pdf`;
  }

  private has(name: string): boolean {
    this.present ??= new Set(fs.readdirSync(this.cacheDir));
    return this.present.has(name);
  }

  /** A message square image's list thumbnail, made from its PNG once and cached beside it. */
  private async thumbnail(key: string, png: string): Promise<string> {
    const name = `${key}.thumb.webp`;
    const file = path.join(this.cacheDir, name);
    if (!this.has(name)) {
      // Written under a name of this process, then renamed: a killed build never leaves half a file.
      const temp = `${file}.${process.pid}.tmp`;
      await sharp(png).resize({ width: THUMB_SIZE }).webp({ quality: 75 }).toFile(temp);
      fs.renameSync(temp, file);
      this.present?.add(name);
    }
    return file;
  }

  /** The cache key of every job, and for each the site path of the first job with the same key. */
  plan(jobs: readonly ImageJob[]): { key: string; canonical: string }[] {
    const first = new Map<string, string>();
    return jobs.map((job) => {
      const key = imageKey(rendererOf(this.renderer, job.props), job.format, job.props);
      if (!first.has(key)) first.set(key, job.path);
      return { key, canonical: first.get(key)! };
    });
  }

  /**
   * Renders the jobs whose cache file is missing (each distinct image once); throws one
   * ImageError listing every failure. `select` limits what is drawn (a shard's share); the
   * others must then already be in the cache, and are returned only if they are.
   */
  async render(jobs: ImageJob[], select: (key: string) => boolean = () => true): Promise<CachedImage[]> {
    const planned = this.plan(jobs);
    const todo = new Map<string, { job: ImageJob; file: string; preview: string | null; pdf: string | null }>();
    planned.forEach(({ key }, i) => {
      const job = jobs[i]!;
      const preview = hasPreview(job) ? `${key}.preview.webp` : null;
      const pdf = hasPdf(job) ? this.pdfName(key) : null;
      // The worker writes preview and PDF before the PNG: a PNG in the cache has its preview
      // (a PDF is looked for on its own: the crop-mark choice can change).
      if ((this.has(`${key}.png`) && (!pdf || this.has(pdf))) || todo.has(key) || !select(key)) return;
      todo.set(key, { job, file: path.join(this.cacheDir, `${key}.png`), preview: preview && path.join(this.cacheDir, preview), pdf: pdf && path.join(this.cacheDir, pdf) });
    });
    const work = [...todo.values()];
    this.progress?.start(work.length);
    const replies = await renderInPool(
      work.map(({ job, file, preview, pdf }) => ({ format: job.format, props: job.props, file, preview, pdf, cropMarks: this.cropMarks })),
      { root: this.root, logo: this.logo, threads: this.threads, onReply: () => this.progress?.tick() },
    );
    this.progress?.done();
    const failures = replies.flatMap((reply, i) => {
      if (reply.ok) return [];
      const { job } = work[i]!;
      const f = FORMATS[job.format];
      return [`  • ${job.source} › ảnh ${job.format} (${f.width} × ${f.height}): ${reply.error}`];
    });
    if (failures.length > 0) throw new ImageError(`Lỗi khi tạo ảnh: chưa dựng trang. Sửa các chỗ sau rồi chạy lại (${failures.length}):\n${failures.join('\n')}`);
    const bytes = new Map<string, number>();
    replies.forEach((reply, i) => {
      const { file, pdf } = work[i]!;
      if (reply.ok) bytes.set(path.basename(file), reply.bytes);
      for (const f of [file, pdf]) if (f) this.present?.add(path.basename(f));
    });
    this.stats.rendered += work.length;
    const out: CachedImage[] = [];
    for (const [i, job] of jobs.entries()) {
      const { key, canonical } = planned[i]!;
      const name = `${key}.png`;
      if (!this.has(name)) continue; // another shard's image, not in this cache
      if (!todo.has(key)) this.stats.reused++;
      const file = path.join(this.cacheDir, name);
      let size = bytes.get(name);
      if (size === undefined) bytes.set(name, (size = fs.statSync(file).size));
      const pdfFile = hasPdf(job) && this.has(this.pdfName(key)) ? path.join(this.cacheDir, this.pdfName(key)) : null;
      const pdf = pdfFile ? { file: pdfFile, bytes: fs.statSync(pdfFile).size } : null;
      const thumb = hasThumb(job) ? await this.thumbnail(key, file) : undefined;
      out.push({ ...job, key, file, bytes: size, preview: hasPreview(job) ? path.join(this.cacheDir, `${key}.preview.webp`) : null, pdf, canonical, ...(thumb ? { thumb } : {}) });
    }
    return out;
  }
}

/** Phase 1, before Astro: entry images and campaign ZIPs; returns the manifest pages read. */
export async function prepareEntryImages(builder: ImageBuilder, entries: ContentEntries, moreJobs: ImageJob[] = []): Promise<{ images: CachedImage[]; zips: Map<string, string>; covers: Map<string, CoverFile>; manifest: ImageManifest }> {
  const { covers, problems } = await coverPhotos(entries, builder.cacheDir);
  if (problems.length > 0) throw new ImageError(`Lỗi ảnh bìa: chưa dựng trang. Sửa các chỗ sau rồi chạy lại (${problems.length}):\n${problems.join('\n')}`);
  const images = await builder.render([...entryImageJobs(entries), ...moreJobs]);
  const zips = new Map([...campaignZips(entries, images, builder.cacheDir), ...messageZips(entries, images, builder.cacheDir)]);
  const manifest: ImageManifest = {
    images: Object.fromEntries(
      images.map((img) => {
        const format = FORMATS[img.format];
        const shared = img.canonical !== img.path ? { file: img.canonical } : {};
        const pdf = img.pdf ? { pdf: { path: pdfPath(img.canonical), bytes: img.pdf.bytes } } : {};
        const thumb = img.thumb ? { thumb: thumbPath(img.canonical), thumbSize: THUMB_SIZE } : {};
        const preview = img.preview ? { preview: previewPath(img.canonical), previewWidth: PREVIEW_WIDTH, previewHeight: previewHeight(format) } : {};
        return [img.path, { format: img.format, width: format.width, height: format.height, bytes: img.bytes, ...preview, ...shared, ...pdf, ...thumb }];
      }),
    ),
    zips: Object.fromEntries([...zips].map(([sitePath, file]) => [sitePath, { bytes: fs.statSync(file).size }])),
    covers: Object.fromEntries([...covers].map(([id, { path: sitePath, width, height }]) => [id, { path: sitePath, width, height }])),
  };
  return { images, zips, covers, manifest };
}

const META = (property: string) => new RegExp(`<meta property="${property}" content="([^"]*)"`);

/** The start of a page, where its <head> and so its og: tags are: no need to read 30,000 whole pages. */
function pageHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(32_768);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('utf8');
    const end = text.indexOf('</head>');
    // A head longer than the buffer (unlikely): read the whole page.
    return end >= 0 ? text.slice(0, end) : fs.readFileSync(file, 'utf8');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The generic preview card each built page without an image of its own needs, from its head
 * tags. With `published`, every other page's og:image must already be in `outDir`.
 */
export function genericJobsOf(outDir: string, entries: ContentEntries, published = true): ImageJob[] {
  const site = entries.site!;
  const wanted = new Map<string, ImageJob>();
  const seen = new Set<string>();
  // The editor at /admin/ is a tool for staff, not a page to share: no link preview.
  const pages = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith(`admin${path.sep}`)).sort();
  for (const page of pages) {
    const head = pageHead(path.join(outDir, page));
    const image = META('og:image').exec(head)?.[1];
    if (!image) throw new ImageError(`Trang ${page} không có thẻ og:image (ảnh xem trước).`);
    const imagePath = new URL(unescape(image)).pathname;
    if (seen.has(imagePath)) continue;
    seen.add(imagePath);
    if (!imagePath.startsWith(`${IMAGE_ROOT}trang/`)) {
      if (published && !fs.existsSync(path.join(outDir, imagePath))) throw new ImageError(`Trang ${page}: ảnh xem trước ${imagePath} không được tạo.`);
      continue;
    }
    const title = unescape(META('og:title').exec(head)?.[1] ?? site.name);
    const pageUrl = new URL(unescape(META('og:url').exec(head)?.[1] ?? site.baseUrl)).pathname;
    wanted.set(imagePath, genericPageJob(site, pageUrl, imagePath, title));
  }
  return [...wanted.values()];
}

/** Phase 2, after Astro: links entry images and ZIPs in, then renders each generic page's preview. */
export async function finishImages(builder: ImageBuilder, outDir: string, entries: ContentEntries, prepared: { images: CachedImage[]; zips: Map<string, string>; covers?: Map<string, CoverFile> }): Promise<void> {
  const publish = (images: CachedImage[]) => {
    for (const img of images) {
      if (img.canonical !== img.path) continue;
      publishFile(img.file, path.join(outDir, img.path));
      if (img.preview) publishFile(img.preview, path.join(outDir, previewPath(img.path)));
      if (img.pdf) publishFile(img.pdf.file, path.join(outDir, pdfPath(img.path)));
      if (img.thumb) publishFile(img.thumb, path.join(outDir, thumbPath(img.path)));
    }
  };
  for (const cover of prepared.covers?.values() ?? []) publishFile(cover.file, path.join(outDir, cover.path));
  publish(prepared.images);
  for (const [sitePath, file] of prepared.zips) publishFile(file, path.join(outDir, sitePath));
  publish(await builder.render(genericJobsOf(outDir, entries)));
}
