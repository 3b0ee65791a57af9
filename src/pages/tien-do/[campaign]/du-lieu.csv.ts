// CSV of the campaign's top unit and its children.
import type { APIRoute } from 'astro';
import { loadCampaigns } from '../../../data/content.ts';
import { loadProgressModels } from '../../../data/progress.ts';
import { unitCsv } from '../../../lib/data/csv.ts';
import type { Model } from '../../../lib/data/unit-view.ts';

export async function getStaticPaths() {
  const ids = (await loadCampaigns()).map((c) => c.id);
  return loadProgressModels(ids).map((model) => ({ params: { campaign: model.snapshot.campaign }, props: { model } }));
}
export const GET: APIRoute = ({ props }) => {
  const model = (props as { model: Model }).model;
  return new Response(unitCsv(model, model.tree.roots[0]!.id), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
