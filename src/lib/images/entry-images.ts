// Which images the content asks for, and what goes on each: every format for messages and
// campaigns (they are printed), the link preview and a square post for articles and policies.
// Pure: from checked entries to a list of jobs; the build renders and caches them.
import type { ContentEntries } from '../content/entries.ts';
import { formatDate, formatPeriod } from '../format/vi-format.ts';
import { absoluteUrl, routes } from '../site/routes.ts';
import type { CardProps, TemplateName } from './card-props.ts';
import { FORMAT_NAMES, type FormatName } from './formats.ts';
import { imagePath, undatedImagePath, type ImageKind } from './image-paths.ts';
import type { SiteIdentity } from '../../schemas/site.ts';
import { withKhmerBreaks } from './khmer-breaks.ts';
import { km } from '../../i18n/km.ts';

export interface ImageJob {
  /** Site path of the PNG in the built site. */
  path: string;
  format: FormatName;
  props: CardProps;
  /** Content file the image comes from, named in errors. */
  source: string;
  kind: ImageKind;
  id: string;
  /** A message image without campaign name or dates, to reuse the slogan in a later campaign. */
  undated?: boolean;
}

const SCREEN_FORMATS: FormatName[] = ['og', 'square'];
/** Kicker of the undated message images. */
export const UNDATED_KICKER = 'Thông điệp';

export function siteCardBase(site: SiteIdentity): Pick<CardProps, 'agency' | 'hotline' | 'colors'> {
  return { agency: site.agency.name, hotline: `Đường dây nóng ${site.hotline.display}`, colors: { ...site.colors } };
}

function jobs(kind: ImageKind, id: string, source: string, formats: readonly FormatName[], props: CardProps): ImageJob[] {
  return formats.map((format) => ({ path: imagePath(kind, id, format), format, props, source, kind, id }));
}

function card(site: SiteIdentity, template: TemplateName, pagePath: string, kicker: string, headline: string, detail?: string): CardProps {
  // Khmer words get their line-break opportunities before the text is fitted (khmer-breaks.ts).
  const b = withKhmerBreaks;
  return { template, kicker: b(kicker), headline: b(headline), detail: detail === undefined ? undefined : b(detail), url: absoluteUrl(site.baseUrl, pagePath), ...siteCardBase(site) };
}

export function entryImageJobs(entries: ContentEntries): ImageJob[] {
  const site = entries.site;
  if (!site) return [];
  const campaigns = new Map(entries.campaigns.map((c) => [c.id, c]));
  const out: ImageJob[] = [];
  for (const c of entries.campaigns) {
    const d = c.data;
    const props = card(site, 'campaign', routes.campaign(c.id), `Chiến dịch · ${d.title}`, d.theme, `${formatPeriod(d.period.start, d.period.end)} · ${d.locality}`);
    out.push(...jobs('chien-dich', c.id, c.file, FORMAT_NAMES, props));
  }
  for (const m of entries.messages) {
    const first = campaigns.get(m.data.campaigns[0]!);
    const kicker = `Thông điệp ${m.data.order}${first ? ` · ${first.data.title}` : ''}`;
    const detail = first ? `${formatPeriod(first.data.period.start, first.data.period.end)} · ${first.data.locality}` : undefined;
    out.push(...jobs('thong-diep', m.id, m.file, FORMAT_NAMES, card(site, 'message', routes.message(m.id), kicker, m.data.text, detail)));
    // The same slogan without campaign or dates: the kicker says only what it is.
    const undated = card(site, 'message', routes.message(m.id), UNDATED_KICKER, m.data.text);
    out.push(...FORMAT_NAMES.map((format) => ({ path: undatedImagePath(m.id, format), format, props: undated, source: m.file, kind: 'thong-diep' as const, id: m.id, undated: true })));
  }
  for (const a of entries.articles) {
    out.push(...jobs('bai-viet', a.id, a.file, SCREEN_FORMATS, card(site, 'article', routes.article(a.id), `Tin bài · ${formatDate(a.data.date)}`, a.data.title)));
  }
  for (const p of entries.policies) {
    out.push(...jobs('chinh-sach', p.id, p.file, SCREEN_FORMATS, card(site, 'policy', routes.policy(p.id), 'Chính sách BHXH tự nguyện', p.data.title, p.data.answer)));
  }
  return out;
}

/** The generic link preview of a page that is not an entry: its title on the site's card. */
export function genericPageJob(site: SiteIdentity, pagePath: string, imageSitePath: string, title: string, lang: 'vi' | 'km' = 'vi'): ImageJob {
  const id = imageSitePath.split('/').at(-2)!;
  const props = card(site, 'page', pagePath, site.name, title);
  // A Khmer page's card says "hotline" in Khmer (src/i18n/km.ts › hotline); the agency's name stays as written.
  if (lang === 'km') props.hotline = `${km.hotline} ${site.hotline.display}`;
  return { path: imageSitePath, format: 'og', props, source: `trang ${pagePath}`, kind: 'trang', id };
}
