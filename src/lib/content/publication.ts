// Which entries are published on a given day: the one rule behind drafts and scheduled entries.
// Astro's collection loaders (src/content.config.ts) and the steps before Astro (images, the
// content check's summary) both call it with the build's reference date, so an entry that is not
// published has no page, no image, no search entry, no feed item and no place in any list.
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/index.ts';
import type { ContentEntries, Entry } from './entries.ts';

/** Why an entry is held back. */
export type Hold =
  | { reason: 'draft' }
  /** Dated after the reference day: published from `date` on. */
  | { reason: 'scheduled'; date: string }
  /** A message whose campaigns are all held: its slogan must not appear before its campaign. */
  | { reason: 'campaigns'; campaigns: string[] };

export interface HeldEntry {
  collection: CollectionName;
  id: string;
  file: string;
  hold: Hold;
}

/**
 * The day an entry becomes public. Articles carry their publication date in `date`; the other
 * collections in the optional `publishDate` (a policy's or rule's other dates are effective
 * dates, not publication dates, so no other field is read).
 */
export function publishDay(collection: string, data: Readonly<Record<string, unknown>>): string | undefined {
  const value = collection === 'articles' ? data.date : data.publishDate;
  return typeof value === 'string' ? value : undefined;
}

/** Why the entry is not published on `day` (YYYY-MM-DD), or null when it is published. */
export function holdOn(collection: string, data: Readonly<Record<string, unknown>>, day: string): Hold | null {
  if (data.draft === true) return { reason: 'draft' };
  const from = publishDay(collection, data);
  if (from !== undefined && from > day) return { reason: 'scheduled', date: from };
  return null;
}

/** True when the entry is public on `day`. */
export function isPublishedOn(collection: string, data: Readonly<Record<string, unknown>>, day: string): boolean {
  return holdOn(collection, data, day) === null;
}

type AnyEntry = Entry<Record<string, unknown>>;
const entriesOf = (entries: ContentEntries, name: CollectionName) => entries[name] as unknown as AnyEntry[];

/**
 * The entries published on `day`, and the ones held back with the reason. Every collection in
 * src/schemas/index.ts is filtered the same way; a message is also held when none of its
 * campaigns is published.
 */
export function publishedEntries(entries: ContentEntries, day: string): { entries: ContentEntries; held: HeldEntry[] } {
  const held: HeldEntry[] = [];
  const out = { ...entries } as ContentEntries;
  const record = out as unknown as Record<CollectionName, AnyEntry[]>;
  for (const name of COLLECTION_NAMES) {
    record[name] = entriesOf(entries, name).filter((entry) => {
      const hold = holdOn(name, entry.data, day);
      if (hold) held.push({ collection: name, id: entry.id, file: entry.file, hold });
      return hold === null;
    });
  }
  const liveCampaigns = new Set(out.campaigns.map((c) => c.id));
  out.messages = out.messages.filter((message) => {
    if (message.data.campaigns.some((id) => liveCampaigns.has(id))) return true;
    held.push({ collection: 'messages', id: message.id, file: message.file, hold: { reason: 'campaigns', campaigns: [...message.data.campaigns] } });
    return false;
  });
  held.sort((a, b) => a.file.localeCompare(b.file));
  return { entries: out, held };
}

/** Ids of the published entries of each collection, for Astro's loaders. */
export function publishedIds(entries: ContentEntries, day: string): Record<CollectionName, Set<string>> {
  const published = publishedEntries(entries, day).entries;
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set(entriesOf(published, name).map((e) => e.id))])) as Record<CollectionName, Set<string>>;
}

const COLLECTION_WORDS: Record<string, string> = { campaigns: 'chiến dịch', messages: 'thông điệp', policies: 'chính sách', articles: 'bài viết', audiences: 'nhóm đối tượng' };

/** One line per held entry, for the build's log: "content/articles/a.mdx — hẹn đăng ngày 5/12/2026". */
export function heldLines(held: readonly HeldEntry[], formatDay: (day: string) => string): string[] {
  return held.map(({ file, hold, collection }) => {
    const why =
      hold.reason === 'draft'
        ? 'bản nháp (draft: true)'
        : hold.reason === 'scheduled'
          ? `hẹn đăng ngày ${formatDay(hold.date)}`
          : `chờ chiến dịch ${hold.campaigns.join(', ')} được xuất bản`;
    return `  • ${file} (${COLLECTION_WORDS[collection] ?? collection}) — ${why}`;
  });
}
