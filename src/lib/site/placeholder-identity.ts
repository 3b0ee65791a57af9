// A new locality's site starts from sample values (the example agency, an "example" web address).
// Every poster and QR code prints them, so the build warns loudly and the download pages tell
// staff, until site.yaml holds the real identity.
import type { SiteIdentity } from '../../schemas/site.ts';

/** Words that mark the example agency ("Ban Truyền thông BHXH tự nguyện (trang mẫu)"). */
const SAMPLE_WORDS = /\b(trang mẫu|mẫu|ví dụ|example)\b/iu;
/** Host names reserved for examples (RFC 2606, RFC 6761): example, example.com/.net/.org, *.example, *.test, *.invalid, localhost, and Vietnamese look-alikes (example.vn, vi-du.vn). */
const SAMPLE_HOST = /(^|\.)(example(\.[a-z]+)*|vi-du(\.[a-z]+)*|[^.]+\.(test|invalid|example|localhost)|localhost)$/i;

export interface PlaceholderField {
  /** Field of site.yaml, e.g. "agency.name". */
  field: string;
  value: string;
}

/** The fields of site.yaml that still hold sample values; empty when the identity is real. */
export function placeholderFields(site: Pick<SiteIdentity, 'agency' | 'baseUrl' | 'facebook' | 'zalo'> & { agency: { email?: string | undefined } }): PlaceholderField[] {
  const out: PlaceholderField[] = [];
  const host = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  };
  if (SAMPLE_WORDS.test(site.agency.name)) out.push({ field: 'agency.name', value: site.agency.name });
  if (SAMPLE_HOST.test(host(site.baseUrl))) out.push({ field: 'baseUrl', value: site.baseUrl });
  if (site.agency.email && SAMPLE_HOST.test(site.agency.email.split('@')[1] ?? '')) out.push({ field: 'agency.email', value: site.agency.email });
  for (const key of ['facebook', 'zalo'] as const) {
    const value = site[key];
    if (value?.startsWith('https://') && SAMPLE_HOST.test(host(value))) out.push({ field: key, value });
  }
  return out;
}

/** The build's warning, several lines so it is seen in a long log. */
export function placeholderWarning(fields: readonly PlaceholderField[], siteFile: string): string {
  if (fields.length === 0) return '';
  const bar = '!'.repeat(72);
  return [
    bar,
    `!! CẢNH BÁO: ${siteFile} còn thông tin MẪU. Mọi áp phích, ảnh và mã QR sẽ in các giá trị này:`,
    ...fields.map((f) => `!!   • ${f.field}: ${f.value}`),
    '!! Sửa site.yaml (hoặc "Thông tin trang" ở /admin/) rồi dựng lại trước khi in hay đăng ấn phẩm.',
    bar,
  ].join('\n');
}
