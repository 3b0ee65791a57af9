import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { CAMPAIGN, POLICY, contentSources } from '../../helpers/content-sources.ts';
import { resolveEntriesAmounts } from '../../../src/lib/rules/resolve-content.ts';
import { setOn } from '../../helpers/rules-fixture.ts';

const jobsOf = (files: Parameters<typeof contentSources>[0]) => entryImageJobs(checkContent(contentSources(files)).entries);

describe('entryImageJobs', () => {
  test('prints a one-day campaign as one date on its images and on its messages’ images', () => {
    const oneDay = CAMPAIGN.replace('start: "2023-05-01"', 'start: "2023-05-23"').replace('end: "2023-05-31"', 'end: "2023-05-23"').replace('date: "2023-04-20"', 'date: "2023-05-23"');
    const jobs = jobsOf({ 'campaigns/thang-5.mdx': oneDay });
    const details = new Set(jobs.filter((j) => (j.kind === 'chien-dich' || j.kind === 'thong-diep') && !j.undated).map((j) => j.props.detail));
    expect([...details]).toEqual(['23/5/2023 · huyện Thử']);
    // The undated variants (a slogan reused next year) carry no date at all.
    expect(jobs.filter((j) => j.undated).every((j) => j.props.detail === undefined)).toBe(true);
  });

  test("puts a policy's short answer under its question on the share images", () => {
    const answered = POLICY.replace('summary: Giải thích ngắn.', 'summary: Giải thích ngắn.\nanswer: Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.');
    const policyJobs = jobsOf({ 'policies/la-gi.mdx': answered }).filter((j) => j.kind === 'chinh-sach');
    expect(policyJobs.map((j) => [j.format, j.props.headline, j.props.detail])).toEqual([
      ['og', 'BHXH tự nguyện là gì?', 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.'],
      ['square', 'BHXH tự nguyện là gì?', 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.'],
    ]);
    expect(jobsOf({}).filter((j) => j.kind === 'chinh-sach').every((j) => j.props.detail === undefined)).toBe(true);
  });
});

describe('entryImageJobs after the amounts are computed', () => {
  test("a policy's share images carry its answer with the amounts of the rules' day, not the {{…}} written", () => {
    const answered = POLICY.replace('summary: Giải thích ngắn.', 'summary: Giải thích ngắn.\nanswer: "Thấp nhất {{muc-dong-thap-nhat}}/tháng; Nhà nước hỗ trợ từ {{ho-tro-khac}}."');
    const checked = checkContent(contentSources({ 'policies/la-gi.mdx': answered })).entries;
    // 30/11/2026: 22 % × 1.500.000 = 330.000 đồng; the State pays 20 % of it: 66.000 đồng.
    const { entries, issues } = resolveEntriesAmounts(checked, setOn('2026-11-30'));
    expect(issues).toEqual([]);
    const details = entryImageJobs(entries).filter((j) => j.kind === 'chinh-sach').map((j) => j.props.detail?.replace(/\s/g, ' '));
    expect(details).toEqual(['Thấp nhất 330.000 đồng/tháng; Nhà nước hỗ trợ từ 66.000 đồng.', 'Thấp nhất 330.000 đồng/tháng; Nhà nước hỗ trợ từ 66.000 đồng.']);
  });
});
