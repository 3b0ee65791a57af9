// Checks a parsed snapshot JSON: shape (zod), then what zod cannot see — unknown parents,
// cycles, duplicate ids, unknown indicators or campaigns, bad counts, impossible dates. Every
// problem is a ContentIssue whose `field` is the JSON path, so it prints like content errors.
import { isRealDate } from '../../schemas/common.ts';
import { STANDARD_INDICATORS, snapshotSchema, type Indicator, type Snapshot } from '../../schemas/snapshot.ts';
import { fieldPath, showValue, type ContentIssue } from '../content/content-issue.ts';

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

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = raw;
  for (const key of path) here = here && typeof here === 'object' ? (here as Record<PropertyKey, unknown>)[key] : undefined;
  return here;
}

/** Parses JSON text; a syntax error becomes one issue naming the file. */
export function parseSnapshotText(file: string, text: string): { raw: unknown; errors: ContentIssue[] } {
  try {
    return { raw: JSON.parse(text), errors: [] };
  } catch (error) {
    return { raw: null, errors: [{ file, field: '', expected: 'cần một tệp JSON hợp lệ', found: error instanceof Error ? error.message : String(error) }] };
  }
}

/** Validates one snapshot. `campaignIds` null skips the campaign check (e.g. the importer). */
export function validateSnapshot(file: string, raw: unknown, campaignIds: ReadonlySet<string> | null): SnapshotCheck {
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      file,
      field: fieldPath(issue.path),
      expected: issue.message,
      found: showValue(valueAt(raw, issue.path)),
    }));
    return { snapshot: null, errors };
  }
  const s = parsed.data;
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

  const indicatorIds = new Set(indicatorsOf(s).map((x) => x.id));
  const checkCount = (field: string, value: number | null) => {
    if (value !== null && (!Number.isInteger(value) || value < 0)) issue(field, 'cần số người là số nguyên không âm (ô trống ghi null)', value);
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
    checkCount(`figures[${i}].value`, f.value);
    const key = `${f.unit}|${f.indicator}|${f.date}`;
    if (seen.has(key)) issue(`figures[${i}]`, 'mỗi đơn vị, chỉ tiêu và ngày chỉ có một số liệu', key);
    seen.add(key);
  });
  s.targets.forEach((t, i) => {
    checkRefs(`targets[${i}]`, t);
    checkDate(`targets[${i}].period.start`, t.period?.start);
    checkDate(`targets[${i}].period.end`, t.period?.end);
    checkDate(`targets[${i}].baselineDate`, t.baselineDate);
    if (t.period && t.period.end < t.period.start) issue(`targets[${i}].period.end`, 'ngày kết thúc không được sớm hơn ngày bắt đầu', t.period.end);
    for (const key of ['periodNew', 'remainderNew', 'yearTotal'] as const) checkCount(`targets[${i}].${key}`, t[key]);
    t.coverage.forEach((c, j) => checkCount(`targets[${i}].coverage[${j}].denominatorValue`, c.denominatorValue));
  });
  return { snapshot: errors.length === 0 ? s : null, errors };
}
