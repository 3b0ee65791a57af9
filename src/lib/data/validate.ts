// Checks a parsed snapshot JSON: shape (zod), then what zod cannot see — unknown parents,
// cycles, duplicate ids, unknown indicators or campaigns, bad counts, impossible dates. Every
// problem is a ContentIssue whose `field` is the JSON path, so it prints like content errors.
import { isRealDate } from '../../schemas/common.ts';
import { STANDARD_INDICATORS, snapshotSchema, type Indicator, type Snapshot } from '../../schemas/snapshot.ts';
import { showValue, type ContentIssue } from '../content/content-issue.ts';
import { validateEntry } from '../content/validate-entry.ts';
import { formatNumber } from '../format/vi-format.ts';

export interface SnapshotCheck {
  snapshot: Snapshot | null;
  errors: ContentIssue[];
}

/** Standard indicators, with the snapshot's own added or relabelled. */
export function indicatorsOf(snapshot: Pick<Snapshot, 'indicators'>): Indicator[] {
  const byId = new Map(STANDARD_INDICATORS.map((i) => [i.id, i]));
  for (const indicator of snapshot.indicators) byId.set(indicator.id, indicator);
  return [...byId.values()];
}

/** Type names as a JSON file writes them (the content checker's speak of YAML). */
const JSON_TYPE_NAMES: Record<string, string> = { array: 'một danh sách [ … ]', object: 'một đối tượng { … }' };

/**
 * More people than live in Viet Nam (about 101 million in 2024) with room to spare: a count above
 * this is a slip of the keyboard (extra zeros), not odd-but-possible data, so it stops the build.
 * A count above the unit's own population or labour force is possible (the denominator is an
 * estimate, people register where they do not live) and is only warned about (warnings.ts).
 */
export const MAX_PEOPLE = 200_000_000;

/** "… at position 12 (line 2 column 5)" (V8's JSON.parse message) → line and column, 1-based. */
function jsonErrorPlace(text: string, message: string): string {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `dòng ${lineCol[1]}, cột ${lineCol[2]}`;
  const position = /position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : text.length;
  const before = text.slice(0, at).split('\n');
  return `dòng ${before.length}, cột ${before.at(-1)!.length + 1}`;
}

