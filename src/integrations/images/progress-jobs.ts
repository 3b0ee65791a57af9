// The progress pages' images for the build: reads the content folder's snapshots (already
// checked by runDataCheck, so errors cannot reach here) and lists every card and chart image,
// with a line for the build's summary wherever deep pages share their ancestor's card.
import path from 'node:path';
import type { ContentEntries } from '../../lib/content/entries.ts';
import { checkSnapshots, type SnapshotReport } from '../../lib/data/check-snapshots.ts';
import { buildModel } from '../../lib/data/unit-view.ts';
import type { ImageJob } from '../../lib/images/entry-images.ts';
import { progressImageCoverage, progressImageJobs } from '../../lib/images/progress-images.ts';
import { formatNumber } from '../../lib/format/vi-format.ts';
import { readSnapshotFiles } from '../run-data-check.ts';

/** `report`: the snapshots as the build's data check already read and checked them, if at hand. */
export function progressJobs(contentDir: string, entries: ContentEntries, checked?: SnapshotReport): { jobs: ImageJob[]; notes: string[] } {
  const site = entries.site;
  if (!site) return { jobs: [], notes: [] };
  const report = checked ?? checkSnapshots(readSnapshotFiles(contentDir), new Set(entries.campaigns.map((c) => c.id)));
  const notes: string[] = [];
  const jobs = report.snapshots.flatMap(({ file, snapshot }) => {
    const campaign = entries.campaigns.find((c) => c.id === snapshot.campaign);
    if (!campaign) return [];
    const model = buildModel(snapshot);
    const { units, cards, charts } = progressImageCoverage(model, site.progressImages);
    if (cards < units || charts < units) {
      const { cardLevels, chartLevels } = site.progressImages;
      notes.push(
        `Ảnh tiến độ (${path.relative(contentDir, file)}): ${formatNumber(cards)}/${formatNumber(units)} trang đơn vị có ảnh xem trước riêng (đến cấp ${cardLevels} dưới đơn vị gốc), ` +
          `các trang sâu hơn dùng ảnh của đơn vị cấp trên; ảnh biểu đồ cho ${formatNumber(charts)} đơn vị (đến cấp ${chartLevels}). Đổi trong site.yaml › progressImages.`,
      );
    }
    return progressImageJobs(model, { site, campaignTitle: campaign.data.title }, file);
  });
  return { jobs, notes };
}
