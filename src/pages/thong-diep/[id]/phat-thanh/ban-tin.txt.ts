// A message's loudspeaker script as a plain-text file (UTF-8 with BOM, Windows line ends).
import type { APIRoute } from 'astro';
import { loadMessages, type MessageEntry } from '../../../../data/content.ts';
import { loadBroadcast } from '../../../../data/broadcast.ts';

export async function getStaticPaths() {
  return (await loadMessages()).map((message) => ({ params: { id: message.id }, props: { message } }));
}

export const GET: APIRoute = async ({ props }) => {
  const page = await loadBroadcast('message', (props as { message: MessageEntry }).message);
  return new Response(page.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
