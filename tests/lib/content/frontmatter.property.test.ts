// Every collection's frontmatter and site.yaml over random edits of a good file (a value swapped
// for junk of another kind, a field removed, an unknown field added) and over random bytes: the
// content check never crashes, and every error is one line in Vietnamese naming the file and,
// when it is about a field, a path that exists in what the author wrote.
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect } from 'vitest';
import { checkContent, type ContentSources } from '../../../src/lib/content/check-content.ts';
import { formatIssue, type ContentIssue } from '../../../src/lib/content/content-issue.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../../src/schemas/index.ts';
import { fc, test } from '../../helpers/property.ts';
import { fieldKeys, mutated } from '../../helpers/json-mutations.ts';

const SMALL = path.resolve(import.meta.dirname, '../../fixtures/content-small');
const good = readContentSources(SMALL);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);

function frontmatterOf(text: string): { data: unknown; body: string } {
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(yaml!), body: body! };
}

/** The good fixture with one file's text replaced. */
function withFile(target: CollectionName | 'site', text: string | Uint8Array): { sources: ContentSources; file: string } {
  const bytes = typeof text === 'string' ? encode(text) : text;
  if (target === 'site') return { sources: { ...good, site: { file: good.site!.file, bytes } }, file: good.site!.file };
  const [first, ...rest] = good.collections[target];
  return { sources: { ...good, collections: { ...good.collections, [target]: [{ file: first!.file, bytes }, ...rest] } }, file: first!.file };
}

const ENGLISH = /\b(Invalid|expected|Too (small|big)|Unrecognized|Required)\b/;

function expectReadable(issue: ContentIssue, files: Set<string>): void {
  const line = formatIssue(issue);
  expect(files.has(issue.file), line).toBe(true);
  expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(issue.expected, line).not.toMatch(ENGLISH);
}

/** The place an error names exists in what was written (the last key may be a missing field). */
function expectPlaceIn(data: unknown, issue: ContentIssue): void {
  let here: unknown = data;
  for (const key of fieldKeys(issue.field).slice(0, -1)) {
    expect(here !== null && typeof here === 'object', formatIssue(issue)).toBe(true);
    here = (here as Record<string | number, unknown>)[key];
  }
  expect(here !== null && typeof here === 'object', formatIssue(issue)).toBe(true);
}

const ALL_FILES = new Set([good.site!.file, ...COLLECTION_NAMES.flatMap((n) => good.collections[n].map((f) => f.file))]);

describe('the content check', () => {
  test('passes the good fixture with no error (the control)', () => {
    expect(checkContent(good).errors.map(formatIssue)).toEqual([]);
  });

  const targets = [...COLLECTION_NAMES, 'site'] as const;
  const edit = fc.constantFrom(...targets).chain((target) => {
    const source = target === 'site' ? good.site! : good.collections[target][0]!;
    const text = decode(source.bytes);
    const { data, body } = target === 'site' ? { data: parse(text), body: '' } : frontmatterOf(text);
    return mutated(data).map((changed) => ({ target, changed, text: target === 'site' ? stringify(changed) : `---\n${stringify(changed)}---\n${body}` }));
  });

  test.prop([edit], { numRuns: 150 })('any edit of a frontmatter or site.yaml: no crash, each error one Vietnamese line at a real place', ({ target, changed, text }) => {
    const { sources, file } = withFile(target, text);
    const report = checkContent(sources);
    for (const issue of [...report.errors, ...report.warnings]) {
      expectReadable(issue, ALL_FILES);
      const objectWritten = changed !== null && typeof changed === 'object' && !Array.isArray(changed);
      if (issue.file === file && issue.field && objectWritten) expectPlaceIn(changed, issue);
    }
  });

  // YAML's own traps among the random text: aliases without anchors, tags, complex keys, tabs.
  const yamlish = fc.oneof(
    fc.constantFrom('*!', 'a: *b', 'title: &x [*x]', 'title: !!binary x', '? [a]\n: 1', 'title:\t- x', 'a: 1\na: 2', 'title: "không đóng', '- a\n- b', '~', 'title: |\n  a\n b'),
    fc.string(),
    fc.string({ unit: 'binary' }),
  );
  const fileText = fc.oneof(yamlish, yamlish.map((s) => `---\n${s}\n---\n`), fc.uint8Array({ maxLength: 300 }));

  test.prop([fc.constantFrom(...targets), fileText], { numRuns: 150 })('any text or bytes as a content file: no crash, each error one Vietnamese line, any line it names inside the file', (target, text) => {
    const report = checkContent(withFile(target, text).sources);
    const lines = typeof text === 'string' ? text.split('\n').length : Infinity;
    for (const issue of [...report.errors, ...report.warnings]) {
      expectReadable(issue, ALL_FILES);
      for (const [, n] of issue.expected.matchAll(/dòng (\d+)/g)) {
        expect(Number(n), formatIssue(issue)).toBeGreaterThanOrEqual(1);
        expect(Number(n), formatIssue(issue)).toBeLessThanOrEqual(lines);
      }
    }
  });
});
