import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { contentSources } from '../../helpers/content-sources.ts';

const FILE = 'search/tu-dong-nghia.yaml';

describe('the synonyms file', () => {
  test('is optional: a content folder without it has no synonyms', () => {
    const report = checkContent(contentSources());
    expect(report.errors).toEqual([]);
    expect(report.entries.synonyms).toEqual([]);
  });
  test('gives its groups, as written (NFC), to the build', () => {
    const report = checkContent(contentSources({ [FILE]: `groups:\n  - [tử tuất, ${'tiền tuất'.normalize('NFD')}]\n  - [về hưu, nghỉ hưu]\n` }));
    expect(report.errors).toEqual([]);
    expect(report.entries.synonyms).toEqual([['tử tuất', 'tiền tuất'], ['về hưu', 'nghỉ hưu']]);
  });
  test('warns when a phrase is in two groups, whatever its marks', () => {
    const report = checkContent(contentSources({ [FILE]: 'groups:\n  - [lương hưu, hưu trí]\n  - [Huu tri, chế độ hưu]\n' }));
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatIssue)).toEqual(['content/search/tu-dong-nghia.yaml › groups[1][0]: cụm từ này đã có trong nhóm groups[0]: nên gộp hai nhóm làm một; gặp: "Huu tri"']);
  });
  test('the same phrase twice in one group is no warning (the group is still one)', () => {
    const report = checkContent(contentSources({ [FILE]: 'groups:\n  - [hưu trí, Hưu trí, lương hưu]\n' }));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
  test('a broken file stops the build like any content file', () => {
    const report = checkContent(contentSources({ [FILE]: 'groups:\n  - [lương hưu, hưu trí\n' }));
    expect(report.errors.map(formatIssue)[0]).toMatch(/^content\/search\/tu-dong-nghia\.yaml: cần YAML hợp lệ/);
  });
});
