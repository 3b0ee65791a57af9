// The commune loudspeaker script ("Bản tin phát thanh") of a message or a policy page: an
// opening, the message, the facts that matter — computed from the rule data like the page —,
// and a closing; or the staff's own text when the entry's frontmatter has one. Pure: words come
// in through BroadcastStrings (src/i18n/), figures already computed, formats passed in.
import { readingSeconds, spokenUnits, type ScriptLanguage } from './pace.ts';
import { spokenPhone } from './spoken-phone.ts';

/** The amounts a script states, computed for the build's reference date (src/lib/rules/headline.ts). */
export interface ScriptFacts {
  /** The least anyone pays per month before support (330.000 đồng on 30/11/2026). */
  minimum: number;
  /** What a member with no priority group pays after support; equals `minimum` without support. */
  lowestOwn: number;
  /** What a member of a poor household pays after support, when the State supports anyone. */
  poorOwn: number | null;
  /** The day the figures hold for, YYYY-MM-DD. */
  date: string;
}

export interface ScriptInput {
  kind: 'message' | 'policy';
  language: ScriptLanguage;
  /** Message: the slogan. Policy: its question-like title. */
  headline: string;
  /** Message: its explanation paragraphs (plain text). Policy: the short answer or summary. */
  body: string[];
  /** The campaign a message belongs to, when it is named in the script. */
  campaign?: string;
  facts: ScriptFacts;
  /** The enrolment guide's address, as read and printed: "loa.example/dang-ky". */
  enrolAddress: string;
  /** The hotline as displayed: "1900 9068". */
  hotline: string;
  /** The staff's own script (frontmatter `broadcast`): replaces the generated one. */
  override?: string;
}

export interface BroadcastStrings {
  sections: { opening: string; message: string; facts: string; closing: string; own: string };
  opening: string;
  messageIntro: (campaign: string | undefined) => string;
  policyIntro: string;
  /** `lowestOwn` and `poorOwn` are null when nobody's contribution is supported that day. */
  money: (minimum: string, lowestOwn: string | null, poorOwn: string | null) => string;
  where: (address: string) => string;
  hotline: (spoken: string, digits: string) => string;
  repeatMessage: (text: string) => string;
  closing: string;
  /** Words for the digits 0–9, as read in a phone number. */
  digits: readonly string[];
  /** The written text made ready to read aloud (Vietnamese: acronyms in full). */
  speakable: (text: string) => string;
  /** An amount of money with its unit, formatted for the language: "264.000 đồng". */
  formatMoney: (value: number) => string;
}

export interface ScriptSection {
  id: 'opening' | 'message' | 'facts' | 'closing' | 'own';
  heading: string;
  paragraphs: string[];
}

export interface BroadcastScript {
  language: ScriptLanguage;
  sections: ScriptSection[];
  /** True when the staff wrote the script (frontmatter `broadcast`). */
  own: boolean;
  /** Syllables (Vietnamese) or words (Khmer) read, see pace.ts. */
  units: number;
  seconds: number;
}

/** Paragraphs of a text written by staff: separated by blank lines, lines inside joined. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** The script of one message or policy page. */
export function broadcastScript(input: ScriptInput, t: BroadcastStrings): BroadcastScript {
  const sections: ScriptSection[] = input.override
    ? [{ id: 'own', heading: t.sections.own, paragraphs: paragraphsOf(input.override) }]
    : generated(input, t);
  const units = sections.reduce((sum, s) => sum + s.paragraphs.reduce((n, p) => n + spokenUnits(p, input.language), 0), 0);
  return { language: input.language, sections, own: Boolean(input.override), units, seconds: readingSeconds(units, input.language) };
}

function generated(input: ScriptInput, t: BroadcastStrings): ScriptSection[] {
  const say = t.speakable;
  const { facts } = input;
  const supported = facts.lowestOwn < facts.minimum;
  const message =
    input.kind === 'message'
      ? [t.messageIntro(input.campaign === undefined ? undefined : say(input.campaign)), say(input.headline), ...input.body.map(say)]
      : [t.policyIntro, say(input.headline), ...input.body.map(say)];
  const digits = input.hotline.replace(/\u00a0/g, ' ');
  return [
    { id: 'opening', heading: t.sections.opening, paragraphs: [t.opening] },
    { id: 'message', heading: t.sections.message, paragraphs: message },
    {
      id: 'facts',
      heading: t.sections.facts,
      paragraphs: [
        t.money(t.formatMoney(facts.minimum), supported ? t.formatMoney(facts.lowestOwn) : null, supported && facts.poorOwn !== null ? t.formatMoney(facts.poorOwn) : null),
        t.where(input.enrolAddress),
        t.hotline(spokenPhone(digits, t.digits), digits),
      ],
    },
    {
      id: 'closing',
      heading: t.sections.closing,
      paragraphs: [...(input.kind === 'message' ? [t.repeatMessage(say(input.headline))] : []), t.closing],
    },
  ];
}
