// The loudspeaker scripts for pages: one entry, its language, the rule set of the build's
// reference date and the site's hotline in, the script (src/lib/broadcast/) and what its page and
// text file show out. A Khmer script reads the Khmer translation (content/<collection>/km/) with
// the same facts as the Vietnamese one, amounts written the Khmer way.
import { bodyParagraphs } from '../lib/broadcast/body-text.ts';
import { scriptFacts, spokenAddress } from '../lib/broadcast/facts.ts';
import { BROADCAST_PACE, type ScriptLanguage } from '../lib/broadcast/pace.ts';
import { scriptPlainText } from '../lib/broadcast/plain-text.ts';
import { broadcastScript, type BroadcastScript } from '../lib/broadcast/script.ts';
import { formatAmountKm, formatDateKm } from '../lib/format/km-format.ts';
import { formatDate } from '../lib/format/vi-format.ts';
import { resolveAmountsInText } from '../lib/rules/amount-expression.ts';
import { absoluteUrl, routes } from '../lib/site/routes.ts';
import { khmerPath } from '../lib/site/translations.ts';
import { broadcastPageStrings, broadcastScriptStrings } from '../i18n/broadcast-strings.ts';
import { loadCampaigns, loadMessages, loadPolicies, loadSite, type MessageEntry, type PolicyEntry } from './content.ts';
import { loadRuleSet } from './rules.ts';
import { loadKhmerMessages, loadKhmerPolicies } from './translations.ts';

export interface BroadcastPage {
  kind: 'message' | 'policy';
  id: string;
  language: ScriptLanguage;
  /** What the bulletin is about: the slogan (short form) or the policy's title. */
  name: string;
  script: BroadcastScript;
  /** The page the script comes from (in the script's language), and its absolute address. */
  entryPath: string;
  entryUrl: string;
  /** The Vietnamese script page of a translated one, and the translation's reviewer if any. */
  translation?: { original: string; reviewedBy?: string };
  /** Notes for the announcer: reading time, the day the figures hold for, who wrote it. */
  notes: string[];
  /** The downloadable text file, and the name it is saved under. */
  textPath: string;
  fileName: string;
  text: string;
}

/** What a script says, in its language: from the Vietnamese entry or its translation. */
interface ScriptText {
  name: string;
  headline: string;
  body: string[];
  campaign?: string;
  override?: string;
  reviewedBy?: string;
}

async function messageText(entry: MessageEntry, language: ScriptLanguage): Promise<ScriptText> {
  const set = await loadRuleSet();
  if (language === 'vi') {
    const m = entry.data;
    const campaign = (await loadCampaigns()).find((c) => c.id === m.campaigns[0]);
    const body = bodyParagraphs(entry.body ?? '').map((p) => resolveAmountsInText(p, set));
    return { name: m.short ?? m.text, headline: m.text, body, campaign: campaign?.data.title, override: m.broadcast };
  }
  const t = translationOf(await loadKhmerMessages(), entry.id);
  // The campaign's title is Vietnamese only: the Khmer script does not name it.
  const body = bodyParagraphs(t.body ?? '').map((p) => resolveAmountsInText(p, set, formatAmountKm));
  return { name: t.data.short ?? t.data.text, headline: t.data.text, body, override: t.data.broadcast, reviewedBy: t.data.reviewedBy };
}

async function policyText(entry: PolicyEntry, language: ScriptLanguage): Promise<ScriptText> {
  if (language === 'vi') {
    const p = entry.data;
    return { name: p.title, headline: p.title, body: [p.summary], override: p.broadcast };
  }
  const t = translationOf(await loadKhmerPolicies(), entry.id).data;
  return { name: t.title, headline: t.title, body: [t.summary], override: t.broadcast, reviewedBy: t.reviewedBy };
}

function translationOf<E extends { id: string }>(entries: E[], id: string): E {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`Không có bản dịch tiếng Khmer của "${id}" để làm bản tin phát thanh.`);
  return found;
}

/** The script of a message (kind "message") or a policy page (kind "policy"), in `language`. */
export async function loadBroadcast(kind: 'message', entry: MessageEntry, language?: ScriptLanguage): Promise<BroadcastPage>;
export async function loadBroadcast(kind: 'policy', entry: PolicyEntry, language?: ScriptLanguage): Promise<BroadcastPage>;
export async function loadBroadcast(kind: 'message' | 'policy', entry: MessageEntry | PolicyEntry, language: ScriptLanguage = 'vi'): Promise<BroadcastPage> {
  const site = await loadSite();
  const facts = scriptFacts(await loadRuleSet());
  const text = kind === 'message' ? await messageText(entry as MessageEntry, language) : await policyText(entry as PolicyEntry, language);
  const script = broadcastScript(
    { kind, language, headline: text.headline, body: text.body, campaign: text.campaign, facts, enrolAddress: spokenAddress(absoluteUrl(site.baseUrl, routes.enrol())), hotline: site.hotline.display, override: text.override },
    broadcastScriptStrings(language),
  );
  const vietnamesePath = kind === 'message' ? routes.message(entry.id) : routes.policy(entry.id);
  const entryPath = language === 'km' ? khmerPath(vietnamesePath) : vietnamesePath;
  const entryUrl = absoluteUrl(site.baseUrl, entryPath);
  const t = broadcastPageStrings(language);
  const notes = [
    t.readingTime(t.duration(script.seconds), BROADCAST_PACE[language].perMinute),
    ...(script.own ? [t.own] : [t.figuresOn(language === 'km' ? formatDateKm(facts.date) : formatDate(facts.date))]),
  ];
  return {
    kind,
    id: entry.id,
    language,
    name: text.name,
    script,
    entryPath,
    entryUrl,
    translation: language === 'vi' ? undefined : { original: routes.broadcast(vietnamesePath), reviewedBy: text.reviewedBy },
    notes,
    textPath: routes.broadcastText(entryPath),
    fileName: `ban-tin-phat-thanh-${entry.id}${language === 'vi' ? '' : `-${language}`}.txt`,
    text: scriptPlainText(script, { title: t.title(text.name), notes: [...notes, t.source(entryUrl)] }),
  };
}

/** Static paths of the script pages in `language`: every entry, or the translated ones for Khmer. */
export async function broadcastPaths(kind: 'message', language: ScriptLanguage): Promise<{ params: { id: string }; props: { entry: MessageEntry } }[]>;
export async function broadcastPaths(kind: 'policy', language: ScriptLanguage): Promise<{ params: { id: string }; props: { entry: PolicyEntry } }[]>;
export async function broadcastPaths(kind: 'message' | 'policy', language: ScriptLanguage) {
  const entries: (MessageEntry | PolicyEntry)[] = kind === 'message' ? await loadMessages() : await loadPolicies();
  const translated = language === 'vi' ? null : new Set((kind === 'message' ? await loadKhmerMessages() : await loadKhmerPolicies()).map((e) => e.id));
  return entries.filter((e) => !translated || translated.has(e.id)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
