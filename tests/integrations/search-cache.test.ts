import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { searchIndexKey } from '../../src/integrations/search-cache.ts';

describe('searchIndexKey', () => {
  test('changes with the synonyms even when no page does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-search-key-'));
    fs.mkdirSync(path.join(dir, 'site'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'site', 'index.html'), '<main data-pagefind-body>Tiền tuất</main>');
    fs.writeFileSync(path.join(dir, 'src', 'a.ts'), 'export {};');
    const key = (synonyms: string[][]) => searchIndexKey(path.join(dir, 'site'), path.join(dir, 'src'), JSON.stringify(synonyms));
    expect(key([['tử tuất', 'tiền tuất']])).toBe(key([['tử tuất', 'tiền tuất']]));
    expect(key([['tử tuất', 'tiền tuất']])).not.toBe(key([]));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
