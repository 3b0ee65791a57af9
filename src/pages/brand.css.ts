// The brand colours from site.yaml as a stylesheet.
import type { APIRoute } from 'astro';
import { loadSite } from '../data/content.ts';
import { brandCss } from '../lib/site/brand-css.ts';

export const GET: APIRoute = async () =>
  new Response(brandCss((await loadSite()).colors), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
