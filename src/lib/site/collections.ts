// Orderings and relations between content entries, independent of Astro.
import type { Article } from '../../schemas/article.ts';
import type { Audience } from '../../schemas/audience.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import type { Message } from '../../schemas/message.ts';
import type { Policy } from '../../schemas/policy.ts';

export interface Item<T> {
  id: string;
  data: T;
}

/** Campaigns, the most recent start first. */
export function campaignsByRecency<T extends Item<Pick<Campaign, 'period'>>>(campaigns: readonly T[]): T[] {
  return [...campaigns].sort((a, b) => b.data.period.start.localeCompare(a.data.period.start) || a.id.localeCompare(b.id));
}

/** Articles, newest first; same-day articles by id so the order is stable. */
export function articlesByDate<T extends Item<Article>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

/** The messages of one campaign, in the order the plan lists them. */
export function messagesOf<T extends Item<Message>>(messages: readonly T[], campaignId: string): T[] {
  return messages.filter((m) => m.data.campaigns.includes(campaignId)).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Policies written for an audience, in reading order. */
export function policiesFor<T extends Item<Policy>>(policies: readonly T[], audienceId: string): T[] {
  return policiesInOrder(policies.filter((p) => p.data.audiences.includes(audienceId)));
}

/** Policies in reading order (order field, then title). */
export function policiesInOrder<T extends Item<Policy>>(policies: readonly T[]): T[] {
  return [...policies].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Audiences in their listed order. */
export function audiencesInOrder<T extends Item<Audience>>(audiences: readonly T[]): T[] {
  return [...audiences].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** Every tag with its articles (newest first), tags in Vietnamese alphabetical order. */
export function tagsWithArticles<T extends Item<Article>>(articles: readonly T[]): { tag: string; articles: T[] }[] {
  const byTag = new Map<string, T[]>();
  for (const article of articlesByDate(articles)) {
    for (const tag of article.data.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), article]);
  }
  const collator = new Intl.Collator('vi');
  return [...byTag.entries()].sort(([a], [b]) => collator.compare(a, b)).map(([tag, list]) => ({ tag, articles: list }));
}
