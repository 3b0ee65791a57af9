// A policy page's loudspeaker script as a plain-text file (UTF-8 with BOM, Windows line ends).
import type { APIRoute } from 'astro';
import type { PolicyEntry } from '../../../../data/content.ts';
import { broadcastPaths, loadBroadcast } from '../../../../data/broadcast.ts';

export async function getStaticPaths() {
  return broadcastPaths('policy', 'vi');
}

export const GET: APIRoute = async ({ props }) => {
  const page = await loadBroadcast('policy', (props as { entry: PolicyEntry }).entry);
  return new Response(page.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
