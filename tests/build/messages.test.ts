// Materials one tap away, on the example build: the message list shows each slogan once with its
// thumbnail, campaigns and dates; a message page has its image and direct downloads on the first
// screen of a 360 px phone; each message has its ZIP and undated variants; the download pages warn
// staff while site.yaml holds the example identity.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { readPage } from '../helpers/build-site.ts';
import { FORMAT_NAMES, FORMATS } from '../../src/lib/images/formats.ts';
import { downloadFileName, imagePath, messageZipPath, pdfPath, undatedImagePath } from '../../src/lib/images/image-paths.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';

const { dist, stdout, stderr } = inject('exampleBuild');

describe('the message list (/thong-diep/)', () => {
  const $ = load(readPage(dist, '/thong-diep/'));
  const items = $('.message-list > li');

  test('shows the 17 example messages as 14 slogans: the shared ones once', () => {
    // bac-giang-2023-1 = le-ra-quan-2020-5 = tho-xuong-2024-1 and bac-giang-2023-2 = tho-xuong-2024-2.
    expect(items.length).toBe(14);
    const shared = items.filter((_, li) => $(li).text().includes('chế độ hưu trí ưu việt'));
    expect(shared.length).toBe(1);
    expect(shared.find('.meta-line').text()).toContain('Dùng trong 3 chiến dịch');
    expect(shared.find('.meta-line a').map((_, a) => a.attribs.href).get()).toEqual(['/thong-diep/tho-xuong-2024-1/', '/thong-diep/bac-giang-2023-1/', '/thong-diep/le-ra-quan-2020-5/']);
    expect(shared.find('.meta-line').text()).toContain('(24/4/2024 – 31/5/2024)');
  });

  test('each slogan has a small square WebP thumbnail, lazy, with its size set', async () => {
    for (const li of items.toArray()) {
      const img = $(li).find('img');
      expect(img.attr('loading')).toBe('lazy');
      expect([img.attr('width'), img.attr('height')]).toEqual(['80', '80']);
      const file = path.join(dist, img.attr('src')!);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', 160, 160]);
      expect(fs.statSync(file).size).toBeLessThan(15_000);
    }
  });
});

describe('a message page', () => {
  const id = 'le-ra-quan-2020-7'; // the longest example slogan
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(dist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('links the Facebook/Zalo image, the square post, the A4 poster and the ZIP as direct downloads', () => {
    const $ = load(readPage(dist, `/thong-diep/${id}/`));
    for (const sitePath of [imagePath('thong-diep', id, 'og'), imagePath('thong-diep', id, 'square'), imagePath('thong-diep', id, 'poster-a4'), messageZipPath(id)]) {
      const link = $(`.quick-downloads a[href="${sitePath}"]`);
      expect(link.length, sitePath).toBe(1);
      expect(link.attr('download')).toBe(downloadFileName(sitePath));
      expect(fs.existsSync(path.join(dist, sitePath))).toBe(true);
    }
    expect($('.quick-downloads img').attr('alt')).toContain('Hãy tham gia bảo hiểm xã hội ngay hôm nay');
  });

  test('its image and the three download buttons are on the first screen of a 360 × 780 phone', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 } });
    await page.goto(`${server.origin}/thong-diep/${id}/`);
    const boxes = await page.locator('.quick-downloads img, .quick-downloads a.button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom));
    await page.close();
    expect(boxes.length).toBe(5);
    for (const bottom of boxes.slice(0, 4)) expect(bottom).toBeLessThanOrEqual(780);
  });

  test('has a ZIP with every format, dated and undated, byte for byte (printed formats as their print PDF)', () => {
    const zip = unzipSync(fs.readFileSync(path.join(dist, messageZipPath(id))));
    const ext = (f: string) => (['poster-a4', 'poster-a3', 'banner', 'standee'].includes(f) ? 'pdf' : 'png');
    const expected = FORMAT_NAMES.flatMap((f) => [`${id}-${f}.${ext(f)}`, `${id}-${f}-khong-ngay.${ext(f)}`]).sort();
    expect(Object.keys(zip).sort()).toEqual(expected);
    expect(Buffer.from(zip[`${id}-poster-a4-khong-ngay.pdf`]!).equals(fs.readFileSync(path.join(dist, pdfPath(undatedImagePath(id, 'poster-a4')))))).toBe(true);
    expect(Buffer.from(zip[`${id}-story-khong-ngay.png`]!).equals(fs.readFileSync(path.join(dist, undatedImagePath(id, 'story'))))).toBe(true);
  });
});

describe('undated variants and the download page', () => {
  const id = 'bac-giang-2023-1';
  test('every format has an undated variant at its size, different from the dated image', async () => {
    for (const format of FORMAT_NAMES) {
      const file = path.join(dist, undatedImagePath(id, format));
      const meta = await sharp(file).metadata();
      expect([meta.width, meta.height], format).toEqual([FORMATS[format].width, FORMATS[format].height]);
      expect(fs.readFileSync(file).equals(fs.readFileSync(path.join(dist, imagePath('thong-diep', id, format)))), format).toBe(false);
    }
  });

  test('the download page lists the undated variants and the message ZIP, and tells staff about the sample identity', () => {
    const $ = load(readPage(dist, `/thong-diep/${id}/an-pham/`));
    for (const format of FORMAT_NAMES) expect($(`a[href="${undatedImagePath(id, format)}"]`).length, format).toBe(1);
    expect($(`a[href="${messageZipPath(id)}"]`).length).toBe(1);
    const notice = $('.placeholder-warning');
    expect(notice.text()).toContain('trang đang dùng thông tin mẫu');
    expect(notice.text()).toContain('https://loa.example');
    expect(notice.attr('data-pagefind-ignore')).toBe('all');
  });

  test('the build warns loudly about the sample identity', () => {
    const log = stdout + stderr;
    expect(log).toContain('content/site.yaml còn thông tin MẪU');
    expect(log).toContain('baseUrl: https://loa.example');
  });
});
