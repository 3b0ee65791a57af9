// The only place pages read content collections: returns plain, sorted arrays so the logic in
// src/lib can work on them without Astro.
import { getCollection, getEntry } from 'astro:content';
import type { SiteIdentity } from '../schemas/site.ts';
import { formatPhone } from '../lib/format/phone.ts';
import { referenceDateOf } from '../integrations/reference-date.ts';
import { withAmounts } from './rules.ts';

export async function loadSite(): Promise<SiteIdentity> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('Thiếu content/site.yaml');
  // The hotline is shown in the site's one phone format (the same as numbers in page bodies), with
  // non-breaking spaces, so it never wraps mid-number.
  return { ...entry.data, hotline: { ...entry.data.hotline, display: formatPhone(entry.data.hotline.display) } };
}

/** The build's "today", YYYY-MM-DD (see src/lib/site/reference-date.ts): one value for every page. */
export async function loadReferenceDate(): Promise<string> {
  return referenceDateOf((await loadSite()).referenceDate).date;
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

// Every "{{…}}" amount in frontmatter (summaries, FAQ answers, figures…) is replaced by its value
// on the reference date here, so no page ever shows the expression (see src/data/rules.ts).
const resolved = async <E extends { data: unknown }>(entries: E[]) => Promise.all(entries.map(withAmounts));

export const loadCampaigns = async () => (await resolved(await getCollection('campaigns'))).sort(byId);
export const loadMessages = async () => (await resolved(await getCollection('messages'))).sort(byId);
export const loadPolicies = async () => (await resolved(await getCollection('policies'))).sort(byId);
export const loadArticles = async () => (await resolved(await getCollection('articles'))).sort(byId);
export const loadAudiences = async () => (await resolved(await getCollection('audiences'))).sort(byId);

export type CampaignEntry = Awaited<ReturnType<typeof loadCampaigns>>[number];
export type MessageEntry = Awaited<ReturnType<typeof loadMessages>>[number];
export type PolicyEntry = Awaited<ReturnType<typeof loadPolicies>>[number];
export type ArticleEntry = Awaited<ReturnType<typeof loadArticles>>[number];
export type AudienceEntry = Awaited<ReturnType<typeof loadAudiences>>[number];
