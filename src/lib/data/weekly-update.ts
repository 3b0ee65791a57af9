// The weekly update: one date's figures from a two-column table (unit, participants) added to a
// campaign's snapshot, the rest of the file kept as it was. Names are matched to units the way
// annexes write them, without caring for case or tone marks ("yen the", "YÊN THẾ", "Số 1" for
// "Tổ dân phố Số 1"); an unknown name, a name two units share or a number with OCR noise is an
// error naming the table line, and nothing is changed. Pure: rows and the parsed JSON in, the new
// JSON and a readable list of changes out (scripts/data-update.ts reads and writes the files).
import { isRealDate } from '../../schemas/common.ts';
import { DEFAULT_INDICATOR, type Snapshot, type Unit } from '../../schemas/snapshot.ts';
import { formatDate, formatNumber } from '../format/vi-format.ts';
import { foldMarks } from '../format/text.ts';
import { parseCount } from './import-table.ts';
import { indicatorsOf, validateSnapshot } from './validate.ts';

export interface UpdateOptions {
  /** YYYY-MM-DD: the day the figures refer to ("số liệu đến ngày"). */
  date: string;
  /** Indicator id; voluntary social insurance by default. */
  indicator?: string;
  /** Marks the new figures as made up (shown as "minh họa"). */
  illustrative?: boolean;
}

export interface UpdateChange {
  unit: Unit;
  /** The figure the snapshot had at that date (undefined: none; null: blank). */
  before: number | null | undefined;
  after: number;
}

export interface UpdateResult {
  /** The snapshot JSON with the new figures: every other key and entry exactly as read. */
  raw: Record<string, unknown>;
  changes: UpdateChange[];
  /** Units of the snapshot the table does not mention (their figures stay as they were). */
  untouched: Unit[];
  /** Units whose cell was blank: a blank never erases a figure, so they stay as they were too. */
  blank: Unit[];
}

