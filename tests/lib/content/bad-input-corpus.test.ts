// The bad-input corpus (tests/fixtures/bad-input/corpus.ts): each broken file yields exactly the
// readable lines it should, naming file and field. Odd-but-valid input (NFD text, markup in
// titles) is accepted as text; tests/build/injected-markup.test.ts checks how pages show it.
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { BAD_INPUTS } from '../../fixtures/bad-input/corpus.ts';
import { ARTICLE, AUDIENCE, MESSAGE, contentSources } from '../../helpers/content-sources.ts';

const errorsOf = (files: Parameters<typeof contentSources>[0]) => checkContent(contentSources(files)).errors.map(formatIssue);

describe('bad-input corpus', () => {
  test('holds at least 25 cases, each with its own name', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BAD_INPUTS.map((c) => c.name)).size).toBe(BAD_INPUTS.length);
  });

  test('starts from content that has no errors', () => {
    expect(errorsOf({})).toEqual([]);
  });

  test.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const errors = errorsOf(c.files);
    expect(errors).toEqual(c.errors);
    expect(errors.length).toBeGreaterThan(0);
    // Every line names the file it is about (and a field unless it is about the whole file).
    for (const line of errors) expect(line).toMatch(/^content\/[^\s]+(?: › [\w.[\]]+)?: \S/);
  });
});

describe('odd but valid input', () => {
  test('NFD text (from some editors) is accepted and stored as NFC', () => {
    const nfd = 'Người nông dân'.normalize('NFD');
    const report = checkContent(contentSources({ 'audiences/nong-dan.mdx': AUDIENCE.replace('name: Nông dân', `name: ${nfd}`) }));
    expect(report.errors).toEqual([]);
    expect(report.entries.audiences[0]?.data.name).toBe('Người nông dân'.normalize('NFC'));
    expect(report.entries.audiences[0]?.data.name).not.toBe(nfd);
  });

  test('markup in a title, a slogan and a tag is kept as the author wrote it (pages show it as text)', () => {
    const title = '<script>alert(1)</script> Ra quân';
    const slogan = 'Tham gia <b>BHXH</b> & <img src=x onerror=alert(1)>';
    const report = checkContent(
      contentSources({
        'articles/ra-quan.mdx': ARTICLE.replace('title: Ra quân tháng cao điểm', `title: "${title}"`).replace('tags: [tháng cao điểm]', 'tags: ["<i>tag</i>"]'),
        'messages/thang-5-1.mdx': MESSAGE.replace('text: Tham gia BHXH tự nguyện để có lương hưu.', `text: "${slogan}"`),
      }),
    );
    expect(report.errors).toEqual([]);
    expect(report.entries.articles[0]?.data.title).toBe(title);
    expect(report.entries.articles[0]?.data.tags).toEqual(['<i>tag</i>']);
    expect(report.entries.messages[0]?.data.text).toBe(slogan);
  });
});
