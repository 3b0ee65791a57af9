// CSV of one unit and its children.
import type { APIRoute } from 'astro';
import { loadCampaigns } from '../../../../data/content.ts';
import { loadProgressModels } from '../../../../data/progress.ts';
import { planningImagesOnly } from '../../../../data/images.ts';
import { pageCacheKey } from '../../../../data/page-cache.ts';
import { unitCsv } from '../../../../lib/data/csv.ts';
import type { Model } from '../../../../lib/data/unit-view.ts';

export async function getStaticPaths() {
  if (planningImagesOnly()) return [];
  const ids = (await loadCampaigns()).map((c) => c.id);
  return loadProgressModels(ids).flatMap((model) =>
    model.snapshot.units.filter((u) => u.parent !== null).map((u) => ({ params: { campaign: model.snapshot.campaign, unit: u.id }, props: { model, unitId: u.id }, cacheKey: pageCacheKey() })),
  );
}
export const GET: APIRoute = ({ props }) => {
  const { model, unitId } = props as { model: Model; unitId: string };
  return new Response(unitCsv(model, unitId), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
