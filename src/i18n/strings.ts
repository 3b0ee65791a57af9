// The languages pages are written in, and the shape every language's interface strings share:
// src/i18n/km.ts is typed with UiStrings, so a string added to vi.ts without its Khmer
// counterpart stops the type check.
import { vi } from './vi.ts';
import { viImages } from './vi-images.ts';
import { km, kmShare } from './km.ts';

export type Lang = 'vi' | 'km';

/** Each language's own name, shown in the language switch whatever the page's language is. */
export const LANGUAGE_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', km: 'ភាសាខ្មែរ' };

/** BCP 47 tag and Open Graph locale of each language. */
export const LANGUAGE_TAGS: Record<Lang, { html: string; og: string }> = { vi: { html: 'vi', og: 'vi_VN' }, km: { html: 'km', og: 'km_KH' } };

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** The interface strings of src/i18n/vi.ts, as every language must provide them. */
export type UiStrings = Widen<typeof vi>;
/** The share bar's strings (src/i18n/vi-images.ts › share). */
export type ShareStrings = Widen<typeof viImages.share>;

/** The interface strings of a page in `lang`. */
export function ui(lang: Lang): UiStrings {
  return lang === 'km' ? km : vi;
}

/** The share bar's strings in `lang`. */
export function shareStrings(lang: Lang): ShareStrings {
  return lang === 'km' ? kmShare : viImages.share;
}
