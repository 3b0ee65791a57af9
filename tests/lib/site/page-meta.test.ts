import { describe, expect, test } from 'vitest';
import { pageMeta } from '../../../src/lib/site/page-meta.ts';
import { faqJsonLd, serializeJsonLd } from '../../../src/lib/site/faq-jsonld.ts';
import { absoluteUrl, routes, tagSlug } from '../../../src/lib/site/routes.ts';

describe('pageMeta', () => {
  test('builds title, canonical URL and Open Graph tags from the site and the page', () => {
    const meta = pageMeta({ siteName: 'Loa', baseUrl: 'https://loa.example', title: 'Mức đóng', description: 'Đóng 22 %.', path: '/chinh-sach/muc-dong/' });
    expect(meta.title).toBe('Mức đóng — Loa');
    expect(meta.canonical).toBe('https://loa.example/chinh-sach/muc-dong/');
    expect(meta.og).toEqual({ title: 'Mức đóng', description: 'Đóng 22 %.', url: meta.canonical, type: 'website', siteName: 'Loa', locale: 'vi_VN' });
  });
  test('uses the site name alone on the home page and shortens long descriptions', () => {
    const meta = pageMeta({ siteName: 'Loa', baseUrl: 'https://loa.example/', description: 'chữ '.repeat(100), path: '/' });
    expect(meta.title).toBe('Loa');
    expect(meta.description.length).toBeLessThanOrEqual(160);
    expect(meta.description.endsWith('…')).toBe(true);
  });
});

describe('faqJsonLd', () => {
  test('describes each question and answer as schema.org FAQPage', () => {
    expect(faqJsonLd([{ q: 'Đóng ở đâu?', a: 'Ở bưu điện.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: 'vi',
      mainEntity: [{ '@type': 'Question', name: 'Đóng ở đâu?', acceptedAnswer: { '@type': 'Answer', text: 'Ở bưu điện.' } }],
    });
  });
  test('returns null when there are no questions', () => {
    expect(faqJsonLd([])).toBeNull();
  });
  test('escapes "<" so an answer can never close the script element', () => {
    expect(serializeJsonLd({ a: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('routes', () => {
  test('builds page URLs with trailing slashes and paginated article lists', () => {
    expect(routes.campaign('bac-giang-2023')).toBe('/chien-dich/bac-giang-2023/');
    expect(routes.articles(1)).toBe('/bai-viet/');
    expect(routes.articles(2)).toBe('/bai-viet/2/');
  });
  test('turns a Vietnamese tag into an ASCII URL segment', () => {
    expect(tagSlug('tháng cao điểm')).toBe('thang-cao-diem');
    expect(tagSlug('Đại lý thu & Bưu điện')).toBe('dai-ly-thu-buu-dien');
  });
  test('makes absolute URLs from a base with or without a trailing slash', () => {
    expect(absoluteUrl('https://loa.example', '/a/')).toBe('https://loa.example/a/');
    expect(absoluteUrl('https://loa.example/', '/a/')).toBe('https://loa.example/a/');
  });
});
