// The /tien-do/ index: every campaign with participation data, with the status of its top unit
// in words, the date of its latest figures and how many of its units reached their target or are
// on schedule; newest figures first. Pure: models and campaign titles in, rows out.
import type { Status } from './progress.ts';
import { progressRoutes } from './progress-routes.ts';
import { progressSummary } from './progress-summary.ts';
import { rateSeries } from './rates.ts';
import { unitView, type Model } from './unit-view.ts';

export interface ProgressIndexEntry {
  campaign: string;
  title: string;
  href: string;
  /** The top unit's name ("Tỉnh Bắc Giang"). */
  unitName: string;
  /** Figures (progress), targets without figures yet, or yearly percentage targets only. */
  kind: 'progress' | 'targets-only' | 'rates';
  /** The top unit's status on the first indicator with figures; null without figures. */
  status: Status | null;
  /** Date of the latest figures, null when there are none. */
  latest: string | null;
  /** Children that reached their target or are on schedule, of `total` children. */
  onTrack: number;
  total: number;
  childLevel: string;
  /** First and last year of percentage targets (multi-year plans). */
  years: [number, number] | null;
}

export function progressIndex(models: readonly Model[], titleOf: (campaign: string) => string): ProgressIndexEntry[] {
  const entries = models.map((model): ProgressIndexEntry => {
    const root = model.tree.roots[0]!;
    const campaign = model.snapshot.campaign;
    const base = { campaign, title: titleOf(campaign), href: progressRoutes.campaign(campaign), unitName: root.name };
    const views = model.indicators.map((ind) => unitView(model, root.id, ind.id));
    const withFigures = views.find((v) => v.measure.asOf !== null);
    if (withFigures) {
      const s = progressSummary(withFigures);
      return { ...base, kind: 'progress', status: withFigures.progress.status, latest: withFigures.measure.asOf, onTrack: s.counts.dat + s.counts['dung-tien-do'], total: s.counts.total, childLevel: s.childLevel, years: null };
    }
    const years = rateSeries(model.snapshot, model.rateIndicators, root.id).flatMap((r) => r.years.map((y) => y.year));
    if (views.length === 0 && years.length > 0) {
      return { ...base, kind: 'rates', status: null, latest: null, onTrack: 0, total: 0, childLevel: '', years: [Math.min(...years), Math.max(...years)] };
    }
    const s = views[0] ? progressSummary(views[0]) : null;
    return { ...base, kind: 'targets-only', status: null, latest: null, onTrack: 0, total: s?.counts.total ?? 0, childLevel: s?.childLevel ?? '', years: null };
  });
  return entries.sort((a, b) => (b.latest ?? '').localeCompare(a.latest ?? '') || b.campaign.localeCompare(a.campaign));
}
