// Accessibility gate: axe-core, run in Chromium, reports no WCAG 2.2 AA violation on one page of
// every template found in the build (by body class kind-<kind>), in Vietnamese.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { KNOWN_KINDS, builtPages, onePagePerKind } from '../../src/integrations/built-pages.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { dist } = inject('exampleBuild');
const perKind = onePagePerKind(builtPages(dist));
let server: StaticServer;
let browser: Browser;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Loads a page (after `change`, if given, is run in it) and returns axe's violations. */
async function violationsOf(url: string, change?: () => void): Promise<AxeViolation[]> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const response = await page.goto(server.origin + url);
    expect(response?.ok(), url).toBe(true);
    if (change) await page.evaluate(change);
    await page.evaluate(axeSource);
    return (await page.evaluate(
      (tags) => (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe.run({ runOnly: { type: 'tag', values: tags } }).then((r) => r.violations),
      TAGS,
    )) as AxeViolation[];
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  test('finds a page of every template that exists today', () => {
    expect([...perKind.keys()]).toEqual(expect.arrayContaining([...KNOWN_KINDS]));
  });

  test('the gate sees a violation when a page has one (an image without alt, a nameless link)', async () => {
    const [, page] = [...perKind][0]!;
    const violations = await violationsOf(page.url, () => {
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<img src="/logo.svg" width="10" height="10"><a href="/"><img src="/logo.svg" width="10" height="10" alt=""></a>');
    });
    expect(violations.map((v) => v.id).sort()).toEqual(['image-alt', 'link-name']);
  });

  test.each([...perKind].map(([kind, page]) => [kind, page.url]))('%s page (%s) has no violations', async (_kind, url) => {
    const violations = await violationsOf(url);
    const readable = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`);
    expect(readable).toEqual([]);
  });
});
