// What shapes one generated image, apart from its format: the texts, the page it points to and
// the site identity. Everything here goes into the cache key.
import type { ProgressSpec } from './progress-spec.ts';
import { joinNumberUnits } from '../format/keep-together.ts';

export const TEMPLATE_NAMES = ['message', 'campaign', 'article', 'policy', 'page', 'progress'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface CardColors {
  primary: string;
  accent: string;
  text: string;
  background: string;
}

export interface CardProps {
  template: TemplateName;
  /** Small line above the headline: what kind of thing this is and where it belongs. */
  kicker: string;
  /** The message, theme or title: the big text. */
  headline: string;
  /** Optional line under it: campaign period, summary. */
  detail?: string;
  /** Canonical URL of the page the image comes from: printed and encoded in the QR code. */
  url: string;
  agency: string;
  /** Hotline as people read it. */
  hotline: string;
  colors: CardColors;
  /**
   * Plug-in point for the "unit progress" template (charts issue): a chart as an SVG string,
   * drawn in place of the detail line. The chart module makes the SVG; images only place it.
   */
  chartSvg?: string;
  /** The "unit progress" template: headline card or ranking of child units (progress-spec.ts). */
  progress?: ProgressSpec;
}

/** Vietnamese text is laid out in NFC, so a decomposed "ế" typed on one keyboard draws the same. */
export function normalizeProps(props: CardProps): CardProps {
  // Runs of spaces and line breaks become one space; a non-breaking space stays, so "66.000 đồng" and
  // "1900 9068" keep together on the image as on the page.
  const nfc = (s: string) => s.normalize('NFC').replace(/[^\S\u00a0]+/g, ' ').trim();
  return {
    ...props,
    kicker: nfc(props.kicker),
    headline: joinNumberUnits(nfc(props.headline)),
    detail: props.detail === undefined ? undefined : joinNumberUnits(nfc(props.detail)) || undefined,
    agency: nfc(props.agency),
    hotline: nfc(props.hotline),
    // Unit names come from data files: the same NFC rule, everywhere in the spec.
    progress: props.progress && (JSON.parse(JSON.stringify(props.progress).normalize('NFC')) as ProgressSpec),
  };
}
