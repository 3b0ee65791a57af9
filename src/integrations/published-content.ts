// What Astro's collection loaders keep: the ids published on the build's reference date, decided
// by src/lib/content/publication.ts from the same checked content as the steps before Astro.
import { checkContent } from '../lib/content/check-content.ts';
import { publishedIds } from '../lib/content/publication.ts';
import type { CollectionName } from '../schemas/index.ts';
import { readContentSources } from './content-files.ts';
import { referenceDateOf } from './reference-date.ts';

/** Published ids per collection in `contentDir` on the build's reference date. */
export function publishedIdsIn(contentDir: string): Record<CollectionName, Set<string>> {
  const { entries } = checkContent(readContentSources(contentDir));
  return publishedIds(entries, referenceDateOf(entries.site?.referenceDate).date);
}
