// The calculator's state in the URL, so a calculation can be sent on Zalo and the back button
// works: ?thu-nhap=1500000&nhom=can-ngheo&phuong-thuc=1&ngay=2025-08-01&da-ho-tro=0. A malformed
// parameter is ignored with a note saying which and why — never a crash or NaN on the page.
import { GROUP_IDS, type GroupId } from './groups.ts';
import type { PaymentModes } from '../../schemas/rules.ts';

export interface CalculatorState {
  /** Monthly income chosen, đồng. */
  income: number;
  /** Groups ticked ("khac" is implied when none). */
  groups: GroupId[];
  /** Months per payment (1, 3, 6, 12, or 12 × years ahead). */
  months: number;
  /** The day the rules are taken from, YYYY-MM-DD. */
  date: string;
  /** Months of State support already received. */
  supportedBefore: number;
}

export interface CalculatorDefaults extends CalculatorState {
  /** Earliest day the rule data covers. */
  firstDate: string;
}

/** The URL parameter names (Vietnamese, as people will see them in a shared link). */
export const PARAMS = { income: 'thu-nhap', groups: 'nhom', months: 'phuong-thuc', date: 'ngay', supportedBefore: 'da-ho-tro' } as const;

/** The periods a person may choose on a day: the rule's periods, then 2…aheadYearsMax years ahead. */
export function paymentPeriods(modes: PaymentModes): number[] {
  const ahead = Array.from({ length: Math.max(0, modes.aheadYearsMax - 1) }, (_, i) => (i + 2) * 12);
  return [...new Set([...modes.periods, ...ahead])].sort((a, b) => a - b);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
function isRealDay(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export interface IgnoredParam {
  name: string;
  value: string;
  /** Why, in plain Vietnamese. */
  reason: string;
}

/** Reads the state from a query string; what cannot be read keeps its default and is listed. */
export function parseCalculatorQuery(search: string, defaults: CalculatorDefaults, allowedMonths: readonly number[]): { state: CalculatorState; ignored: IgnoredParam[] } {
  const params = new URLSearchParams(search);
  const ignored: IgnoredParam[] = [];
  const state: CalculatorState = { income: defaults.income, groups: [...defaults.groups], months: defaults.months, date: defaults.date, supportedBefore: defaults.supportedBefore };
  const income = params.get(PARAMS.income);
  if (income !== null) {
    const digits = income.trim().replace(/[.\s]/g, '');
    if (/^\d{1,12}$/.test(digits) && Number(digits) > 0) state.income = Number(digits);
    else ignored.push({ name: PARAMS.income, value: income, reason: 'cần số đồng mỗi tháng, ví dụ 1500000' });
  }
  // "nhom=a,b" from a shared link, or "nhom=a&nhom=b" from the form submitted without the script.
  const groups = params.has(PARAMS.groups) ? params.getAll(PARAMS.groups).join(',') : null;
  if (groups !== null) {
    const ids = groups.split(',').map((g) => g.trim()).filter(Boolean);
    const known = ids.filter((g): g is GroupId => (GROUP_IDS as readonly string[]).includes(g));
    const unknown = ids.filter((g) => !known.includes(g as GroupId));
    state.groups = [...new Set(known)];
    if (unknown.length > 0) ignored.push({ name: PARAMS.groups, value: unknown.join(','), reason: `nhóm không có; cần một hoặc vài nhóm trong: ${GROUP_IDS.join(', ')}` });
  }
  const months = params.get(PARAMS.months);
  if (months !== null) {
    if (/^\d{1,3}$/.test(months.trim()) && allowedMonths.includes(Number(months))) state.months = Number(months);
    else ignored.push({ name: PARAMS.months, value: months, reason: `cần số tháng mỗi lần đóng: ${allowedMonths.join(', ')}` });
  }
  const date = params.get(PARAMS.date);
  if (date !== null) {
    if (isRealDay(date.trim()) && date.trim() >= defaults.firstDate) state.date = date.trim();
    else ignored.push({ name: PARAMS.date, value: date, reason: `cần một ngày dạng YYYY-MM-DD, từ ${defaults.firstDate} trở đi` });
  }
  const before = params.get(PARAMS.supportedBefore);
  if (before !== null) {
    if (/^\d{1,3}$/.test(before.trim())) state.supportedBefore = Number(before);
    else ignored.push({ name: PARAMS.supportedBefore, value: before, reason: 'cần số tháng đã được hỗ trợ, ví dụ 24' });
  }
  return { state, ignored };
}

/** The query string for a state (every parameter, so a shared link says what it computed). */
export function calculatorQuery(state: CalculatorState): string {
  const params = new URLSearchParams();
  params.set(PARAMS.income, String(state.income));
  params.set(PARAMS.groups, state.groups.length > 0 ? state.groups.join(',') : 'khac');
  params.set(PARAMS.months, String(state.months));
  params.set(PARAMS.date, state.date);
  if (state.supportedBefore > 0) params.set(PARAMS.supportedBefore, String(state.supportedBefore));
  // Keep commas readable in the link (URLSearchParams encodes them).
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
