// Determinism gate: two clean builds of the same commit (each with a fresh Astro cache, into
// different folders) produce byte-identical sites: no timestamps, stable order, stable bytes.
// The Pagefind index is rebuilt by each build, so the file-for-file comparison covers it. The
// image cache (node_modules/.cache/loa-images) is shared by both builds, so the second test
// renders one image of every format and kind afresh (entry images, a generic page card, progress
// cards, chart images), in an empty cache, and compares its bytes with the first build's (a
// whole second cold render would add minutes to every test run), and remakes each campaign ZIP.
import fs from 'node:fs';
import { load } from 'cheerio';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { buildSite, snapshotFolder, tempDir, ROOT } from '../helpers/build-site.ts';
import { runContentCheck } from '../../src/integrations/run-content-check.ts';
import { ImageBuilder, hasPdf } from '../../src/integrations/images/build-images.ts';
import { campaignZips } from '../../src/integrations/images/campaign-zip.ts';
import { progressJobs } from '../../src/integrations/images/progress-jobs.ts';
import { entryImageJobs, genericPageJob, type ImageJob } from '../../src/lib/images/entry-images.ts';
import { pdfPath } from '../../src/lib/images/image-paths.ts';

describe('identical rebuilds', () => {
  test('a second clean build is byte-identical to the first, file for file', () => {
    const first = inject('exampleBuild');
    expect(first.status).toBe(0);
    const root = tempDir('rebuild');
    const second = buildSite(path.join(root, 'dist'), undefined, { cacheDir: path.join(root, 'astro-cache') });
    expect(second.stderr).not.toMatch(/Lỗi/);
    expect(second.status).toBe(0);

    const a = snapshotFolder(first.dist);
    const b = snapshotFolder(path.join(root, 'dist'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a.keys()].filter((file) => a.get(file) !== b.get(file));
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(50);
  });
});

describe('identical images and search index', () => {
  const { dist } = inject('exampleBuild');

  test('the search index is part of the compared site', () => {
    const files = [...snapshotFolder(dist).keys()];
    expect(files.filter((f) => f.startsWith('pagefind/') && /\.pf_(index|meta|fragment)$/.test(f)).length).toBeGreaterThan(0);
  });

  test('one image of every format and kind, rendered afresh in an empty cache, has the bytes of the built one', async () => {
    const { entries } = runContentCheck(path.join(ROOT, 'content'), () => {});
    const seen = new Set<string>();
    const sample = entryImageJobs(entries).filter((job) => !seen.has(`${job.format}|${job.kind}`) && seen.add(`${job.format}|${job.kind}`));
    // A generic page card (pages without their own image), drawn from the page's own meta as the build does.
    const searchPage = load(fs.readFileSync(path.join(dist, 'tim-kiem/index.html'), 'utf8'));
    const meta = (property: string) => searchPage(`meta[property="${property}"]`).attr('content')!;
    const cardPath = new URL(meta('og:image')).pathname;
    expect(cardPath.startsWith('/anh/trang/')).toBe(true);
    sample.push(genericPageJob(entries.site!, new URL(meta('og:url')).pathname, cardPath, meta('og:title')));
    // Progress pages: one unit card and one headline and one ranking chart image in each format.
    const progressKind = (job: ImageJob) => /-(tong-quan|xep-hang)-[a-z0-9-]+\.png$/.exec(job.path)?.[1] ?? 'the';
    const progressSeen = new Set<string>();
    const progress = progressJobs(path.join(ROOT, 'content'), entries).jobs.filter((job) => !progressSeen.has(`${job.format}|${progressKind(job)}`) && progressSeen.add(`${job.format}|${progressKind(job)}`));
    expect([...progressSeen].sort()).toEqual(['og|the', 'og|tong-quan', 'og|xep-hang', 'square|the', 'square|tong-quan', 'square|xep-hang']);
    sample.push(...progress);
    expect(sample.length).toBeGreaterThanOrEqual(13);
    const builder = new ImageBuilder({ root: ROOT, logo: entries.site!.logo, cacheDir: tempDir('fresh-images'), threads: 1 });
    const fresh = await builder.render(sample);
    // A progress card and its headline chart image can be the same picture: drawn once, one file.
    expect(builder.stats.rendered).toBe(new Set(fresh.map((image) => image.file)).size);
    expect(builder.stats.rendered).toBeGreaterThanOrEqual(sample.length - 2);
    for (const image of fresh) {
      // Equal images are published once, at the first one's path (image.canonical).
      const built = fs.readFileSync(path.join(dist, image.canonical));
      expect(fs.readFileSync(image.file).equals(built), `${image.path} (${image.format})`).toBe(true);
    }
  });

  test('each campaign ZIP, made afresh from the built images in an empty cache, has the bytes of the built one', () => {
    // The ZIP is cached like the images, so the built one may be days old: a timestamp or an
    // unstable order inside it would show here.
    const { entries } = runContentCheck(path.join(ROOT, 'content'), () => {});
    // Printed formats go in as their print PDF, published beside the PNG.
    const images = entryImageJobs(entries).map((job) => ({ ...job, key: '', file: path.join(dist, job.path), bytes: 0, preview: null, pdf: hasPdf(job) ? { file: path.join(dist, pdfPath(job.path)), bytes: 0 } : null, canonical: job.path }));
    const zips = campaignZips(entries, images, tempDir('fresh-zips'));
    expect(zips.size).toBe(entries.campaigns.length);
    for (const [sitePath, file] of zips) {
      expect(fs.readFileSync(file).equals(fs.readFileSync(path.join(dist, sitePath))), sitePath).toBe(true);
    }
  });
});
