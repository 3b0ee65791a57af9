// Whether a campaign is still to come, running or over, relative to the build's reference date
// (src/lib/site/reference-date.ts): a page built on 30/11/2026 must not call a May 2023 campaign
// "đang diễn ra". Pure: "today" is passed in, so two builds with the same date agree.
import { vi } from '../../i18n/vi.ts';
import { formatDate } from '../format/vi-format.ts';
import { campaignsByRecency, type Item } from './collections.ts';

export type CampaignStatus = 'upcoming' | 'running' | 'ended';

export interface Period {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (the campaign still runs on that day). */
  end: string;
}

/** Status of a period on `today` (YYYY-MM-DD): both the first and the last day count as running. */
export function campaignStatus(period: Period, today: string): CampaignStatus {
  if (today < period.start) return 'upcoming';
  if (today > period.end) return 'ended';
  return 'running';
}

/** The status in words: "Đã kết thúc ngày 31/5/2023", "Đang diễn ra, đến hết 31/5/2027"… */
export function campaignStatusText(period: Period, today: string): string {
  const status = campaignStatus(period, today);
  if (status === 'upcoming') return vi.campaign.status.upcoming(formatDate(period.start));
  if (status === 'running') return vi.campaign.status.running(formatDate(period.end));
  return vi.campaign.status.ended(formatDate(period.end));
}

export interface FeaturedCampaign<T> {
  campaign: T;
  status: CampaignStatus;
}

/**
 * The campaign the home page shows, with its status. A running campaign comes first (the site's
 * chosen one if it is running, else the latest started); then the next upcoming one; only when
 * nothing runs or is planned, the most recent campaign that ended (the site's chosen one if it
 * names one), which the page introduces as "Chiến dịch gần đây", not "đang diễn ra".
 */
export function featuredCampaign<T extends Item<{ period: Period }>>(campaigns: readonly T[], preferredId: string, today: string): FeaturedCampaign<T> | undefined {
  const withStatus = campaigns.map((campaign) => ({ campaign, status: campaignStatus(campaign.data.period, today) }));
  const pick = (status: CampaignStatus, order: (list: T[]) => T[]): FeaturedCampaign<T> | undefined => {
    const list = withStatus.filter((c) => c.status === status).map((c) => c.campaign);
    if (list.length === 0) return undefined;
    return { campaign: list.find((c) => c.id === preferredId) ?? order(list)[0]!, status };
  };
  const soonestFirst = (list: T[]) => [...list].sort((a, b) => a.data.period.start.localeCompare(b.data.period.start) || a.id.localeCompare(b.id));
  const latestEndFirst = (list: T[]) => [...list].sort((a, b) => b.data.period.end.localeCompare(a.data.period.end) || a.id.localeCompare(b.id));
  return pick('running', campaignsByRecency) ?? pick('upcoming', soonestFirst) ?? pick('ended', latestEndFirst);
}
