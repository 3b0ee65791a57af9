// The share links carry the page address intact, whatever characters it holds.
import { describe, expect, test } from 'vitest';
import { facebookShareUrl, zaloShareUrl } from '../../../src/lib/share/share-links.ts';

const pages = ['https://loa.example/thong-diep/le-ra-quan-2020-7/', 'https://loa.example/tim-kiem/?q=bảo hiểm&x=1#a'];

describe('share links', () => {
  test.each(pages)('Facebook and Zalo get back exactly %s', (page) => {
    const fb = new URL(facebookShareUrl(page));
    expect(fb.origin).toBe('https://www.facebook.com');
    expect(fb.searchParams.get('u')).toBe(page);
    expect([...fb.searchParams.keys()]).toEqual(['u']);
    const zalo = new URL(zaloShareUrl(page));
    expect(zalo.protocol).toBe('https:');
    expect(zalo.hostname.endsWith('zalo.me')).toBe(true);
    expect(zalo.searchParams.get('url')).toBe(page);
    expect([...zalo.searchParams.keys()]).toEqual(['url']);
  });
});
