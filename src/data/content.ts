// The only place pages read content collections: returns plain, sorted arrays so the logic in
// src/lib can work on them without Astro.
import { getCollection, getEntry } from 'astro:content';
import type { SiteIdentity } from '../schemas/site.ts';
import { formatPhone } from '../lib/format/phone.ts';
import { referenceDateOf } from '../integrations/reference-date.ts';

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

export const loadCampaigns = async () => (await getCollection('campaigns')).sort(byId);
export const loadMessages = async () => (await getCollection('messages')).sort(byId);
export const loadPolicies = async () => (await getCollection('policies')).sort(byId);
export const loadArticles = async () => (await getCollection('articles')).sort(byId);
export const loadAudiences = async () => (await getCollection('audiences')).sort(byId);

export type CampaignEntry = Awaited<ReturnType<typeof loadCampaigns>>[number];
export type MessageEntry = Awaited<ReturnType<typeof loadMessages>>[number];
export type PolicyEntry = Awaited<ReturnType<typeof loadPolicies>>[number];
export type ArticleEntry = Awaited<ReturnType<typeof loadArticles>>[number];
export type AudienceEntry = Awaited<ReturnType<typeof loadAudiences>>[number];
