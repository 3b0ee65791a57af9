import { describe, expect, test } from 'vitest';
import { campaignZipPath, downloadFileName, imagePath, messageZipPath, pageImageId, pageImagePath, pdfPath, previewHeight, previewPath, thumbPath, undatedImagePath } from '../../../src/lib/images/image-paths.ts';
import { FORMATS, isFormatName } from '../../../src/lib/images/formats.ts';
import { pageImageMeta } from '../../../src/lib/images/page-image-meta.ts';
import { formatFileSize, formatPixels } from '../../../src/lib/images/file-size.ts';

describe('image paths', () => {
  test('a download is saved under its folder and file name, so the files of one page stay apart', () => {
    expect(downloadFileName(imagePath('thong-diep', 'bac-giang-2023-1', 'poster-a4'))).toBe('bac-giang-2023-1-poster-a4.png');
    expect(downloadFileName('/anh/tien-do/bac-giang-2023/luc-ngan/og.png')).toBe('luc-ngan-og.png');
  });

  test('entry pages use their entry image', () => {
    expect(pageImagePath('/thong-diep/bac-giang-2023-1/')).toEqual({ path: imagePath('thong-diep', 'bac-giang-2023-1', 'og'), generic: false });
    expect(pageImagePath('/chinh-sach/la-gi/').path).toBe('/anh/chinh-sach/la-gi/og.png');
  });

  test('lists, pagination, tags, download pages and 404 get a generic card of their own', () => {
    expect(pageImagePath('/')).toEqual({ path: '/anh/trang/trang-chu/og.png', generic: true });
    expect(pageImagePath('/bai-viet/2/').path).toBe('/anh/trang/bai-viet-2/og.png');
    expect(pageImagePath('/the/hoi-dap/').path).toBe('/anh/trang/the-hoi-dap/og.png');
    expect(pageImagePath('/thong-diep/x-1/an-pham/').path).toBe('/anh/trang/thong-diep-x-1-an-pham/og.png');
    expect(pageImageId('/404')).toBe('404');
  });

  test('meta: absolute URL, size, alt, and the square image only on entry pages', () => {
    const meta = pageImageMeta('https://bhxh.example.vn', '/chien-dich/a-2024/', 'Chiến dịch A', 'Loa');
    expect(meta).toEqual({ url: 'https://bhxh.example.vn/anh/chien-dich/a-2024/og.png', width: 1200, height: 630, alt: 'Chiến dịch A — Loa', square: '/anh/chien-dich/a-2024/square.png' });
    expect(pageImageMeta('https://bhxh.example.vn', '/a-z/', 'Mục lục', 'Loa').square).toBeUndefined();
  });

  test('zip, preview and vi-VN sizes', () => {
    expect(campaignZipPath('a-2024')).toBe('/anh/chien-dich/a-2024/a-2024-an-pham.zip');
    expect(previewPath('/anh/x/y/og.png')).toBe('/anh/x/y/og.xem-truoc.webp');
    // Non-breaking spaces: a size or a pixel count never wraps apart from its unit on a phone.
    expect(formatFileSize(436_163)).toBe('436\u00a0KB');
    expect(formatFileSize(24_910_825)).toBe('24,9\u00a0MB');
    expect(formatFileSize(900)).toBe('900\u00a0byte');
    // At each unit's first value the larger unit takes over: never "1.000 byte" or "1.000 KB".
    expect(formatFileSize(999)).toBe('999\u00a0byte');
    expect(formatFileSize(1000)).toBe('1\u00a0KB');
    expect(formatFileSize(999_499)).toBe('999\u00a0KB');
    expect(formatFileSize(999_500)).toBe('1\u00a0MB');
    expect(formatFileSize(1_000_000)).toBe('1\u00a0MB');
    expect(formatFileSize(1_050_000)).toBe('1,1\u00a0MB');
    expect(formatPixels(2480, 3508)).toBe('2.480\u00a0×\u00a03.508\u00a0px');
  });

  test('the files beside an image: undated variant, ZIP, thumbnail, print PDF, preview, each next to its PNG', () => {
    expect(imagePath('thong-diep', 'bac-giang-2023-1', 'poster-a4')).toBe('/anh/thong-diep/bac-giang-2023-1/poster-a4.png');
    expect(undatedImagePath('bac-giang-2023-1', 'poster-a4')).toBe('/anh/thong-diep/bac-giang-2023-1/poster-a4-khong-ngay.png');
    expect(messageZipPath('bac-giang-2023-1')).toBe('/anh/thong-diep/bac-giang-2023-1/bac-giang-2023-1-an-pham.zip');
    expect(thumbPath('/anh/thong-diep/bac-giang-2023-1/square.png')).toBe('/anh/thong-diep/bac-giang-2023-1/square.nho.webp');
    expect(pdfPath('/anh/chien-dich/a-2024/poster-a3.png')).toBe('/anh/chien-dich/a-2024/poster-a3.pdf');
    // Only the ending changes: a ".png" inside a folder name stays.
    expect(pdfPath('/anh/trang/a.png-b/og.png')).toBe('/anh/trang/a.png-b/og.pdf');
    expect(thumbPath('/anh/trang/a.png-b/og.png')).toBe('/anh/trang/a.png-b/og.nho.webp');
    expect(previewPath('/anh/trang/a.png-b/og.png')).toBe('/anh/trang/a.png-b/og.xem-truoc.webp');
  });

  test('a preview is 360 px wide with its format’s shape, by hand for every format', () => {
    // 360 × height ÷ width, rounded: og 189, square 360, story 640, A4 509,2 → 509, A3 509,1 → 509, banner 72, standee 899,8 → 900.
    expect(Object.fromEntries(Object.values(FORMATS).map((f) => [f.name, previewHeight(f)]))).toEqual({ og: 189, square: 360, story: 640, 'poster-a4': 509, 'poster-a3': 509, banner: 72, standee: 900 });
  });

  test('a format name is one of the seven, written exactly', () => {
    expect(['og', 'square', 'story', 'poster-a4', 'poster-a3', 'banner', 'standee'].every(isFormatName)).toBe(true);
    expect(['OG', 'a4', 'poster', '', 'og.png'].some(isFormatName)).toBe(false);
  });

  test('a progress page below the levels with images shares its ancestor’s card: that card, and its title in the alt text', () => {
    const meta = pageImageMeta('https://bhxh.example.vn', '/tien-do/bac-giang-2023/luc-ngan/tan-moc/', 'Tiến độ xã Tân Mộc', 'Loa', { path: '/anh/tien-do/bac-giang-2023/luc-ngan/og.png', title: 'Tiến độ huyện Lục Ngạn' });
    expect(meta).toEqual({ url: 'https://bhxh.example.vn/anh/tien-do/bac-giang-2023/luc-ngan/og.png', width: 1200, height: 630, alt: 'Tiến độ huyện Lục Ngạn — Loa' });
  });

  test('the home page’s card alt is the site name alone, not "Loa — Loa"', () => {
    expect(pageImageMeta('https://bhxh.example.vn', '/', 'Loa', 'Loa')).toEqual({ url: 'https://bhxh.example.vn/anh/trang/trang-chu/og.png', width: 1200, height: 630, alt: 'Loa' });
  });

  test('a generic page’s image folder: from its path, .html dropped, anything but a–z, 0–9 and "-" turned into one "-"', () => {
    expect(pageImageId('/a-z/index.html')).toBe('a-z');
    expect(pageImageId('/404.html')).toBe('404');
    expect(pageImageId('/the/Hỏi đáp/')).toBe('the-h-i-p');
    expect(pageImageId('/index.html.bak/')).toBe('index-html-bak');
    expect(pageImageId('')).toBe('trang-chu');
  });

  test('only an article list page (/bai-viet/<number>/) is generic: an article whose name starts with digits keeps its image', () => {
    expect(pageImagePath('/bai-viet/12/')).toEqual({ path: '/anh/trang/bai-viet-12/og.png', generic: true });
    expect(pageImagePath('/bai-viet/2024-ra-quan/')).toEqual({ path: '/anh/bai-viet/2024-ra-quan/og.png', generic: false });
    expect(pageImagePath('/bai-viet/ra-quan-2/')).toEqual({ path: '/anh/bai-viet/ra-quan-2/og.png', generic: false });
    expect(pageImagePath('/chien-dich/2024/')).toEqual({ path: '/anh/chien-dich/2024/og.png', generic: false });
    expect(pageImagePath('/tien-do/bac-giang-2023/luc-ngan/')).toEqual({ path: '/anh/tien-do/bac-giang-2023/luc-ngan/og.png', generic: false });
  });

  test('the square image of an entry page sits beside its og image', () => {
    expect(pageImageMeta('https://bhxh.example.vn', '/thong-diep/og/', 'Thông điệp', 'Loa').square).toBe('/anh/thong-diep/og/square.png');
  });
});

