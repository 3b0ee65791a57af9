// The loudspeaker scripts for pages: one entry, the rule set of the build's reference date and
// the site's hotline in, the script (src/lib/broadcast/) and what its page and text file show out.
import { bodyParagraphs } from '../lib/broadcast/body-text.ts';
import { scriptFacts, spokenAddress } from '../lib/broadcast/facts.ts';
import { BROADCAST_PACE } from '../lib/broadcast/pace.ts';
import { scriptPlainText } from '../lib/broadcast/plain-text.ts';
import { broadcastScript, type BroadcastScript } from '../lib/broadcast/script.ts';
import { formatDate } from '../lib/format/vi-format.ts';
import { resolveAmountsInText } from '../lib/rules/amount-expression.ts';
import { absoluteUrl, routes } from '../lib/site/routes.ts';
import { viBroadcast, viBroadcastScript } from '../i18n/vi-broadcast.ts';
import { loadCampaigns, loadSite, type MessageEntry, type PolicyEntry } from './content.ts';
import { loadRuleSet } from './rules.ts';

export interface BroadcastPage {
  kind: 'message' | 'policy';
  id: string;
  /** What the bulletin is about: the slogan (short form) or the policy's title. */
  name: string;
  script: BroadcastScript;
  /** The page the script comes from, and its absolute address (printed at the foot). */
  entryPath: string;
  entryUrl: string;
  /** Notes for the announcer: reading time, the day the figures hold for, who wrote it. */
  notes: string[];
  /** The downloadable text file. */
  textPath: string;
  text: string;
}

/** The script of a message (kind "message") or a policy page (kind "policy"). */
export async function loadBroadcast(kind: 'message', entry: MessageEntry): Promise<BroadcastPage>;
export async function loadBroadcast(kind: 'policy', entry: PolicyEntry): Promise<BroadcastPage>;
export async function loadBroadcast(kind: 'message' | 'policy', entry: MessageEntry | PolicyEntry): Promise<BroadcastPage> {
  const site = await loadSite();
  const set = await loadRuleSet();
  const facts = scriptFacts(set);
  const common = { language: 'vi' as const, facts, enrolAddress: spokenAddress(absoluteUrl(site.baseUrl, routes.enrol())), hotline: site.hotline.display, override: entry.data.broadcast };
  let script: BroadcastScript;
  let name: string;
  let entryPath: string;
  if (kind === 'message') {
    const m = (entry as MessageEntry).data;
    const campaign = (await loadCampaigns()).find((c) => c.id === m.campaigns[0]);
    const body = bodyParagraphs((entry as MessageEntry).body ?? '').map((p) => resolveAmountsInText(p, set));
    script = broadcastScript({ ...common, kind, headline: m.text, body, campaign: campaign?.data.title }, viBroadcastScript);
    name = m.short ?? m.text;
    entryPath = routes.message(entry.id);
  } else {
    const p = (entry as PolicyEntry).data;
    script = broadcastScript({ ...common, kind, headline: p.title, body: [p.summary] }, viBroadcastScript);
    name = p.title;
    entryPath = routes.policy(entry.id);
  }
  const entryUrl = absoluteUrl(site.baseUrl, entryPath);
  const notes = [
    viBroadcast.readingTime(viBroadcast.duration(script.seconds), BROADCAST_PACE.vi.perMinute),
    ...(script.own ? [viBroadcast.own] : [viBroadcast.figuresOn(formatDate(facts.date))]),
  ];
  const title = viBroadcast.title(name);
  return {
    kind,
    id: entry.id,
    name,
    script,
    entryPath,
    entryUrl,
    notes,
    textPath: routes.broadcastText(entryPath),
    text: scriptPlainText(script, { title, notes: [...notes, viBroadcast.source(entryUrl)] }),
  };
}
