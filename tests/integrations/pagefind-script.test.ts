import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { minifyPagefindScript, PAGEFIND_SCRIPT } from '../../src/integrations/pagefind-script.ts';
import { tempDir } from '../helpers/build-site.ts';

describe('minifyPagefindScript', () => {
  test('makes the script smaller and keeps what it exports and does', async () => {
    const dir = tempDir('pagefind-script');
    const source = `const pagefind_version = "1.6.0";\nlet   longLocalName   =   40;\n\nexport   async   function   search(term) {\n    // a comment\n    return { term, answer: longLocalName + 2, version: pagefind_version };\n}\n`;
    fs.writeFileSync(path.join(dir, PAGEFIND_SCRIPT), source);
    const { before, after } = await minifyPagefindScript(dir);
    expect(before).toBe(Buffer.byteLength(source));
    expect(after).toBeLessThan(before * 0.75);
    expect(fs.statSync(path.join(dir, PAGEFIND_SCRIPT)).size).toBe(after);
    expect(fs.readdirSync(dir)).toEqual([PAGEFIND_SCRIPT]);
    const module = (await import(pathToFileURL(path.join(dir, PAGEFIND_SCRIPT)).href)) as { search(t: string): Promise<unknown> };
    expect(await module.search('mức đóng')).toEqual({ term: 'mức đóng', answer: 42, version: '1.6.0' });
  });
});
