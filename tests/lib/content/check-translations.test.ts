import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { contentSources } from '../../helpers/content-sources.ts';

const KM_MESSAGE = `---
text: ចូលរួមធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត ដើម្បីមានប្រាក់សោធន។
---
`;

describe('translations (content/<collection>/km/<id>.mdx)', () => {
  test('a translation with the id of a Vietnamese entry is checked and kept', () => {
    const report = checkContent(contentSources({ 'messages/km/thang-5-1.mdx': KM_MESSAGE }));
    expect(report.errors).toEqual([]);
    expect(report.translations.km.messages.map((t) => [t.id, t.data.text, t.data.reviewedBy])).toEqual([['thang-5-1', 'ចូលរួមធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត ដើម្បីមានប្រាក់សោធន។', undefined]]);
  });

  test('a translation of no Vietnamese entry stops the build, naming the file it should match', () => {
    const report = checkContent(contentSources({ 'messages/km/thang-5-9.mdx': KM_MESSAGE }));
    expect(report.errors.map(formatIssue)).toEqual([
      'content/messages/km/thang-5-9.mdx: một bản dịch phải cùng tên tệp với mục tiếng Việt nó dịch: không có content/messages/thang-5-9.mdx',
    ]);
    expect(report.translations.km.messages).toEqual([]);
  });

  test('a translation carries only reader-facing text: a campaign field is refused with its name', () => {
    const report = checkContent(contentSources({ 'messages/km/thang-5-1.mdx': `---\ntext: សារ។\ncampaigns: [thang-5]\n---\n` }));
    expect(report.errors.map((e) => e.file)).toEqual(['content/messages/km/thang-5-1.mdx']);
    expect(formatIssue(report.errors[0]!)).toContain('campaigns');
  });

  test('amount names in a translation are checked like the Vietnamese ones', () => {
    const policy = `---\ntitle: ប្រាក់បង់\nsummary: យ៉ាងតិច {{muc-dong-thap-nhatt}} ក្នុងមួយខែ។\n---\n`;
    const report = checkContent(contentSources({ 'policies/km/la-gi.mdx': policy }));
    expect(report.errors.map((e) => [e.file, e.field])).toEqual([['content/policies/km/la-gi.mdx', 'summary']]);
    expect(report.errors[0]!.expected).toContain('muc-dong-thap-nhat');
  });

  test('the Khmer text is kept as NFC, a missing required field is named', () => {
    const report = checkContent(contentSources({ 'audiences/km/nong-dan.mdx': `---\nname: កសិករ\nsummary: កសិករ។\n---\n` }));
    expect(report.errors.map(formatIssue)).toEqual(['content/audiences/km/nong-dan.mdx › iAm: thiếu trường bắt buộc (cần một đoạn chữ)']);
  });
});
