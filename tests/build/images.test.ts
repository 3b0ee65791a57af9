// The image step of the build, on the small fixture with its own empty cache: every page's
// preview exists at 1200×630, download pages and the ZIP list every format, the poster's QR code
// decodes to its page, a warm rebuild renders nothing, one changed message re-renders only its
// own images, and a text that cannot fit stops the build naming file and format.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { unzipSync } from 'fflate';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { FORMAT_NAMES, FORMATS } from '../../src/lib/images/formats.ts';
import { campaignZipPath, imagePath, pdfPath } from '../../src/lib/images/image-paths.ts';
import { ROOT, buildSite, snapshotFolder, tempDir, type BuildResult } from '../helpers/build-site.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/content-small');
const work = tempDir('images');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');
const entries = checkContent(readContentSources(SMALL)).entries;
const message = entries.messages[0]!;
const campaign = entries.campaigns[0]!;
let first: BuildResult;
const savedCache = process.env.LOA_IMAGE_CACHE;

function counts(result: BuildResult): { rendered: number; reused: number } {
  const match = /Ảnh: vẽ mới (\d+), dùng lại (\d+)/.exec(result.stdout);
  if (!match) throw new Error(`no image summary in:\n${result.stdout}\n${result.stderr}`);
  return { rendered: Number(match[1]), reused: Number(match[2]) };
}

function pages(): string[] {
  // The editor at /admin/ is not a public page (tests/build/admin.test.ts covers it).
  return fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
}

beforeAll(() => {
  fs.cpSync(SMALL, content, { recursive: true });
  process.env.LOA_IMAGE_CACHE = path.join(work, 'cache');
  first = buildSite(outDir, content);
  expect(first.status, first.stderr).toBe(0);
});

afterAll(() => {
  if (savedCache === undefined) delete process.env.LOA_IMAGE_CACHE;
  else process.env.LOA_IMAGE_CACHE = savedCache;
});

