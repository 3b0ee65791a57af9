import { foldMarks } from '../format/text.ts';

// Every public URL of the site is built here, so links and pages never disagree.

export const routes = {
  home: () => '/',
  campaigns: () => '/chien-dich/',
  campaign: (id: string) => `/chien-dich/${id}/`,
  messages: () => '/thong-diep/',
  message: (id: string) => `/thong-diep/${id}/`,
  policies: () => '/chinh-sach/',
  policy: (id: string) => `/chinh-sach/${id}/`,
  articles: (page = 1) => (page <= 1 ? '/bai-viet/' : `/bai-viet/${page}/`),
  article: (id: string) => `/bai-viet/${id}/`,
  audiences: () => '/doi-tuong/',
  audience: (id: string) => `/doi-tuong/${id}/`,
  tags: () => '/the/',
  tag: (tag: string) => `/the/${tagSlug(tag)}/`,
  index: () => '/a-z/',
  search: () => '/tim-kiem/',
  rss: () => '/rss.xml',
  calculator: () => '/tinh-muc-dong/',
  pension: () => '/tinh-luong-huu/',
  enrol: () => '/dang-ky/',
} as const;

/** URL segment for a tag: "tháng cao điểm" → "thang-cao-diem". */
export function tagSlug(tag: string): string {
  return foldMarks(tag)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Absolute URL of a site path, for canonical links, feeds and QR codes. */
export function absoluteUrl(baseUrl: string, pathname: string): string {
  return new URL(pathname, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}
