// Noto Sans Khmer's @font-face, the one declaration of the Khmer web font (served as
// /khmer-font.css by src/pages/khmer-font.css.ts). Linked by Khmer pages, and by the Vietnamese
// pages that have a Khmer version: their language switch shows "ភាសាខ្មែរ", which a phone without
// a Khmer system font would draw as boxes. Other Vietnamese pages neither declare nor fetch it.
//
// One weight (400) of the Khmer subset (≈ 23 KB woff2), like Be Vietnam Pro in fonts.css: bold is
// drawn by the browser. @fontsource's khmer-400.css declares no unicode-range, which would make a
// page fetch the file even for Latin text; the range here is the Khmer blocks, so a page fetches
// it only when it shows Khmer letters, and Latin letters and digits keep Be Vietnam Pro.

/** The Khmer blocks (and the joiners and dotted circle Khmer text uses). */
export const KHMER_UNICODE_RANGE = 'U+1780-17FF, U+19E0-19FF, U+200B-200D, U+25CC';

/** Site path of the stylesheet. */
export const KHMER_FONT_CSS = '/khmer-font.css';

/** The stylesheet: the face, given the site URL of the woff2 file. */
export function khmerFontCss(woff2Url: string): string {
  return `@font-face {
  font-family: 'Noto Sans Khmer';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url('${woff2Url}') format('woff2');
  unicode-range: ${KHMER_UNICODE_RANGE};
}
`;
}
