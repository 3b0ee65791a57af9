// Valid HTML gate: html-validate (config: .htmlvalidate.mjs) reports no error on any built page.
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { builtPages } from '../../src/integrations/built-pages.ts';

const { dist } = inject('exampleBuild');
const pages = builtPages(dist);
const validator = new HtmlValidate(new StaticConfigLoader(config));

async function errorsOf(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

describe('valid HTML (html-validate)', () => {
  test('the built site has pages to validate', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  test('every built page has no html-validate error', async () => {
    const errors: string[] = [];
    for (const page of pages) errors.push(...(await errorsOf(page.html, path.join('dist', page.file))));
    expect(errors).toEqual([]);
  });

  test('the validator reports a real error (a duplicated id, an unclosed element)', async () => {
    const page = pages[0]!;
    const broken = page.html.replace('</main>', '<p id="noi-dung"><span></main>');
    const rules = (await errorsOf(broken, page.file)).map((line) => line.split(' ')[1]);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id:', 'close-order:']));
  });
});
