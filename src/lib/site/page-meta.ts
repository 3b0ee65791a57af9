// The meta tags every page carries: title, description, canonical URL and Open Graph.
import { truncateWords } from '../format/text.ts';
import { absoluteUrl } from './routes.ts';

export interface PageMetaInput {
  siteName: string;
  baseUrl: string;
  /** Page title without the site name; omitted on the home page. */
  title?: string;
  description: string;
  /** Site path of the page, e.g. /chinh-sach/la-gi/. */
  path: string;
  type?: 'website' | 'article';
}

export interface PageMeta {
  title: string;
  description: string;
  canonical: string;
  og: { title: string; description: string; url: string; type: string; siteName: string; locale: string };
}

/** Computes the head metadata of one page; descriptions are cut at a word near 160 characters. */
export function pageMeta(input: PageMetaInput): PageMeta {
  const title = input.title ? `${input.title} — ${input.siteName}` : input.siteName;
  const description = truncateWords(input.description.replace(/\s+/g, ' ').trim(), 160);
  const canonical = absoluteUrl(input.baseUrl, input.path);
  return {
    title,
    description,
    canonical,
    og: {
      title: input.title ?? input.siteName,
      description,
      url: canonical,
      type: input.type ?? 'website',
      siteName: input.siteName,
      locale: 'vi_VN',
    },
  };
}
