// Where every generated image lives in the built site, and which image a page uses as its link
// preview. Entry pages use their entry's own images; every other page (lists, A–Z, tags, 404,
// download pages) gets a generic card with its own title under /anh/trang/.
import type { FormatName } from './formats.ts';

export const IMAGE_ROOT = '/anh/';
export type ImageKind = 'thong-diep' | 'chien-dich' | 'bai-viet' | 'chinh-sach' | 'trang' | 'tien-do';

/** Site path of one image, e.g. /anh/thong-diep/bac-giang-2023-1/poster-a4.png. */
export function imagePath(kind: ImageKind, id: string, format: FormatName): string {
  return `${IMAGE_ROOT}${kind}/${id}/${format}.png`;
}

/** File name a download is saved under: folder and file, e.g. "bac-giang-2023-1-poster-a4.png". */
export function downloadFileName(sitePath: string): string {
  return sitePath.split('/').slice(-2).join('-');
}

/**
 * Site path of a message image without campaign name or dates (reusable next year), e.g.
 * /anh/thong-diep/bac-giang-2023-1/poster-a4-khong-ngay.png.
 */
export function undatedImagePath(id: string, format: FormatName): string {
  return `${IMAGE_ROOT}thong-diep/${id}/${format}-khong-ngay.png`;
}

/** Site path of one message's ZIP: every format, dated and undated. */
export function messageZipPath(messageId: string): string {
  return `${IMAGE_ROOT}thong-diep/${messageId}/${messageId}-an-pham.zip`;
}

/** Site path of an image's thumbnail for lists: /anh/…/square.png → /anh/…/square.nho.webp. */
export function thumbPath(imageSitePath: string): string {
  return imageSitePath.replace(/\.png$/, '.nho.webp');
}

/** Site path of a campaign's ZIP with all its materials. */
export function campaignZipPath(campaignId: string): string {
  return `${IMAGE_ROOT}chien-dich/${campaignId}/${campaignId}-an-pham.zip`;
}

/** Segment for a generic page's image: "/" → "trang-chu", "/bai-viet/2/" → "bai-viet-2". */
export function pageImageId(pagePath: string): string {
  const id = pagePath
    .replace(/\/index\.html$|\.html$/, '')
    .split('/')
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-');
  return id || 'trang-chu';
}

const ENTRY_PAGE = /^\/(thong-diep|chien-dich|bai-viet|chinh-sach)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const PROGRESS_PAGE = new RegExp(`^/tien-do/(${SLUG})/(?:(${SLUG})/)?$`);

/** The og:image of a page, by its path. Article list pages (/bai-viet/2/) are generic pages. */
export function pageImagePath(pagePath: string): { path: string; generic: boolean } {
  // Progress pages (/tien-do/<campaign>/ and /tien-do/<campaign>/<unit>/) have their own card.
  const progress = PROGRESS_PAGE.exec(pagePath);
  if (progress) return { path: imagePath('tien-do', progress[2] ? `${progress[1]}/${progress[2]}` : progress[1]!, 'og'), generic: false };
  const match = ENTRY_PAGE.exec(pagePath);
  if (match && !(match[1] === 'bai-viet' && /^\d+$/.test(match[2]!))) {
    return { path: imagePath(match[1] as ImageKind, match[2]!, 'og'), generic: false };
  }
  return { path: imagePath('trang', pageImageId(pagePath), 'og'), generic: true };
}

/** Site path of an image's print PDF: /anh/…/poster-a3.png → /anh/…/poster-a3.pdf. */
export function pdfPath(imageSitePath: string): string {
  return imageSitePath.replace(/\.png$/, '.pdf');
}

/** Width of the small previews on the download pages (the posters themselves are megabytes). */
export const PREVIEW_WIDTH = 360;

/** Height of a format's preview, its aspect kept. */
export function previewHeight(format: { width: number; height: number }): number {
  return Math.round((PREVIEW_WIDTH * format.height) / format.width);
}

/** Site path of an image's small preview: /anh/…/poster-a4.png → /anh/…/poster-a4.xem-truoc.webp. */
export function previewPath(imageSitePath: string): string {
  return imageSitePath.replace(/\.png$/, '.xem-truoc.webp');
}
