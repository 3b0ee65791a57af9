// Snapshot validation over random snapshots: good ones pass and give a tree without cycles;
// broken ones (any value swapped for junk, a key removed, random parents) never crash the check,
// and every error is one line that names the file and a JSON path that exists in the file.
import { describe, expect } from 'vitest';
import { buildTree } from '../../../src/lib/data/aggregate.ts';
import { checkSnapshots } from '../../../src/lib/data/check-snapshots.ts';
import { validateSnapshot } from '../../../src/lib/data/validate.ts';
import { formatIssue, type ContentIssue } from '../../../src/lib/content/content-issue.ts';
import { fc, test } from '../../helpers/property.ts';
import { fieldKeys } from '../../helpers/json-mutations.ts';
import { brokenSnapshot, snapshotOf, unitTree, validSnapshot, type RawUnit } from '../../helpers/snapshot-arbitraries.ts';

const FILE = 'content/data/chien-dich.json';
const CAMPAIGNS = new Set(['chien-dich']);

/** The error's place exists in the file: every key but the last leads somewhere (the last may be a missing field). */
function expectPathIn(raw: unknown, issue: ContentIssue): void {
  const path = fieldKeys(issue.field);
  expect(path.length, formatIssue(issue)).toBeGreaterThan(0);
  let here: unknown = raw;
  for (const key of path.slice(0, -1)) {
    expect(here !== null && typeof here === 'object', `${formatIssue(issue)}: nothing at ${String(key)}`).toBe(true);
    here = (here as Record<string | number, unknown>)[key];
  }
  expect(here !== null && typeof here === 'object', formatIssue(issue)).toBe(true);
}

function expectOneLine(issue: ContentIssue): void {
  const line = formatIssue(issue);
  expect(line).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(line.startsWith(`${FILE} › ${issue.field}: `) || (issue.field === '' && line.startsWith(`${FILE}: `))).toBe(true);
  // Said in Vietnamese, never a library's English message.
  expect(issue.expected).not.toMatch(/\b(Invalid|expected|Too (small|big)|Unrecognized)\b/);
}

describe('validateSnapshot', () => {
  test.prop([validSnapshot])('a good snapshot passes, and its tree lists every unit once, children before parents', (raw) => {
    const check = validateSnapshot(FILE, raw, CAMPAIGNS);
    expect(check.errors.map(formatIssue)).toEqual([]);
    const tree = buildTree(check.snapshot!);
    expect([...tree.postOrder].sort((a, b) => a - b)).toEqual(raw.units.map((_, i) => i));
    const position = new Map([...tree.postOrder].map((unit, k) => [unit, k]));
    raw.units.forEach((u, i) => {
      if (u.parent !== null) expect(position.get(i)!).toBeLessThan(position.get(tree.index.get(u.parent)!)!);
    });
  });

  test.prop([brokenSnapshot])('never crashes on a broken snapshot; every error is one line naming the file and a JSON path in it', (raw) => {
    const check = validateSnapshot(FILE, raw, CAMPAIGNS);
    expect(check.snapshot === null).toBe(check.errors.length > 0);
    for (const issue of check.errors) {
      expect(issue.file).toBe(FILE);
      expectOneLine(issue);
      if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) expectPathIn(raw, issue);
    }
  });

  test.prop([fc.jsonValue({ maxDepth: 3 })])('any JSON at all: never a crash, and a non-object is one whole-file error', (raw) => {
    const check = validateSnapshot(FILE, raw, CAMPAIGNS);
    expect(check.snapshot).toBeNull();
    for (const issue of check.errors) expectOneLine(issue);
  });

  const rewired = unitTree.chain((units) =>
    fc.tuple(fc.constant(units), fc.array(fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: null })), { minLength: 1, maxLength: 4 })).map(([good, changes]): RawUnit[] => {
      const out = good.map((u) => ({ ...u }));
      for (const [at, to] of changes) out[at % out.length]!.parent = to === null ? null : to % (out.length + 1) === out.length ? 'khong-co' : `u-${to % out.length}`;
      return out;
    }),
  ).chain(snapshotOf);

  test.prop([rewired])('random parents: a cycle or an unknown parent is an error on units[i].parent; what passes is a tree', (raw) => {
    const check = validateSnapshot(FILE, raw, CAMPAIGNS);
    const ids = new Set(raw.units.map((u) => u.id));
    const unknownParent = raw.units.some((u) => u.parent !== null && !ids.has(u.parent));
    const parentOf = new Map(raw.units.map((u) => [u.id, u.parent]));
    const inCycle = raw.units.some((u) => {
      const seen = new Set<string>();
      for (let here: string | null = u.id; here !== null && ids.has(here); here = parentOf.get(here) ?? null) {
        if (seen.has(here)) return true;
        seen.add(here);
      }
      return false;
    });
    const parentErrors = check.errors.filter((e) => /^units\[\d+\]\.parent$/.test(e.field));
    expect(parentErrors.length > 0).toBe(unknownParent || inCycle);
    if (inCycle) expect(parentErrors.some((e) => e.expected.includes('vòng'))).toBe(true);
    if (check.snapshot) expect(buildTree(check.snapshot).postOrder).toHaveLength(raw.units.length);
  });
});

describe('checkSnapshots', () => {
  test.prop([fc.oneof(brokenSnapshot.map((raw) => JSON.stringify(raw) ?? ''), fc.string(), fc.uint8Array({ maxLength: 200 }))])('any file text or bytes: never a crash, every error and warning one line naming the file', (text) => {
    const report = checkSnapshots([{ file: FILE, text }], CAMPAIGNS);
    for (const issue of [...report.errors, ...report.warnings]) {
      expect(issue.file).toBe(FILE);
      expectOneLine(issue);
    }
    expect(report.snapshots.length + (report.errors.length > 0 ? 1 : 0)).toBe(1);
  });
});
