import { describe, expect, it } from 'vitest';
import { siteIcon } from '../../../src/lib/site/site-icon.ts';

describe('siteIcon', () => {
  it('is the logo itself, typed by its extension', () => {
    expect(siteIcon('/logo.svg')).toEqual({ href: '/logo.svg', type: 'image/svg+xml' });
    expect(siteIcon('/images/so-bhxh.PNG')).toEqual({ href: '/images/so-bhxh.PNG', type: 'image/png' });
  });
});
