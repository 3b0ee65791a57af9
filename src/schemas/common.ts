// Building blocks shared by every content schema. Plain zod, no astro:* import, so the
// same schemas validate content in Astro's loader and in the pre-build checker.
import { z } from 'zod';

/** Any text a person reads: trimmed, normalised to NFC (NFD input from some editors becomes NFC). */
export const text = () =>
  z
    .string({ error: 'cần một đoạn chữ' })
    .trim()
    .min(1, { error: 'không được để trống' })
    .transform((value) => value.normalize('NFC'));

/** A short single-line text with a length cap (titles, slogans): long ones break layouts. */
export const line = (max: number) =>
  text().pipe(
    z.string().max(max, { error: `dài tối đa ${max} ký tự` }).refine((v) => !/[\r\n]/.test(v), {
      error: 'phải nằm trên một dòng',
    }),
  );

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` (YYYY-MM-DD) names a day that exists on the calendar. */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day written YYYY-MM-DD, kept as that string (no time zone surprises).
 * YAML parsers that turn unquoted dates into Date objects are accepted too.
 */
export const isoDate = () =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'cần một ngày dạng YYYY-MM-DD (ví dụ 2023-05-31)' })
      .regex(ISO_DATE, { error: 'cần một ngày dạng YYYY-MM-DD (ví dụ 2023-05-31)', abort: true })
      .refine(isRealDate, { error: 'ngày này không có trên lịch' }),
  );

/** The id of another entry: lower-case ASCII words joined by hyphens (the file name without extension). */
export const slug = () =>
  z
    .string({ error: 'cần mã của một mục (tên tệp, ví dụ bac-giang-2023)' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'cần mã gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ bac-giang-2023)',
    });

/**
 * The id of an entry of another collection (a folder under content/). The metadata tells the
 * editor at /admin/ to offer a pick list of that collection (src/lib/cms/).
 */
export const ref = (collection: string) => slug().meta({ references: collection });

/** A link: absolute https URL, a site path starting with "/", or a tel: number. */
export const href = () =>
  z
    .string({ error: 'cần một đường dẫn' })
    .trim()
    .regex(/^(https:\/\/[^\s]+|\/[^\s]*|tel:\+?[0-9]+)$/, {
      error: 'cần đường dẫn bắt đầu bằng https://, / hoặc tel:',
    });

/** A legal or administrative document cited as the source of a rule or a figure. */
export const legalSource = () =>
  z.strictObject({
    /** Document number and kind, e.g. "Nghị định 159/2025/NĐ-CP". */
    document: line(160),
    /** Article or clause, e.g. "Điều 36 khoản 1". */
    article: line(120).optional(),
    /** When the rule takes effect. */
    effective: isoDate().optional(),
    /** A plain note shown next to the source. */
    note: text().optional(),
    /**
     * A remark for staff only ("số hiệu văn bản chưa được ghi", "chưa đối chiếu điều khoản"):
     * shown under "Ghi chú cho cán bộ" at the bottom of the page, never in the public text.
     */
    staffNote: text().optional(),
  });

/**
 * Words people look for that a page answers ("mức đóng", "hỗ trợ tiền đóng"): each becomes an
 * entry of the A–Z index pointing at the page. Lower case, as people say them; "#" and a
 * section's id points at that section ("mai táng#tiền-mai-táng").
 */
export const indexTerms = () =>
  z
    .array(
      line(80).refine((v) => /^[^#]+(#[^\s#]+)?$/.test(v), {
        error: 'cần một cụm từ, có thể thêm # và mã của mục trong trang (ví dụ "mai táng#tiền-mai-táng")',
      }),
    )
    .default([]);

/**
 * Extra words people search for that a page does not write itself ("tử tuất" on a page that
 * says "tiền tuất"); only the search index reads them.
 */
export const keywords = () => z.array(line(80), { error: 'cần một danh sách từ khóa, mỗi từ một dòng bắt đầu bằng "- "' }).max(20, { error: 'tối đa 20 từ khóa' }).default([]);

/**
 * A draft stays in the content folder but is never published: no page, no image, no search
 * entry, no feed item, until it is set to false (see src/lib/content/publication.ts).
 */
export const draft = () => z.boolean({ error: 'cần true (bản nháp) hoặc false' }).default(false);
