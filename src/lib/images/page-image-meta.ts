// The link-preview tags of a page: its og image (entry image or generic card), size and alt text.
import { absoluteUrl } from '../site/routes.ts';
import { FORMATS } from './formats.ts';
import { pageImagePath } from './image-paths.ts';

export interface PageImageMeta {
  url: string;
  width: number;
  height: number;
  alt: string;
  /** Site path of the square image for sharing as a file, on entry pages. */
  square?: string;
}

/**
 * `shared` names another page's card when this page has none of its own (a progress page below
 * the levels that get images): its path, and that page's title for the alt text.
 */
export function pageImageMeta(baseUrl: string, pagePath: string, title: string, siteName: string, shared?: { path: string; title: string }): PageImageMeta {
  if (shared) return { url: absoluteUrl(baseUrl, shared.path), width: FORMATS.og.width, height: FORMATS.og.height, alt: `${shared.title} — ${siteName}` };
  const { path, generic } = pageImagePath(pagePath);
  return {
    url: absoluteUrl(baseUrl, path),
    width: FORMATS.og.width,
    height: FORMATS.og.height,
    // The card shows the title on the site's colours: the alt text says so.
    alt: title === siteName ? siteName : `${title} — ${siteName}`,
    square: generic ? undefined : path.replace(/\/og\.png$/, '/square.png'),
  };
}
