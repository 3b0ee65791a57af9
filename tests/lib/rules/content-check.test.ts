// The rules and the amount names are checked with the rest of the content (npm run content:check
// and the build use checkContent), and runContentCheck resolves amounts for the reference date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { runContentCheck } from '../../../src/integrations/run-content-check.ts';
import { POLICY, contentSources } from '../../helpers/content-sources.ts';
import { ROOT } from '../../helpers/build-site.ts';
import { RULES_YAML, edit, encode } from '../../helpers/rules-fixture.ts';

const withRules = (files: Parameters<typeof contentSources>[0], rules: string | null = RULES_YAML) => ({
  ...contentSources(files),
  rules: { main: rules === null ? null : { file: 'content/rules/bhxh-tu-nguyen.yaml', bytes: encode(rules) }, locals: [] },
});

describe('checkContent with rules', () => {
  test('an unknown amount name in a policy stops the check, with file and field', () => {
    const policy = edit(POLICY, 'summary: Giải thích ngắn.', 'summary: "Từ {{tu-dong-khac}} đến {{muc-dong-thapnhat}}"');
    expect(checkContent(withRules({ 'policies/la-gi.mdx': policy })).errors.map(formatIssue)).toEqual([
      expect.stringMatching(/^content\/policies\/la-gi\.mdx › summary: không có số liệu tên "muc-dong-thapnhat" \(có phải "muc-dong-thap-nhat"\?\); .*; gặp: "\{\{muc-dong-thapnhat\}\}"$/),
    ]);
  });
  test('an unknown name in an MDX body names the line of the file', () => {
    const policy = `${POLICY}\nĐóng {{thu-nhap-toi-thieu}} mỗi tháng.\n`;
    const [line] = checkContent(withRules({ 'policies/la-gi.mdx': policy })).errors.map(formatIssue);
    expect(line).toMatch(/^content\/policies\/la-gi\.mdx › nội dung \(dòng 13\): không có số liệu tên "thu-nhap-toi-thieu"/);
  });
  test('invalid rules are content errors too', () => {
    const errors = checkContent(withRules({}, edit(RULES_YAML, 'value: 2530000', 'value: -2530000'))).errors.map(formatIssue);
    expect(errors).toEqual(['content/rules/bhxh-tu-nguyen.yaml › referenceLevel[5].value: cần số lớn hơn 0; gặp: -2530000']);
  });
});

describe('runContentCheck', () => {
  test('frontmatter amounts are computed for the reference date (share images read these entries)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-rules-'));
    try {
      fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), dir, { recursive: true });
      const file = path.join(dir, 'policies/muc-dong.mdx');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('summary: Mức đóng thấp nhất là 22 % của 1.500.000 đồng.', 'summary: "Trần {{thu-nhap-cao-nhat}}, mai táng {{tro-cap-mai-tang}}"'));
      const summaryOn = (day: string) => {
        const env = { ...process.env };
        process.env.LOA_REFERENCE_DATE = day;
        try {
          return runContentCheck(dir, () => {}).entries.policies[0]!.data.summary;
        } finally {
          process.env = env;
        }
      };
      expect(summaryOn('2026-06-30')).toBe('Trần 46.800.000\u00a0đồng, mai táng 23.400.000\u00a0đồng');
      expect(summaryOn('2026-07-01')).toBe('Trần 50.600.000\u00a0đồng, mai táng 25.300.000\u00a0đồng');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