describe('images in the build', () => {
  test('every built page has an og:image that exists at 1200×630, with size and alt tags', async () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(10);
    for (const page of list) {
      const $ = load(fs.readFileSync(path.join(outDir, page), 'utf8'));
      const url = $('meta[property="og:image"]').attr('content');
      expect(url, page).toMatch(new RegExp(`^${entries.site!.baseUrl}/anh/`));
      expect($('meta[name="twitter:image"]').attr('content')).toBe(url);
      expect($('meta[property="og:image:width"]').attr('content')).toBe(String(FORMATS.og.width));
      expect($('meta[property="og:image:height"]').attr('content')).toBe(String(FORMATS.og.height));
      expect($('meta[property="og:image:alt"]').attr('content')?.length).toBeGreaterThan(3);
      const meta = await sharp(path.join(outDir, new URL(url!).pathname)).metadata();
      expect([meta.width, meta.height], page).toEqual([FORMATS.og.width, FORMATS.og.height]);
    }
  });

  test('the message and campaign download pages link every format, and the files exist at their sizes', async () => {
    for (const [kind, id, page] of [['thong-diep', message.id, `thong-diep/${message.id}/an-pham/index.html`], ['chien-dich', campaign.id, `chien-dich/${campaign.id}/an-pham/index.html`]] as const) {
      const $ = load(fs.readFileSync(path.join(outDir, page), 'utf8'));
      for (const format of FORMAT_NAMES) {
        const href = imagePath(kind, id, format);
        expect($(`a[href="${href}"]`).length, `${page} → ${href}`).toBe(1);
        const meta = await sharp(path.join(outDir, href)).metadata();
        expect([meta.width, meta.height]).toEqual([FORMATS[format].width, FORMATS[format].height]);
      }
      // Previews are small files with their size in the tag, never the posters themselves.
      $('.image-downloads img').each((_, img) => {
        expect(img.attribs.src).toMatch(/\.xem-truoc\.webp$/);
        expect(Number(img.attribs.width)).toBeGreaterThan(0);
        expect(fs.statSync(path.join(outDir, img.attribs.src!)).size).toBeLessThan(200_000);
      });
    }
    const messagePage = load(fs.readFileSync(path.join(outDir, `thong-diep/${message.id}/index.html`), 'utf8'));
    expect(messagePage(`a[href="/thong-diep/${message.id}/an-pham/"]`).length).toBe(1);
  });

  test('the campaign ZIP holds the campaign’s and its messages’ materials, byte for byte: screen images as PNG, printed formats as their print PDF', () => {
    const zip = unzipSync(fs.readFileSync(path.join(outDir, campaignZipPath(campaign.id))));
    const screen = ['og', 'square', 'story'];
    const printed = ['poster-a4', 'poster-a3', 'banner', 'standee'];
    expect([...screen, ...printed].sort()).toEqual([...FORMAT_NAMES].sort());
    const expected = [`chien-dich-${campaign.id}/${campaign.id}`, `thong-diep-${message.id}/${message.id}`].flatMap((stem) => [...screen.map((f) => `${stem}-${f}.png`), ...printed.map((f) => `${stem}-${f}.pdf`)]).sort();
    expect(Object.keys(zip).sort()).toEqual(expected);
    const poster = zip[`thong-diep-${message.id}/${message.id}-poster-a4.pdf`]!;
    expect(Buffer.from(poster).subarray(0, 5).toString()).toBe('%PDF-');
    expect(Buffer.from(poster).equals(fs.readFileSync(path.join(outDir, pdfPath(imagePath('thong-diep', message.id, 'poster-a4')))))).toBe(true);
    const square = zip[`thong-diep-${message.id}/${message.id}-square.png`]!;
    expect(Buffer.from(square).equals(fs.readFileSync(path.join(outDir, imagePath('thong-diep', message.id, 'square'))))).toBe(true);
  });

  test('the printed poster’s QR code decodes to the message page', async () => {
    const file = path.join(outDir, imagePath('thong-diep', message.id, 'poster-a4'));
    const { data, info } = await sharp(file).resize(1240).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(new URL(`/thong-diep/${message.id}/`, entries.site!.baseUrl).href);
  });

  test('a cold build renders every image; a warm rebuild renders none and gives the same files', () => {
    expect(counts(first).rendered).toBeGreaterThan(0);
    expect(counts(first).reused).toBe(0);
    const before = snapshotFolder(path.join(outDir, 'anh'));
    const second = buildSite(outDir, content);
    expect(second.status, second.stderr).toBe(0);
    expect(counts(second)).toEqual({ rendered: 0, reused: counts(first).rendered });
    expect(snapshotFolder(path.join(outDir, 'anh'))).toEqual(before);
  });

  test('changing one message re-renders only that message’s images (and its download page’s preview)', () => {
    const file = path.join(content, 'messages', `${message.id}.mdx`);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(message.data.text, `${message.data.text} Hỏi cán bộ thu ở xã.`));
    const result = buildSite(outDir, content);
    expect(result.status, result.stderr).toBe(0);
    // Every format of the message, dated and undated, plus the generic preview of its download
    // page, whose title is the message text. Nothing else depends on the text.
    expect(counts(result).rendered).toBe(2 * FORMAT_NAMES.length + 1);
  });

  test('a text that cannot fit stops the build, naming the file and the format, and keeps dist/', () => {
    const before = snapshotFolder(outDir);
    const file = path.join(content, 'messages', `${message.id}.mdx`);
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace(/^text: .*$/m, `text: "Tham gia ${'BHXH'.repeat(50)}"`));
    const result = buildSite(outDir, content);
    fs.writeFileSync(file, original);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Lỗi khi tạo ảnh');
    expect(result.stderr).toMatch(new RegExp(`messages/${message.id}\\.mdx › ảnh og \\(1200 × 630\\): Nội dung chính quá dài`));
    expect(result.stderr).toContain('được giữ nguyên');
    expect(snapshotFolder(outDir)).toEqual(before);
  });
});
