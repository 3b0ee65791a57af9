// Noto Sans Khmer's @font-face as a stylesheet (src/lib/site/khmer-font.ts); the woff2 file is the
// @fontsource package's, copied into /_astro/ with a content hash by the build.
import type { APIRoute } from 'astro';
import woff2Url from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2?url';
import { khmerFontCss } from '../lib/site/khmer-font.ts';

export const GET: APIRoute = () => new Response(khmerFontCss(woff2Url), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
