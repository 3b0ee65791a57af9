// Things in a campaign that are possible but probably a typo in the plan: worth a warning,
// never a failed build (the Bắc Giang 2023 plan really dates four of its deadlines in 2022).
import type { Campaign } from '../../schemas/campaign.ts';
import type { ContentIssue } from './content-issue.ts';
import type { Entry } from './entries.ts';

/** True when a date falls outside the calendar years the campaign runs in. */
export function isOffYear(campaign: Campaign, isoDate: string): boolean {
  const year = isoDate.slice(0, 4);
  return year < campaign.period.start.slice(0, 4) || year > campaign.period.end.slice(0, 4);
}

/** A warning for each milestone dated outside the calendar years the campaign runs in. */
export function milestoneWarnings(campaign: Entry<Campaign>): ContentIssue[] {
  const firstYear = Number(campaign.data.period.start.slice(0, 4));
  const lastYear = Number(campaign.data.period.end.slice(0, 4));
  const years = firstYear === lastYear ? `năm ${firstYear}` : `các năm ${firstYear}–${lastYear}`;
  return campaign.data.milestones.flatMap((milestone, i) => {
    const issues: ContentIssue[] = [];
    const what = `mốc "${milestone.what.slice(0, 60)}"`;
    if (isOffYear(campaign.data, milestone.date)) {
      const shown = milestone.correctedDate
        ? `; trang hiển thị ngày đã sửa ${milestone.correctedDate} (correctedDate)`
        : ' (có thể kế hoạch ghi nhầm năm; nếu chắc, ghi ngày đúng vào correctedDate)';
      issues.push({ file: campaign.file, field: `milestones[${i}].date`, expected: `${what} nằm ngoài ${years} của chiến dịch${shown}`, found: milestone.date });
    }
    if (milestone.correctedDate && isOffYear(campaign.data, milestone.correctedDate)) {
      issues.push({ file: campaign.file, field: `milestones[${i}].correctedDate`, expected: `${what}: ngày sửa cũng nằm ngoài ${years} của chiến dịch`, found: milestone.correctedDate });
    }
    return issues;
  });
}
