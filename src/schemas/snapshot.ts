// A participation snapshot: units (any depth), indicators, cumulative figures by date, and
// targets, for one campaign. One JSON file per campaign in content/data/. Kept free of
// transforms so `z.toJSONSchema` can describe it (scripts/write-snapshot-schema.ts).
import { z } from 'zod';

/** YYYY-MM-DD. Calendar validity is checked in src/lib/data/validate.ts (with the JSON path). */
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'cần một ngày dạng YYYY-MM-DD' });
/** A count of people: a whole number ≥ 0, or null when the source leaves the cell blank (unknown, never 0). */
const count = z.union([z.number(), z.null()], { error: 'cần một số, hoặc null khi ô để trống' });
/** Ids are URL segments: lower case, digits and dashes. */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang' });

export const unitSchema = z.object({
  /** Unique in the snapshot; also the URL segment of the unit's page. */
  id,
  /** Name as the source writes it ("Phường 1", "Tổ dân phố Số 1"). */
  name: z.string().min(1),
  /** Free text level ("tỉnh", "huyện", "xã", "tổ dân phố"): never hard-coded, depth is any. */
  level: z.string().min(1),
  /** Id of the parent unit; null for the top unit(s). */
  parent: z.union([id, z.null()]),
});

export const indicatorSchema = z.object({
  /** Stable id, e.g. "bhxh-tu-nguyen". */
  id,
  /** Label shown on the site ("BHXH tự nguyện"). */
  label: z.string().min(1),
  /** Unit of the counts, in Vietnamese ("người"). */
  unit: z.string().min(1).default('người'),
  /**
   * What a target and a result of this indicator are: a number of people ("count", the default), or
   * a percentage of a denominator set per year ("percent": e.g. the share of the working-age labour
   * force reached by communication, Kiên Giang 2021–2025). Percentages never add up across units.
   */
  kind: z.enum(['count', 'percent'], { error: 'cần "count" (đếm số người) hoặc "percent" (tỷ lệ phần trăm của một mẫu số)' }).default('count'),
  /** For a percentage: what it is a share of, in plain words ("lực lượng lao động trong độ tuổi"). */
  denominator: z.string().min(1).optional(),
});

export const figureSchema = z.object({
  unit: id,
  /** Indicator id; defaults to voluntary social insurance. */
  indicator: id.default('bhxh-tu-nguyen'),
  /** The day the count refers to ("số liệu đến ngày"). */
  date: day,
  /** Cumulative number of participants at that date (a percentage 0–100 for a "percent" indicator); null = blank in the source. */
  value: count,
  /** True for made-up figures used to show the charts; the site labels them. */
  illustrative: z.boolean().optional(),
});

export const coverageTargetSchema = z.object({
  /** Target rate in percent of the denominator (29.72 means 29,72 %). */
  percent: z.number(),
  /** What the rate is measured against. */
  denominator: z.enum(['labour-force', 'population']),
  /** Size of the denominator in persons, when the source gives it; null when it does not. */
  denominatorValue: count.default(null),
});

export const targetSchema = z.object({
  unit: id,
  indicator: id.default('bhxh-tu-nguyen'),
  /** Year the targets belong to. */
  year: z.number().int(),
  /** Campaign window (peak month or period) the period target covers; absent for year-only targets. */
  period: z.object({ start: day, end: day }).optional(),
  /** Date of the baseline figure used in "baseline + period + remainder = year". */
  baselineDate: day.optional(),
  /** New participants to win inside the period. */
  periodNew: count.default(null),
  /** New participants to win in the rest of the year. */
  remainderNew: count.default(null),
  /** Cumulative total to reach by the end of the year. */
  yearTotal: count.default(null),
  /** Optional coverage targets (rate of labour force or population). */
  coverage: z.array(coverageTargetSchema).default([]),
  /** The year's target of a "percent" indicator, in percent of its denominator (45 means 45 %); the lower end of a range. */
  percent: z.number().optional(),
  /** Upper end when the plan gives a range ("từ 35 % đến 50 %"): `percent` 35, `percentMax` 50. */
  percentMax: z.number().optional(),
});

export const snapshotSchema = z.object({
  /** Campaign id (file name in content/campaigns/). */
  campaign: id,
  /** The document the numbers come from, as people cite it. */
  source: z.string().min(1),
  /** What the figures count: everyone participating, or new participants since 1 January. */
  counts: z.enum(['total', 'new-in-year']).default('total'),
  /** Extra or relabelled indicators; the four standard ones are always known. */
  indicators: z.array(indicatorSchema).default([]),
  units: z.array(unitSchema).min(1),
  figures: z.array(figureSchema).default([]),
  targets: z.array(targetSchema).default([]),
  /** Plain statements for every reader, shown on the page ("ô để trống là chưa rõ", "số liệu minh họa"). */
  notes: z.array(z.string()).default([]),
  /**
   * Notes for staff only (how the table was typed or read by OCR, cells that could not be read,
   * source file names): shown collapsed under "Ghi chú cho cán bộ" at the bottom of the page, never
   * in the public text, and printed by `npm run data:check`.
   */
  staffNotes: z.array(z.string()).default([]),
});

export type Unit = z.infer<typeof unitSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Target = z.infer<typeof targetSchema>;
export type CoverageTarget = z.infer<typeof coverageTargetSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;

/** The four standard indicators; voluntary SI is the default. */
export const STANDARD_INDICATORS: readonly Indicator[] = [
  { id: 'bhxh-tu-nguyen', label: 'BHXH tự nguyện', unit: 'người', kind: 'count' },
  { id: 'bhxh-bat-buoc', label: 'BHXH bắt buộc', unit: 'người', kind: 'count' },
  { id: 'bhtn', label: 'Bảo hiểm thất nghiệp', unit: 'người', kind: 'count' },
  { id: 'bhyt', label: 'Bảo hiểm y tế', unit: 'người', kind: 'count' },
];
export const DEFAULT_INDICATOR = 'bhxh-tu-nguyen';
