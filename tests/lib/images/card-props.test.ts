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

  test('text pasted with spaces or a line break at either end is drawn without them, and a blank detail is no detail', () => {
    const props = normalizeProps({ ...base, kicker: '  Chính sách\n', headline: '\n Đóng bao nhiêu? ', agency: ' BHXH tỉnh Bắc Giang ', hotline: '\tĐường dây nóng 1900\u00a09068 ', detail: ' \n ' });
    expect([props.kicker, props.headline, props.agency, props.hotline]).toEqual(['Chính sách', 'Đóng bao nhiêu?', 'BHXH tỉnh Bắc Giang', 'Đường dây nóng 1900\u00a09068']);
    expect(props.detail).toBeUndefined();
  });

  test('a decomposed "ế" typed on another keyboard becomes the composed one, in the texts and in a progress image’s unit names', () => {
    // "Tiến" with e + combining circumflex + combining acute (NFD) → U+1EBF (NFC).
    const nfd = 'Ti\u0065\u0302\u0301n';
    const props = normalizeProps({ ...base, headline: nfd, progress: { kind: 'ranking', rows: [{ name: `xã ${nfd}`, fraction: 0.5, label: '50 %', color: '#000000' }], target: 1, asOf: '', illustrative: false, fold: { others: '', seePage: '' } } });
    expect(props.headline).toBe('Ti\u1ebfn');
    expect(props.progress).toEqual({ kind: 'ranking', rows: [{ name: 'xã Ti\u1ebfn', fraction: 0.5, label: '50 %', color: '#000000' }], target: 1, asOf: '', illustrative: false, fold: { others: '', seePage: '' } });
    // No progress spec: none added.
    expect(normalizeProps(base).progress).toBeUndefined();
  });
});

