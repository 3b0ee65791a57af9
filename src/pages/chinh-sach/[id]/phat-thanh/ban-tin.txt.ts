// A policy page's loudspeaker script as a plain-text file (UTF-8 with BOM, Windows line ends).
import type { APIRoute } from 'astro';
import { loadPolicies, type PolicyEntry } from '../../../../data/content.ts';
import { loadBroadcast } from '../../../../data/broadcast.ts';

export async function getStaticPaths() {
  return (await loadPolicies()).map((policy) => ({ params: { id: policy.id }, props: { policy } }));
}

export const GET: APIRoute = async ({ props }) => {
  const page = await loadBroadcast('policy', (props as { policy: PolicyEntry }).policy);
  return new Response(page.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
