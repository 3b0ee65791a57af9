// Turns an annex table (one row per unit, one column per figure or target) into a snapshot,
// following a small config that maps header names to indicators, dates and target fields.
// Blank, dashed or unreadable cells become null (unknown), never 0, and are listed.
import { foldMarks } from '../format/text.ts';
import { DEFAULT_INDICATOR, type Figure, type Snapshot, type Target, type Unit } from '../../schemas/snapshot.ts';

export interface ImportConfig {
  campaign: string;
  source: string;
  counts?: 'total' | 'new-in-year';
  /** Year of the targets. */
  year: number;
  /** Campaign window of the period targets. */
  period?: { start: string; end: string };
  /** Date of the figure that "baseline + period + remainder = year" starts from. */
  baselineDate?: string;
  /** The unit the table belongs to; its row is the total row. */
  parent: { id?: string; name: string; level: string };
  /** Header of the column with the unit names, and optional level and id columns. */
  columns: { name: string; level?: string; id?: string };
  /** Level of the rows when there is no level column ("huyện", "tổ dân phố"). */
  childLevel?: string;
  /** A row whose first or name cell starts with this text holds the parent's reported totals. */
  totalRow: string;
  /** Columns holding cumulative figures at a date. */
  figures: { column: string; date: string; indicator?: string }[];
  /** Columns holding targets. */
  targets: { column: string; field: 'periodNew' | 'remainderNew' | 'yearTotal'; indicator?: string }[];
}

/** The public note of a table with blank cells. */
export const BLANK_NOTE = 'Ô để trống trong bảng gốc là chưa rõ, không phải 0.';

export interface ImportResult {
  snapshot: Snapshot;
  /** Cells that were not numbers, kept as null: "dòng 5, cột …: "!"". */
  unreadable: string[];
}

/** "Tổ dân phố Số 1" → "to-dan-pho-so-1". */
export function slug(name: string): string {
  return foldMarks(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A Vietnamese count cell: "52.139" → 52139; blank → null; anything else → undefined (unreadable). */
export function parseCount(cell: string | undefined): number | null | undefined {
  const t = (cell ?? '').trim();
  if (t === '' || /^[-–—]$/.test(t)) return null;
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(t)) return undefined;
  return Number(t.replaceAll('.', ''));
}

function column(header: readonly string[], name: string): number {
  const i = header.findIndex((h) => h.trim() === name.trim());
  if (i < 0) throw new Error(`Không thấy cột "${name}" trong dòng tiêu đề (có: ${header.map((h) => `"${h}"`).join(', ')})`);
  return i;
}

export function importTable(rows: readonly (readonly string[])[], config: ImportConfig): ImportResult {
  const [header, ...body] = rows;
  if (!header) throw new Error('Bảng trống: cần một dòng tiêu đề.');
  const nameCol = column(header, config.columns.name);
  const levelCol = config.columns.level ? column(header, config.columns.level) : -1;
  const idCol = config.columns.id ? column(header, config.columns.id) : -1;
  const figureCols = config.figures.map((f) => ({ ...f, at: column(header, f.column) }));
  const targetCols = config.targets.map((t) => ({ ...t, at: column(header, t.column) }));
  const parentId = config.parent.id ?? slug(config.parent.name);
  const units: Unit[] = [{ id: parentId, name: config.parent.name, level: config.parent.level, parent: null }];
  const figures: Figure[] = [];
  const targets = new Map<string, Target>();
  const unreadable: string[] = [];
  // A blank target cell, in a column the table has: a target field with no column is simply not
  // part of this table, not a blank.
  let blankTarget = false;

  body.forEach((row, r) => {
    if (row.every((c) => c.trim() === '')) return;
    const name = (row[nameCol] ?? '').trim();
    const isTotal = [row[0] ?? '', name].some((c) => c.trim().startsWith(config.totalRow));
    let unitId = parentId;
    if (!isTotal) {
      if (!name) throw new Error(`Dòng ${r + 2}: thiếu tên đơn vị ở cột "${config.columns.name}".`);
      unitId = idCol >= 0 && row[idCol]?.trim() ? row[idCol]!.trim() : slug(name);
      const level = (levelCol >= 0 ? row[levelCol]?.trim() : '') || config.childLevel;
      if (!level) throw new Error(`Dòng ${r + 2}: không rõ cấp của "${name}" (thêm cột cấp hoặc "childLevel").`);
      units.push({ id: unitId, name, level, parent: parentId });
    }
    const read = (at: number, header: string) => {
      const value = parseCount(row[at]);
      if (value === undefined) {
        unreadable.push(`dòng ${r + 2}, cột "${header}": ${JSON.stringify(row[at])}`);
        return null;
      }
      return value;
    };
    for (const f of figureCols) figures.push({ unit: unitId, indicator: f.indicator ?? DEFAULT_INDICATOR, date: f.date, value: read(f.at, f.column) });
    for (const t of targetCols) {
      const indicator = t.indicator ?? DEFAULT_INDICATOR;
      const k = `${unitId}|${indicator}`;
      let target = targets.get(k);
      if (!target) {
        target = { unit: unitId, indicator, year: config.year, periodNew: null, remainderNew: null, yearTotal: null, coverage: [] };
        if (config.period) target.period = config.period;
        if (config.baselineDate) target.baselineDate = config.baselineDate;
        targets.set(k, target);
      }
      target[t.field] = read(t.at, t.column);
      if (target[t.field] === null) blankTarget = true;
    }
  });
  // Readers need one plain sentence; which cells were unreadable is for the staff who fix them.
  const blanks = unreadable.length > 0 || blankTarget || figures.some((f) => f.value === null);
  const notes = blanks ? [BLANK_NOTE] : [];
  const staffNotes = unreadable.length > 0 ? [`Các ô không đọc được trong bảng gốc được để trống (chưa rõ): ${unreadable.join('; ')}.`] : [];
  const snapshot: Snapshot = {
    campaign: config.campaign,
    source: config.source,
    counts: config.counts ?? 'total',
    indicators: [],
    units,
    figures,
    targets: [...targets.values()],
    notes,
    staffNotes,
  };
  return { snapshot, unreadable };
}
