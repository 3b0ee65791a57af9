// A campaign's milestones as citizens read them, and what staff need to know about them. A plan
// that slipped a year ("25/4/2022" in a 2023 plan) shows the corrected date with a short plain
// remark ("kế hoạch ghi 2022"); the doubt itself ("có thể kế hoạch ghi nhầm năm") is for staff.
import type { Campaign } from '../../schemas/campaign.ts';
import { isOffYear } from '../content/campaign-warnings.ts';
import { formatDate } from '../format/vi-format.ts';

export interface MilestoneView {
  /** The date shown, YYYY-MM-DD: the corrected one when the content gives it. */
  date: string;
  /** The year the plan wrote, when the shown date corrects it. */
  planYear?: string;
  what: string;
  who?: string;
}

/** Milestones in date order, each with the date to show. */
export function milestoneViews(campaign: Campaign): MilestoneView[] {
  return campaign.milestones
    .map((m) => {
      const corrected = m.correctedDate && m.correctedDate !== m.date ? m.correctedDate : undefined;
      return { date: corrected ?? m.date, ...(corrected && { planYear: m.date.slice(0, 4) }), what: m.what, ...(m.who && { who: m.who }) };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** One note for staff per milestone the plan dates outside the campaign's years. */
export function milestoneStaffNotes(campaign: Campaign): string[] {
  return campaign.milestones.flatMap((m) => {
    if (!isOffYear(campaign, m.date)) return [];
    const shown = m.correctedDate ? `trang hiển thị ngày đã sửa ${formatDate(m.correctedDate)}` : 'trang hiển thị đúng như kế hoạch ghi; có thể kế hoạch ghi nhầm năm';
    return [`Mốc “${m.what}”: kế hoạch ghi ngày ${formatDate(m.date)}, nằm ngoài thời gian của chiến dịch; ${shown}.`];
  });
}
