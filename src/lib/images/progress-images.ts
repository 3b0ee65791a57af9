// The images of the progress pages: each page's preview card (og, square: the headline of its
// first indicator) and, for every indicator, share images of its main charts — the headline and
// the ranking of child units — in 1200×630 and 1080×1080. Pure: models in, jobs out.
// How deep they go is the site's choice (site.yaml › progressImages): a national snapshot has
// ~32,000 units, and drawing ~10 images for each would take hours. Deeper pages show the card of
// their ancestor at the last level that has one, and link no chart images.
import { unitCharts, type ChartKind } from '../charts/render.ts';
import { progressRoutes } from '../data/progress-routes.ts';
import { ancestry } from '../data/aggregate.ts';
import { unitView, type Model } from '../data/unit-view.ts';
import type { Unit } from '../../schemas/snapshot.ts';
import { absoluteUrl } from '../site/routes.ts';
import type { SiteIdentity } from '../../schemas/site.ts';
import type { CardProps } from './card-props.ts';
import { siteCardBase, type ImageJob } from './entry-images.ts';
import type { FormatName } from './formats.ts';
import { IMAGE_ROOT, imagePath } from './image-paths.ts';
import { headlineSpec, rankingSpec, rateHeadlineSpec, type ProgressSpec } from './progress-spec.ts';
import { rankingPages } from './ranking-pages.ts';
import { FORMATS } from './formats.ts';
import { rateSeries } from '../data/rates.ts';
import { viImages } from '../../i18n/vi-images.ts';
import { viProgress } from '../../i18n/vi-progress.ts';

export const PROGRESS_FORMATS = ['og', 'square'] as const satisfies readonly FormatName[];
/** The charts that get share images: the page's first two (headline and ranking). */
export type ShareChart = Extract<ChartKind, 'headline' | 'attainment'>;
const CHART_FILE: Record<ShareChart, string> = { headline: 'tong-quan', attainment: 'xep-hang' };

/** Image id of a progress page: "<campaign>" for the top unit, "<campaign>/<unit>" below. */
export function progressImageId(campaign: string, unitId: string, isRoot: boolean): string {
  return isRoot ? campaign : `${campaign}/${unitId}`;
}

/** /anh/tien-do/bac-giang-2023/luc-ngan/bhxh-tu-nguyen-xep-hang-square.png; page 2 of a ranking: …-xep-hang-2-square.png. */
export function progressChartImagePath(imageId: string, indicator: string, chart: ShareChart, format: FormatName, page = 1): string {
  return `${IMAGE_ROOT}tien-do/${imageId}/${indicator}-${CHART_FILE[chart]}${page > 1 ? `-${page}` : ''}-${format}.png`;
}

export interface ProgressContext {
  site: SiteIdentity;
  campaignTitle: string;
}

export type ProgressImageLevels = SiteIdentity['progressImages'];

/** Title of a progress page, also the alt text of its card. */
export function progressPageTitle(unitName: string, campaignTitle: string): string {
  return viProgress.page.documentTitle(unitName, campaignTitle);
}

/** Depth of every unit below its snapshot's top unit (0), by unit index. */
function depths(model: Model): Int32Array {
  const { parentIndex, postOrder } = model.tree;
  const depth = new Int32Array(parentIndex.length);
  // Post-order lists children before parents: walked backwards, every parent comes first.
  for (let k = postOrder.length - 1; k >= 0; k--) {
    const i = postOrder[k]!;
    depth[i] = parentIndex[i]! < 0 ? 0 : depth[parentIndex[i]!]! + 1;
  }
  return depth;
}

/** The unit whose card is a page's link preview: the unit itself down to cardLevels, else its ancestor at that level. */
export function cardUnitOf(model: Model, unitId: string, levels: ProgressImageLevels): Unit {
  const chain = ancestry(model.tree, unitId);
  return chain[Math.min(chain.length - 1, levels.cardLevels)]!;
}

/** How many of a snapshot's units get a card and chart images of their own. */
export function progressImageCoverage(model: Model, levels: ProgressImageLevels): { units: number; cards: number; charts: number } {
  const depth = depths(model);
  let cards = 0;
  let charts = 0;
  for (const d of depth) {
    if (d <= levels.cardLevels) cards++;
    if (d <= levels.chartLevels) charts++;
  }
  return { units: depth.length, cards, charts };
}

function props(ctx: ProgressContext, pagePath: string, kicker: string, headline: string, progress: ProgressSpec): CardProps {
  return { template: 'progress', kicker, headline, url: absoluteUrl(ctx.site.baseUrl, pagePath), ...siteCardBase(ctx.site), progress };
}

/** Every image of one snapshot's pages, down to the site's levels. */
export function progressImageJobs(model: Model, ctx: ProgressContext, source: string): ImageJob[] {
  const campaign = model.snapshot.campaign;
  const { cardLevels, chartLevels } = ctx.site.progressImages;
  const depth = depths(model);
  const out: ImageJob[] = [];
  const w = viImages.progress;
  for (const [index, id] of model.tree.ids.entries()) {
    const card = depth[index]! <= cardLevels;
    const charts = depth[index]! <= chartLevels;
    if (!card && !charts) continue;
    const unit = model.tree.units.get(id)!;
    const isRoot = unit.parent === null;
    const pagePath = progressRoutes.unit(campaign, id, isRoot);
    const imageId = progressImageId(campaign, id, isRoot);
    const push = (path: string, format: FormatName, p: CardProps) => out.push({ path, format, props: p, source: `${source} › ${unit.name}`, kind: 'tien-do', id: imageId });
    model.indicators.forEach((ind, i) => {
      if (!charts && i > 0) return; // the card shows the first indicator only
      const v = unitView(model, id, ind.id);
      const headline = props(ctx, pagePath, w.kicker(ind.label, ctx.campaignTitle), unit.name, headlineSpec(v, model.snapshot.counts));
      const kinds = new Set(charts ? unitCharts(model, v).map((c) => c.kind) : []);
      const ranking = charts ? rankingSpec(v) : null;
      for (const format of PROGRESS_FORMATS) {
        if (i === 0 && card) push(imagePath('tien-do', imageId, format), format, headline);
        if (!charts) continue;
        if (kinds.has('headline')) push(progressChartImagePath(imageId, ind.id, 'headline', format), format, headline);
        if (kinds.has('attainment') && ranking) {
          const title = v.measure.kind === 'targets-only' ? w.targetsTitle(model.year, v.childrenWord, unit.name) : w.rankingTitle(v.childrenWord, unit.name);
          const base = props(ctx, pagePath, ind.label, title, ranking);
          // A ranking too long for one readable image goes on several: "(1/2)", "(2/2)".
          rankingPages(ranking, FORMATS[format], base).forEach((page, p) => push(progressChartImagePath(imageId, ind.id, 'attainment', format, p + 1), format, { ...base, progress: page }));
        }
      }
    });
    // A plan with yearly percentages only (no head counts): the card shows its first indicator's last target.
    if (card && model.indicators.length === 0) {
      const series = rateSeries(model.snapshot, model.rateIndicators, id)[0];
      if (series) for (const format of PROGRESS_FORMATS) push(imagePath('tien-do', imageId, format), format, props(ctx, pagePath, w.kicker(series.indicator.label, ctx.campaignTitle), unit.name, rateHeadlineSpec(series)));
    }
  }
  return out;
}
