// Collection points (điểm thu): where people sign up and pay — Post Office counters, collection
// agents, social-insurance offices. One JSON file per import in content/points/, made by
// `npm run points:import` from a CSV, or written by hand.
import { z } from 'zod';
import { line, slug, text } from './common.ts';

export const POINT_KINDS = ['buu-dien', 'dai-ly-thu', 'co-quan-bhxh'] as const;
export type PointKind = (typeof POINT_KINDS)[number];

/** A phone number as people write it: digits with spaces or dots; 0… (10–11 digits) or 1800/1900…. */
export const PHONE_PATTERN = /^(0\d{9,10}|1[89]00\d{4,6})$/;
export const PHONE_ERROR = 'cần số điện thoại Việt Nam, ví dụ 0204 3854 123, 0912 345 678 hoặc 1900 9068';

const phone = () =>
  z
    .string({ error: PHONE_ERROR })
    .trim()
    .refine((value) => PHONE_PATTERN.test(value.replace(/[\s.]/g, '')), { error: PHONE_ERROR });

export const pointSchema = z.strictObject({
  /** Unique in the file; also the point's anchor on the page. */
  id: slug(),
  /** Name as on the sign: "Bưu điện xã Đồi Ngô". */
  name: line(120),
  /** buu-dien (Post Office), dai-ly-thu (collection agent), co-quan-bhxh (social-insurance office). */
  kind: z.enum(POINT_KINDS, { error: `cần một trong: ${POINT_KINDS.join(', ')}` }),
  /** Street address, without commune and province (shown after them). */
  address: line(200),
  /** Commune, ward or town (xã, phường, thị trấn): the points are grouped by it. */
  commune: line(80),
  /** District, when the source names one (local government has had two levels since 1/7/2025). */
  district: line(80).optional(),
  /** Province or city. */
  province: line(80),
  /** Phone as people read it. */
  phone: phone().optional(),
  /** Opening hours in words: "Thứ Hai – Thứ Bảy, 7:00–17:00". */
  hours: line(160).optional(),
  /** Coordinates, for the "Chỉ đường" link (otherwise the address is used). */
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
  /** Units of participation snapshots this point serves, "campaign/unit" (their progress pages link here). */
  units: z.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'cần "mã chiến dịch/mã đơn vị", ví dụ bac-giang-2023/luc-nam' })).default([]),
});

export const pointsFileSchema = z.strictObject({
  /** Where the list comes from (a plan, a Post Office list…), shown under it. */
  source: text(),
  /** True for made-up example points: the page labels them as illustrative. */
  illustrative: z.boolean().default(false),
  points: z.array(pointSchema).min(1, { error: 'cần ít nhất một điểm thu' }),
});

export type CollectionPoint = z.output<typeof pointSchema>;
export type PointsFile = z.output<typeof pointsFileSchema>;
