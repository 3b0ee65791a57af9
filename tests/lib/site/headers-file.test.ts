import { describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../../src/lib/site/headers-file.ts';

describe('parseHeadersFile', () => {
  test('reads each path pattern with its indented headers, skipping comments and blank lines', () => {
    const text = ['# comment', '/*', '  X-One: a', '  # inner comment', '  Content-Security-Policy: default-src \'none\'; img-src \'self\' data:', '', '/_astro/*', '  Cache-Control: max-age=1'].join('\n');
    expect(parseHeadersFile(text)).toEqual(
      new Map([
        ['/*', { 'X-One': 'a', 'Content-Security-Policy': "default-src 'none'; img-src 'self' data:" }],
        ['/_astro/*', { 'Cache-Control': 'max-age=1' }],
      ]),
    );
  });
});
