// Where translated pages live and which pages have one. A translated entry is published at
// /km/ + the Vietnamese page's path (/km/chinh-sach/muc-dong-va-ho-tro/), so the two pages of
// one entry are found from each other without a table.
import type { Lang } from '../../i18n/strings.ts';

/** The list of Khmer pages. */
export function khmerHome(): string {
  return '/km/';
}

/** The Khmer page of a Vietnamese page path: "/thong-diep/a/" → "/km/thong-diep/a/". */
export function khmerPath(vietnamesePath: string): string {
  if (!vietnamesePath.startsWith('/')) throw new Error(`cần đường dẫn bắt đầu bằng "/": ${vietnamesePath}`);
  return `/km${vietnamesePath}`;
}

/** The Vietnamese page of a Khmer page path: "/km/thong-diep/a/" → "/thong-diep/a/". */
export function vietnamesePath(khmerPagePath: string): string {
  if (!khmerPagePath.startsWith('/km/')) throw new Error(`không phải trang tiếng Khmer: ${khmerPagePath}`);
  return khmerPagePath.slice(3);
}

/**
 * The other-language versions of a page (for hreflang and the language switch): a Vietnamese page
 * lists its Khmer page when the entry is translated; a Khmer page always lists its Vietnamese one.
 */
export function alternatesOf(path: string, lang: Lang, translated: ReadonlySet<string>): { lang: Lang; href: string }[] {
  if (lang === 'km') return [{ lang: 'vi', href: vietnamesePath(path) }];
  return translated.has(path) ? [{ lang: 'km', href: khmerPath(path) }] : [];
}
