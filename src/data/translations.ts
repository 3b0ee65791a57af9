// Translated entries for pages: the Khmer collections (content/<collection>/km/), with "{{…}}"
// amounts in their frontmatter written the Khmer way, each paired with the Vietnamese entry it
// translates (a translation of an unpublished entry is dropped by the loader already).
import { getCollection } from 'astro:content';
import { formatAmountKm } from '../lib/format/km-format.ts';
import { resolveAmountsInData, usesAmounts } from '../lib/rules/content-amounts.ts';
import { routes } from '../lib/site/routes.ts';
import { loadRuleSet } from './rules.ts';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

async function khmerAmounts<E extends { data: unknown }>(entries: E[]): Promise<E[]> {
  const set = await loadRuleSet();
  return entries.map((e) => (usesAmounts(e.data) ? { ...e, data: resolveAmountsInData(e.data, set, formatAmountKm) } : e));
}

export const loadKhmerMessages = async () => (await khmerAmounts(await getCollection('messagesKm'))).sort(byId);
export const loadKhmerPolicies = async () => (await khmerAmounts(await getCollection('policiesKm'))).sort(byId);
export const loadKhmerAudiences = async () => (await khmerAmounts(await getCollection('audiencesKm'))).sort(byId);

export type KhmerMessageEntry = Awaited<ReturnType<typeof loadKhmerMessages>>[number];
export type KhmerPolicyEntry = Awaited<ReturnType<typeof loadKhmerPolicies>>[number];
export type KhmerAudienceEntry = Awaited<ReturnType<typeof loadKhmerAudiences>>[number];

let translated: Promise<Set<string>> | null = null;

/** Vietnamese page paths that have a Khmer page ("/thong-diep/a/"), for hreflang and the switch. */
export function loadTranslatedPaths(): Promise<Set<string>> {
  translated ??= (async () => {
    const withScripts = [...(await getCollection('messagesKm')).map((e) => routes.message(e.id)), ...(await getCollection('policiesKm')).map((e) => routes.policy(e.id))];
    const paths = [...withScripts, ...(await getCollection('audiencesKm')).map((e) => routes.audience(e.id))];
    // A translated message or policy has its loudspeaker script in Khmer too (…/phat-thanh/).
    const scripts = withScripts.map((p) => routes.broadcast(p));
    // The home page and the list of Khmer pages are each other's other-language version, and so
    // are the two search pages (/tim-kiem/, /km/tim-kiem/).
    return new Set(paths.length > 0 ? ['/', routes.search(), ...paths, ...scripts] : []);
  })();
  return translated;
}


/** The Khmer title of each translated page, by its Vietnamese path (links between Khmer pages). */
export async function loadKhmerTitles(): Promise<Map<string, string>> {
  return new Map([
    ...(await loadKhmerMessages()).map((e) => [routes.message(e.id), e.data.short ?? e.data.text] as const),
    ...(await loadKhmerPolicies()).map((e) => [routes.policy(e.id), e.data.title] as const),
    ...(await loadKhmerAudiences()).map((e) => [routes.audience(e.id), e.data.iAm] as const),
  ]);
}