export class UpdateError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Chưa cập nhật: sửa bảng rồi chạy lại (${problems.length} lỗi):\n${problems.map((p) => `  • ${p}`).join('\n')}`);
    this.name = 'UpdateError';
    this.problems = problems;
  }
}

/** A name as the table might write it: no marks, one case, single spaces. */
export function foldName(name: string): string {
  return foldMarks(name.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** Words a total row starts with; such a row belongs to the snapshot's top unit. */
const TOTAL_WORDS = ['tong cong', 'tong so', 'tong', 'cong'];

/**
 * The folded names each unit answers to: its name, its name without its level word ("Số 1" for
 * "Tổ dân phố Số 1"), and its id; the top unit also answers to a total row ("Tổng", "Tổng cộng").
 */
export function unitKeys(unit: Unit): string[] {
  const name = foldName(unit.name);
  const level = `${foldName(unit.level)} `;
  const keys = [name, unit.id, ...(name.startsWith(level) ? [name.slice(level.length)] : [])];
  if (unit.parent === null) keys.push(...TOTAL_WORDS);
  return [...new Set(keys)];
}

/** The table's rows without a header (a first row whose number cell is text) and empty lines, with their line numbers. */
export function tableRows(rows: readonly (readonly string[])[]): { line: number; name: string; value: string }[] {
  const body = rows.map((cells, i) => ({ line: i + 1, name: (cells[0] ?? '').trim(), value: (cells[1] ?? '').trim() }));
  const first = body[0];
  const isHeader = first !== undefined && first.value !== '' && parseCount(first.value) === undefined && !/\d/.test(first.value);
  return body.slice(isHeader ? 1 : 0).filter((r) => r.name !== '' || r.value !== '');
}

export function applyWeeklyUpdate(raw: Record<string, unknown>, table: readonly (readonly string[])[], options: UpdateOptions): UpdateResult {
  const checked = validateSnapshot('', raw, null);
  if (!checked.snapshot) throw new UpdateError(checked.errors.map((e) => `tệp số liệu › ${e.field}: ${e.expected}${e.found ? `; gặp: ${e.found}` : ''}`));
  const snapshot: Snapshot = checked.snapshot;
  const indicator = options.indicator ?? DEFAULT_INDICATOR;
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date) || !isRealDate(options.date)) problems.push(`--date: cần một ngày có thật dạng YYYY-MM-DD; gặp: "${options.date}"`);
  const known = indicatorsOf(snapshot).map((i) => i.id);
  if (!known.includes(indicator)) problems.push(`--indicator: cần mã một chỉ tiêu của tệp (${known.join(', ')}); gặp: "${indicator}"`);

  const byKey = new Map<string, Unit[]>();
  for (const unit of snapshot.units) for (const key of unitKeys(unit)) byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  const seen = new Map<string, number>();
  const updates: { unit: Unit; value: number }[] = [];
  const blank: Unit[] = [];
  for (const row of tableRows(table)) {
    const where = `dòng ${row.line}`;
    if (row.name === '') {
      problems.push(`${where}: thiếu tên đơn vị ở cột thứ nhất`);
      continue;
    }
    const matches = byKey.get(foldName(row.name)) ?? [];
    const value = parseCount(row.value);
    if (value === undefined) problems.push(`${where}, "${row.name}": "${row.value}" không phải số người (viết như 2.523 hoặc 2523; để trống nếu chưa rõ)`);
    if (matches.length === 0) {
      problems.push(`${where}: không có đơn vị nào tên "${row.name}" trong tệp (các đơn vị: ${snapshot.units.map((u) => u.name).join(', ')})`);
      continue;
    }
    if (matches.length > 1) {
      problems.push(`${where}: tên "${row.name}" khớp ${matches.length} đơn vị (${matches.map((u) => `${u.name}, mã ${u.id}`).join('; ')}); ghi mã đơn vị thay cho tên`);
      continue;
    }
    const unit = matches[0]!;
    const previous = seen.get(unit.id);
    if (previous !== undefined) problems.push(`${where}: "${row.name}" là ${unit.name}, đã có ở dòng ${previous}`);
    if (previous === undefined) seen.set(unit.id, row.line);
    if (value === null && previous === undefined) blank.push(unit);
    else if (value !== undefined && value !== null && previous === undefined) updates.push({ unit, value });
  }
  if (problems.length === 0 && updates.length === 0) problems.push('bảng không có dòng số liệu nào (cần hai cột: tên đơn vị, số người tham gia)');
  if (problems.length > 0) throw new UpdateError(problems);

  // Replace the figure of that unit, indicator and date where there is one; add it otherwise.
  const figures = [...((raw.figures as Record<string, unknown>[] | undefined) ?? [])];
  const changes: UpdateChange[] = [];
  for (const { unit, value } of updates) {
    const at = figures.findIndex((f) => f.unit === unit.id && (f.indicator ?? DEFAULT_INDICATOR) === indicator && f.date === options.date);
    const figure: Record<string, unknown> = { unit: unit.id, indicator, date: options.date, value, ...(options.illustrative ? { illustrative: true } : {}) };
    changes.push({ unit, before: at < 0 ? undefined : (figures[at]!.value as number | null), after: value });
    if (at < 0) figures.push(figure);
    else figures[at] = figure;
  }
  const next = { ...raw, figures };
  const after = validateSnapshot('', next, null);
  if (!after.snapshot) throw new UpdateError(after.errors.map((e) => `${e.field}: ${e.expected}${e.found ? `; gặp: ${e.found}` : ''}`));
  return { raw: next, changes, untouched: snapshot.units.filter((u) => !seen.has(u.id)), blank };
}

const shown = (v: number | null | undefined) => (v === null || v === undefined ? 'chưa rõ' : formatNumber(v));

/** The changes, one line each: "+ new", "~ before → after", "= unchanged". */
export function describeUpdate(result: UpdateResult, options: UpdateOptions, file: string, written: boolean): string[] {
  const lines = [`${written ? 'Đã cập nhật' : 'Chạy thử (chưa ghi tệp)'}: số liệu đến ngày ${formatDate(options.date)} vào ${file}`];
  for (const c of result.changes) {
    if (c.before === undefined) lines.push(`  + ${c.unit.name}: ${shown(c.after)} (mới)`);
    else if (c.before === c.after) lines.push(`  = ${c.unit.name}: ${shown(c.after)} (không đổi)`);
    else lines.push(`  ~ ${c.unit.name}: ${shown(c.before)} → ${shown(c.after)}`);
  }
  if (result.blank.length > 0) lines.push(`Để trống trong bảng, giữ nguyên: ${result.blank.map((u) => u.name).join(', ')}.`);
  if (result.untouched.length > 0) lines.push(`Không có trong bảng, giữ nguyên: ${result.untouched.map((u) => u.name).join(', ')}.`);
  return lines;
}
