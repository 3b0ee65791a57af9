import { describe, expect, test } from 'vitest';
import { normalizeProps, type CardProps } from '../../../src/lib/images/card-props.ts';

const base: CardProps = { template: 'policy', kicker: 'Chính sách', headline: 'H', url: 'https://loa.example/', agency: 'A', hotline: 'Đường dây nóng 1900\u00a09068', colors: { primary: '#000000', accent: '#000000', text: '#000000', background: '#ffffff' } };

describe('normalizeProps', () => {
  test('collapses spaces and line breaks but keeps non-breaking spaces, so a number stays with its unit on the image', () => {
    const props = normalizeProps({ ...base, headline: 'Đóng  bao\nnhiêu?', detail: 'Nhà nước hỗ trợ từ 66.000 đồng, tức 20 %.' });
    expect(props.headline).toBe('Đóng bao nhiêu?');
    expect(props.detail).toBe('Nhà nước hỗ trợ từ 66.000\u00a0đồng, tức 20\u00a0%.');
    expect(props.hotline).toBe('Đường dây nóng 1900\u00a09068');
  });
});
