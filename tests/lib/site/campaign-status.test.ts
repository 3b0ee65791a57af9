import { describe, expect, test } from 'vitest';
import { campaignStatus, campaignStatusText, featuredCampaign } from '../../../src/lib/site/campaign-status.ts';

const may2023 = { start: '2023-05-01', end: '2023-05-31' };

describe('campaignStatus', () => {
  test('a campaign is upcoming before its first day, running on its first and last day, ended after', () => {
    expect(campaignStatus(may2023, '2023-04-30')).toBe('upcoming');
    expect(campaignStatus(may2023, '2023-05-01')).toBe('running');
    expect(campaignStatus(may2023, '2023-05-31')).toBe('running');
    expect(campaignStatus(may2023, '2023-06-01')).toBe('ended');
  });

  test('a one-day event runs on that day only', () => {
    const day = { start: '2020-05-23', end: '2020-05-23' };
    expect([campaignStatus(day, '2020-05-22'), campaignStatus(day, '2020-05-23'), campaignStatus(day, '2020-05-24')]).toEqual(['upcoming', 'running', 'ended']);
  });
});

describe('featuredCampaign', () => {
  const c = (id: string, start: string, end: string) => ({ id, data: { period: { start, end } } });
  const list = [c('le-ra-quan-2020', '2020-05-23', '2020-05-23'), c('bac-giang-2023', '2023-05-01', '2023-05-31'), c('tho-xuong-2024', '2024-04-23', '2024-05-31'), c('lang-son-2027', '2027-05-01', '2027-05-31')];

  test('a running campaign wins over the one the site names', () => {
    expect(featuredCampaign(list, 'bac-giang-2023', '2024-05-10')).toEqual({ campaign: list[2], status: 'running' });
  });

  test("the site's choice wins among running campaigns", () => {
    const overlapping = [...list, c('kien-giang-2021-2025', '2021-01-01', '2025-12-31')];
    expect(featuredCampaign(overlapping, 'kien-giang-2021-2025', '2024-05-10')?.campaign.id).toBe('kien-giang-2021-2025');
    expect(featuredCampaign(overlapping, 'bac-giang-2023', '2024-05-10')?.campaign.id).toBe('tho-xuong-2024');
  });

  test('with nothing running, the next upcoming campaign', () => {
    expect(featuredCampaign(list, 'bac-giang-2023', '2026-11-30')).toEqual({ campaign: list[3], status: 'upcoming' });
  });

  test("with nothing running or planned, the site's chosen campaign, marked ended", () => {
    const past = list.slice(0, 3);
    expect(featuredCampaign(past, 'bac-giang-2023', '2026-11-30')).toEqual({ campaign: list[1], status: 'ended' });
  });

  test('with nothing running or planned and no valid choice, the campaign that ended last', () => {
    expect(featuredCampaign(list.slice(0, 3), 'missing', '2026-11-30')?.campaign.id).toBe('tho-xuong-2024');
    expect(featuredCampaign([], 'missing', '2026-11-30')).toBeUndefined();
  });
});

describe('campaignStatusText', () => {
  test('says in words where the campaign stands, with the date that matters', () => {
    const period = { start: '2023-05-01', end: '2023-05-31' };
    expect(campaignStatusText(period, '2023-04-01')).toBe('Sắp diễn ra, bắt đầu 1/5/2023');
    expect(campaignStatusText(period, '2023-05-10')).toBe('Đang diễn ra, đến hết 31/5/2023');
    expect(campaignStatusText(period, '2026-11-30')).toBe('Đã kết thúc ngày 31/5/2023');
  });
});
