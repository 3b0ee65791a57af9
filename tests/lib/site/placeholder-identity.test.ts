import { describe, expect, test } from 'vitest';
import { placeholderFields, placeholderWarning } from '../../../src/lib/site/placeholder-identity.ts';

const site = (over: object = {}) => ({ agency: { name: 'Bảo hiểm xã hội tỉnh Bắc Giang', email: 'lienhe@bhxh.bacgiang.gov.vn' }, baseUrl: 'https://bhxh.bacgiang.gov.vn', facebook: 'https://www.facebook.com/bhxhbacgiang', ...over }) as never;

describe('placeholderFields', () => {
  test('a real identity has no sample value', () => {
    expect(placeholderFields(site())).toEqual([]);
  });
  test('the example agency and example domains are found', () => {
    const fields = placeholderFields(site({ agency: { name: 'Ban Truyền thông BHXH tự nguyện (trang mẫu)', email: 'lienhe@loa.example' }, baseUrl: 'https://loa.example' }));
    expect(fields.map((f) => f.field)).toEqual(['agency.name', 'baseUrl', 'agency.email']);
  });
  test.each(['https://example.com', 'https://www.example.org/', 'https://bhxh.example.vn', 'https://trang.test', 'http://localhost:4321'])('%s is an example address', (baseUrl) => {
    expect(placeholderFields(site({ baseUrl })).map((f) => f.field)).toEqual(['baseUrl']);
  });
  test.each(['https://examplebhxh.vn', 'https://bhxh.gov.vn', 'https://baohiemxahoi.gov.vn'])('%s is a real address', (baseUrl) => {
    expect(placeholderFields(site({ baseUrl }))).toEqual([]);
  });
});

describe('placeholderWarning', () => {
  test('names each sample field and says what to do, nothing when there is none', () => {
    const text = placeholderWarning([{ field: 'baseUrl', value: 'https://loa.example' }], 'content/site.yaml');
    expect(text).toContain('content/site.yaml còn thông tin MẪU');
    expect(text).toContain('baseUrl: https://loa.example');
    expect(placeholderWarning([], 'content/site.yaml')).toBe('');
  });
});
