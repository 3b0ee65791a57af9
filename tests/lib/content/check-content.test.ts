import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatIssue, formatIssues } from '../../../src/lib/content/content-issue.ts';
import { CAMPAIGN, POLICY, contentSources } from '../../helpers/content-sources.ts';

const errorsOf = (files: Parameters<typeof contentSources>[0]) => checkContent(contentSources(files)).errors.map(formatIssue);

describe('checkContent', () => {
  test('accepts a valid minimal content folder with no errors or warnings', () => {
    const report = checkContent(contentSources());
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.entries.campaigns.map((c) => c.id)).toEqual(['thang-5']);
    expect(report.entries.site?.hotline.dial).toBe('19009068');
  });

  test('names the file, the field, what was expected and what was found for a malformed date', () => {
    const broken = CAMPAIGN.replace('start: "2023-05-01"', 'start: "31/13/2023"');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual([
      'content/campaigns/thang-5.mdx › period.start: cần một ngày dạng YYYY-MM-DD (ví dụ 2023-05-31); gặp: "31/13/2023"',
    ]);
  });

  test('rejects a day that does not exist instead of rolling it over to the next year', () => {
    const broken = CAMPAIGN.replace('start: "2023-05-01"', 'start: 2023-13-31');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual([
      'content/campaigns/thang-5.mdx › period.start: ngày này không có trên lịch; gặp: "2023-13-31"',
    ]);
  });

  test('reports a missing required field by name', () => {
    const broken = CAMPAIGN.replace('theme: Điểm tựa an sinh\n', '');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual([
      'content/campaigns/thang-5.mdx › theme: thiếu trường bắt buộc (cần một đoạn chữ)',
    ]);
  });

  test('reports a wrong type with the value found', () => {
    const broken = CAMPAIGN.replace('title: Tháng cao điểm thử', 'title: 2023');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual(['content/campaigns/thang-5.mdx › title: cần một đoạn chữ; gặp: 2023']);
  });

  test('catches a misspelt field name instead of silently ignoring it', () => {
    const broken = CAMPAIGN.replace('theme:', 'theme: x\nthem:');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual([
      'content/campaigns/thang-5.mdx: trường không có trong mẫu (gõ sai tên?): them',
    ]);
  });

  test('rejects an unknown enum value listing the allowed ones', () => {
    const broken = CAMPAIGN.replace('level: huyen', 'level: quan');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual([
      'content/campaigns/thang-5.mdx › document.level: cần một trong: trung-uong, tinh, huyen, xa; gặp: "quan"',
    ]);
  });

  test('rejects a period that ends before it starts', () => {
    const broken = CAMPAIGN.replace('end: "2023-05-31"', 'end: "2023-04-30"');
    expect(errorsOf({ 'campaigns/thang-5.mdx': broken })).toEqual([
      'content/campaigns/thang-5.mdx › period.end: ngày kết thúc phải sau ngày bắt đầu; gặp: "2023-04-30"',
    ]);
  });

  test('stops on a message that points at a campaign that does not exist', () => {
    const broken = `---\ntext: Khẩu hiệu\ncampaigns: [thang-6]\n---\n`;
    expect(errorsOf({ 'messages/thang-5-1.mdx': broken })).toEqual([
      'content/messages/thang-5-1.mdx › campaigns[0]: cần mã của một mục có trong content/campaigns (có: thang-5); gặp: "thang-6"',
    ]);
  });

  test("stops on an article's unknown campaign, a policy's unknown audience and the site's unknown current campaign", () => {
    const errors = errorsOf({
      'articles/ra-quan.mdx': `---\ntitle: Tin\ndate: "2023-05-02"\nauthor: A\ncampaign: khong-co\nsummary: S\n---\n`,
      'policies/la-gi.mdx': `---\ntitle: T\nsummary: S\ntopic: tong-quan\naudiences: [ngu-dan]\nsources: [{document: Luật 41}]\nreviewed: "2026-11-22"\n---\n`,
      'site.yaml': contentSources().site ? new TextDecoder().decode(contentSources().site!.bytes).replace('currentCampaign: thang-5', 'currentCampaign: thang-9') : '',
    });
    expect(errors).toEqual([
      'content/articles/ra-quan.mdx › campaign: cần mã của một mục có trong content/campaigns (có: thang-5); gặp: "khong-co"',
      'content/policies/la-gi.mdx › audiences[0]: cần mã của một mục có trong content/audiences (có: nong-dan); gặp: "ngu-dan"',
      'content/site.yaml › currentCampaign: cần mã của một mục có trong content/campaigns (có: thang-5); gặp: "thang-9"',
    ]);
  });

  test('reports an empty file', () => {
    expect(errorsOf({ 'articles/trong.mdx': '' })).toEqual(['content/articles/trong.mdx: tệp rỗng: cần phần đầu (frontmatter) giữa hai dòng ---']);
  });

  test('reports a binary file named .mdx', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]);
    expect(errorsOf({ 'articles/anh.mdx': bytes })).toEqual(['content/articles/anh.mdx: cần một tệp văn bản (UTF-8); đây là tệp nhị phân']);
  });

  test('reports a YAML syntax error with its line', () => {
    const broken = `---\ntitle: "chưa đóng ngoặc\ndate: "2023-05-02"\n---\n`;
    const [error] = errorsOf({ 'articles/ra-quan.mdx': broken });
    expect(error).toMatch(/^content\/articles\/ra-quan\.mdx: cần YAML hợp lệ \(dòng \d+: sai cú pháp\)$/);
  });

  test('reports two files that would get the same id', () => {
    expect(errorsOf({ 'articles/ra-quan.md': `---\ntitle: T\n---\n` })).toEqual([
      'content/articles/ra-quan.md: mã "ra-quan" đã được dùng bởi content/articles/ra-quan.mdx: mỗi mục cần một tên tệp riêng',
    ]);
  });

  test('rejects a file name that cannot be a URL segment', () => {
    expect(errorsOf({ 'articles/Tin Mới.mdx': `---\ntitle: T\n---\n` })).toEqual([
      'content/articles/Tin Mới.mdx: tên tệp phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ bai-viet-moi.mdx); gặp: "Tin Mới"',
    ]);
  });

  test('normalises NFD text to NFC', () => {
    const nfd = 'Tham gia bảo hiểm'.normalize('NFD');
    const report = checkContent(contentSources({ 'messages/thang-5-1.mdx': `---\ntext: ${nfd}\ncampaigns: [thang-5]\n---\n` }));
    expect(report.errors).toEqual([]);
    expect(report.entries.messages[0]?.data.text).toBe('Tham gia bảo hiểm'.normalize('NFC'));
  });

  test('warns, without failing, about a milestone dated outside the campaign year', () => {
    const offYear = CAMPAIGN.replace('date: "2023-04-20"', 'date: "2022-04-22"');
    const report = checkContent(contentSources({ 'campaigns/thang-5.mdx': offYear }));
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatIssue)).toEqual([
      'content/campaigns/thang-5.mdx › milestones[0].date: mốc "Họp triển khai" nằm ngoài năm 2023 của chiến dịch (có thể kế hoạch ghi nhầm năm; nếu chắc, ghi ngày đúng vào correctedDate); gặp: 2022-04-22',
    ]);
  });

  test('says which date the page shows when a slipped milestone has its corrected date, and checks that date too', () => {
    const corrected = CAMPAIGN.replace('date: "2023-04-20"', 'date: "2022-04-22"\n    correctedDate: "2023-04-22"');
    expect(checkContent(contentSources({ 'campaigns/thang-5.mdx': corrected })).warnings.map(formatIssue)).toEqual([
      'content/campaigns/thang-5.mdx › milestones[0].date: mốc "Họp triển khai" nằm ngoài năm 2023 của chiến dịch; trang hiển thị ngày đã sửa 2023-04-22 (correctedDate); gặp: 2022-04-22',
    ]);
    const stillWrong = CAMPAIGN.replace('date: "2023-04-20"', 'date: "2022-04-22"\n    correctedDate: "2024-04-22"');
    expect(checkContent(contentSources({ 'campaigns/thang-5.mdx': stillWrong })).warnings.map(formatIssue)).toContain(
      'content/campaigns/thang-5.mdx › milestones[0].correctedDate: mốc "Họp triển khai": ngày sửa cũng nằm ngoài năm 2023 của chiến dịch; gặp: 2024-04-22',
    );
  });

  test("prints a legal source's note for staff as a warning, so content:check still shows it", () => {
    const noted = POLICY.replace('effective: "2025-07-01"', 'effective: "2025-07-01"\n    staffNote: Chưa đối chiếu điều khoản.');
    expect(checkContent(contentSources({ 'policies/la-gi.mdx': noted })).warnings.map(formatIssue)).toEqual([
      'content/policies/la-gi.mdx › sources[0].staffNote: ghi chú cho cán bộ (Luật 41/2024/QH15): Chưa đối chiếu điều khoản.',
    ]);
  });

  test('reports a site.yaml that is not UTF-8 text, once, and goes on with the rest', () => {
    const errors = errorsOf({ 'site.yaml': Uint8Array.from([0x74, 0x65, 0x6e, 0x3a, 0x20, 0xe0]) });
    expect(errors[0]).toBe('content/site.yaml: cần một tệp văn bản mã hoá UTF-8; tệp này dùng bảng mã khác');
    expect(errors.filter((e) => e.startsWith('content/site.yaml: cần một tệp văn bản'))).toHaveLength(1);
  });

  test('reports a missing site.yaml', () => {
    expect(errorsOf({ 'site.yaml': null })[0]).toBe(
      'content/site.yaml: thiếu tệp site.yaml (tên trang, cơ quan, đường dây nóng, địa chỉ trang)',
    );
  });
});

describe('formatIssues', () => {
  test('puts every issue on its own line under one heading with the count', () => {
    const text = formatIssues('Lỗi nội dung', [
      { file: 'content/a.mdx', field: 'title', expected: 'cần chữ', found: '1' },
      { file: 'content/b.mdx', field: '', expected: 'tệp rỗng' },
    ]);
    expect(text).toBe('Lỗi nội dung (2):\n  • content/a.mdx › title: cần chữ; gặp: 1\n  • content/b.mdx: tệp rỗng');
  });
});