/** Parses JSON text; an empty file or a syntax error becomes one issue naming the file and the place. */
export function parseSnapshotText(file: string, text: string): { raw: unknown; errors: ContentIssue[] } {
  if (text.trim() === '') return { raw: null, errors: [{ file, field: '', expected: 'tệp rỗng: cần một đối tượng JSON { "campaign": …, "source": …, "units": [ … ] }' }] };
  try {
    return { raw: JSON.parse(text), errors: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { raw: null, errors: [{ file, field: '', expected: `cần một tệp JSON hợp lệ (${jsonErrorPlace(text, message)}: sai cú pháp)` }] };
  }
}

/** Validates one snapshot. `campaignIds` null skips the campaign check (e.g. the importer). */
export function validateSnapshot(file: string, raw: unknown, campaignIds: ReadonlySet<string> | null): SnapshotCheck {
  const parsed = validateEntry(snapshotSchema, file, raw, JSON_TYPE_NAMES);
  if (!parsed.ok) return { snapshot: null, errors: parsed.issues };
  const s = parsed.value;
  const errors: ContentIssue[] = [];
  const issue = (field: string, expected: string, found: unknown) => errors.push({ file, field, expected, found: showValue(found) });

  if (campaignIds && !campaignIds.has(s.campaign)) {
    issue('campaign', `cần mã một chiến dịch có trong content/campaigns/ (${[...campaignIds].join(', ')})`, s.campaign);
  }
  const unitIds = new Set<string>();
  s.units.forEach((unit, i) => {
    if (unitIds.has(unit.id)) issue(`units[${i}].id`, 'mã đơn vị không được trùng', unit.id);
    unitIds.add(unit.id);
  });
  const parents = new Map(s.units.map((u) => [u.id, u.parent]));
  s.units.forEach((unit, i) => {
    if (unit.parent !== null && !unitIds.has(unit.parent)) issue(`units[${i}].parent`, 'cần mã một đơn vị có trong "units"', unit.parent);
  });
  // A cycle: walking up from a unit comes back to it. Report each unit of a cycle once.
  const state = new Map<string, 'done' | 'walking'>();
  s.units.forEach((unit, i) => {
    const trail: string[] = [];
    let here: string | null = unit.id;
    while (here !== null && state.get(here) === undefined && unitIds.has(here)) {
      state.set(here, 'walking');
      trail.push(here);
      here = parents.get(here) ?? null;
    }
    if (here !== null && state.get(here) === 'walking') {
      issue(`units[${i}].parent`, `đơn vị cấp trên tạo thành vòng (${[...trail.slice(trail.indexOf(here)), here].join(' → ')})`, unit.parent);
    }
    for (const t of trail) state.set(t, 'done');
  });

  const indicators = new Map(indicatorsOf(s).map((x) => [x.id, x]));
  const indicatorIds = new Set(indicators.keys());
  const isPercent = (indicator: string) => indicators.get(indicator)?.kind === 'percent';
  s.indicators.forEach((ind, i) => {
    if (ind.kind === 'percent' && ind.denominator === undefined) issue(`indicators[${i}].denominator`, 'chỉ tiêu tính bằng phần trăm cần ghi phần trăm của cái gì (ví dụ "lực lượng lao động trong độ tuổi")', ind.denominator);
  });
  const checkCount = (field: string, value: number | null) => {
    if (value === null) return;
    if (!Number.isInteger(value) || value < 0) issue(field, 'cần số người là số nguyên không âm (ô trống ghi null)', value);
    // Beyond 2^53 JSON numbers are rounded on reading: the file no longer says what it shows.
    else if (value > Number.MAX_SAFE_INTEGER) issue(field, `số quá lớn để giữ chính xác (tối đa ${formatNumber(Number.MAX_SAFE_INTEGER)})`, value);
    else if (value > MAX_PEOPLE) issue(field, `cần số người không quá ${formatNumber(MAX_PEOPLE)} (nhiều hơn dân số cả nước: gõ thừa chữ số?)`, value);
  };
  /** A share of a denominator: 0 to 100 (a slip such as 475 for 47,5 stops the build). */
  const checkPercent = (field: string, value: number | null | undefined) => {
    if (value === null || value === undefined) return;
    if (!(value >= 0 && value <= 100)) issue(field, 'cần một tỷ lệ phần trăm từ 0 đến 100 (45 nghĩa là 45 %)', value);
  };
  const checkDate = (field: string, value: string | undefined) => {
    if (value !== undefined && !isRealDate(value)) issue(field, 'ngày này không có trên lịch', value);
  };
  const checkRefs = (field: string, row: { unit: string; indicator: string }) => {
    if (!unitIds.has(row.unit)) issue(`${field}.unit`, 'cần mã một đơn vị có trong "units"', row.unit);
    if (!indicatorIds.has(row.indicator)) issue(`${field}.indicator`, `cần mã một chỉ tiêu đã biết (${[...indicatorIds].join(', ')})`, row.indicator);
  };
  const seen = new Set<string>();
  s.figures.forEach((f, i) => {
    checkRefs(`figures[${i}]`, f);
    checkDate(`figures[${i}].date`, f.date);
    if (isPercent(f.indicator)) checkPercent(`figures[${i}].value`, f.value);
    else checkCount(`figures[${i}].value`, f.value);
    const key = `${f.unit}|${f.indicator}|${f.date}`;
    if (seen.has(key)) issue(`figures[${i}]`, 'mỗi đơn vị, chỉ tiêu và ngày chỉ có một số liệu', key);
    seen.add(key);
  });
  const seenTargets = new Set<string>();
  s.targets.forEach((t, i) => {
    checkRefs(`targets[${i}]`, t);
    checkDate(`targets[${i}].period.start`, t.period?.start);
    checkDate(`targets[${i}].period.end`, t.period?.end);
    checkDate(`targets[${i}].baselineDate`, t.baselineDate);
    if (t.period && t.period.end < t.period.start) issue(`targets[${i}].period.end`, 'ngày kết thúc không được sớm hơn ngày bắt đầu', t.period.end);
    const key = `${t.unit}|${t.indicator}|${t.year}`;
    if (seenTargets.has(key)) issue(`targets[${i}]`, 'mỗi đơn vị, chỉ tiêu và năm chỉ có một dòng chỉ tiêu', key);
    seenTargets.add(key);
    if (isPercent(t.indicator)) {
      // A percentage target is a share of the year's denominator: counts of people do not apply.
      for (const k of ['periodNew', 'remainderNew', 'yearTotal'] as const) {
        if (t[k] !== null) issue(`targets[${i}].${k}`, `chỉ tiêu "${t.indicator}" tính bằng phần trăm: ghi mục tiêu ở "percent", không ghi số người`, t[k]);
      }
      if (t.percent === undefined) issue(`targets[${i}].percent`, `chỉ tiêu "${t.indicator}" tính bằng phần trăm: cần "percent" (45 nghĩa là 45 %)`, undefined);
      checkPercent(`targets[${i}].percent`, t.percent);
      checkPercent(`targets[${i}].percentMax`, t.percentMax);
      if (t.percent !== undefined && t.percentMax !== undefined && t.percentMax < t.percent) issue(`targets[${i}].percentMax`, `cần mức trên của khoảng không nhỏ hơn "percent" (${formatNumber(t.percent)})`, t.percentMax);
    } else {
      for (const k of ['percent', 'percentMax'] as const) {
        if (t[k] !== undefined) issue(`targets[${i}].${k}`, `"${k}" chỉ dùng cho chỉ tiêu tính bằng phần trăm (indicators[].kind: "percent"); "${t.indicator}" đếm số người`, t[k]);
      }
      for (const key of ['periodNew', 'remainderNew', 'yearTotal'] as const) checkCount(`targets[${i}].${key}`, t[key]);
    }
    t.coverage.forEach((c, j) => checkCount(`targets[${i}].coverage[${j}].denominatorValue`, c.denominatorValue));
  });
  return { snapshot: errors.length === 0 ? s : null, errors };
}
