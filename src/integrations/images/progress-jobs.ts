// The progress pages' images for the build: reads the content folder's snapshots (already
// checked by runDataCheck, so errors cannot reach here) and lists every card and chart image.
import type { ContentEntries } from '../../lib/content/entries.ts';
import { checkSnapshots } from '../../lib/data/check-snapshots.ts';
import { buildModel } from '../../lib/data/unit-view.ts';
import type { ImageJob } from '../../lib/images/entry-images.ts';
import { progressImageJobs } from '../../lib/images/progress-images.ts';
import { readSnapshotFiles } from '../run-data-check.ts';

export function progressJobs(contentDir: string, entries: ContentEntries): ImageJob[] {
  const site = entries.site;
  if (!site) return [];
  const report = checkSnapshots(readSnapshotFiles(contentDir), new Set(entries.campaigns.map((c) => c.id)));
  return report.snapshots.flatMap(({ file, snapshot }) => {
    const campaign = entries.campaigns.find((c) => c.id === snapshot.campaign);
    return campaign ? progressImageJobs(buildModel(snapshot), { site, campaignTitle: campaign.data.title }, file) : [];
  });
}
