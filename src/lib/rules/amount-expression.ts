// Amount expressions in content: "{{name}}", "{{name 2.000.000}}" (at a chosen income),
// "{{name x 3}}", "{{name / 30}}", and sums "{{a x 120 + b x 60}}". Parsed against the registry of
// src/lib/rules/amounts.ts and evaluated on one day's rule set; errors say what to write instead.
import { formatDate } from '../format/vi-format.ts';
import { AMOUNTS, formatAmountValue, type Amount, type AmountKind } from './amounts.ts';
import type { RuleSet, SourceRef } from './rule-set.ts';

/** One named amount with its income and factors: "tu-dong-khac 2.000.000 x 6". */
export interface AmountTerm {
  /** +1 or -1: the term is added or subtracted. */
  sign: 1 | -1;
  name: string;
  /** The chosen income, for amounts that depend on it. */
  income: number | null;
  /** Multiplications and divisions, applied in order. */
  factors: { op: 'x' | '/'; by: number }[];
}

/** A parsed expression: one or more terms added together. */
export interface AmountExpression {
  /** The first term's name (what a key-figures row or the README names). */
  name: string;
  terms: AmountTerm[];
}

const TERM = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s+(\d{1,3}(?:\.\d{3})+|\d+))?((?:\s*[x×*/:]\s*\d+(?:,\d+)?)*)$/;
const FACTOR = /([x×*/:])\s*(\d+(?:,\d+)?)/g;

/** The syntax of amount expressions, for error messages. */
export const EXPRESSION_HELP = 'cần {{tên}}, {{tên x số}} hoặc {{tên / số}} với tên trong danh sách số liệu (xem README, mục "Số tiền tính từ quy định")';

function parseTerm(text: string, sign: 1 | -1): { ok: true; term: AmountTerm } | { ok: false; error: string } {
  const match = TERM.exec(text.trim());
  if (!match) return { ok: false, error: EXPRESSION_HELP };
  const name = match[1]!;
  if (!(name in AMOUNTS)) return { ok: false, error: `không có số liệu tên "${name}"${nearest(name)}; ${EXPRESSION_HELP}` };
  const income = match[2] ? Number(match[2].replaceAll('.', '')) : null;
  if (income !== null && !AMOUNTS[name]!.computeAt) {
    return { ok: false, error: `số liệu "${name}" không tính theo mức thu nhập, bỏ số ${match[2]} sau tên (chỉ tien-dong và tu-dong-NHÓM nhận mức thu nhập)` };
  }
  const factors: AmountTerm['factors'] = [];
  for (const f of (match[3] ?? '').matchAll(FACTOR)) {
    const by = Number(f[2]!.replace(',', '.'));
    if (!(by > 0)) return { ok: false, error: `số nhân hoặc chia phải lớn hơn 0; ${EXPRESSION_HELP}` };
    factors.push({ op: f[1] === '/' || f[1] === ':' ? '/' : 'x', by });
  }
  return { ok: true, term: { sign, name, income, factors } };
}

/** Parses the inside of "{{…}}"; an error message when it does not follow the syntax. */
export function parseAmountExpression(inside: string): { ok: true; expression: AmountExpression } | { ok: false; error: string } {
  // Plus and minus need spaces around them: names themselves contain hyphens.
  const parts = inside.trim().normalize('NFC').split(/\s+([+\-−])\s+/);
  const terms: AmountTerm[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const sign = i === 0 || parts[i - 1] === '+' ? 1 : -1;
    const parsed = parseTerm(parts[i]!, sign);
    if (!parsed.ok) return parsed;
    terms.push(parsed.term);
  }
  return { ok: true, expression: { name: terms[0]!.name, terms } };
}

/** "(có phải X?)" when a known name differs by little: a typo is the usual cause. */
function nearest(name: string): string {
  let best: { name: string; distance: number } | null = null;
  for (const candidate of Object.keys(AMOUNTS)) {
    const d = editDistance(name, candidate);
    if (!best || d < best.distance) best = { name: candidate, distance: d };
  }
  return best && best.distance <= 3 ? ` (có phải "${best.name}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export class AmountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AmountError';
  }
}

/** The value of one term on the rule set's day. */
function termValue(term: AmountTerm, set: RuleSet): Amount {
  const definition = AMOUNTS[term.name]!;
  if (term.income !== null) {
    const floor = set.incomeFloor.value;
    const ceiling = set.ceilingMultiple.value * set.referenceLevel.value;
    if (term.income < floor || term.income > ceiling) {
      throw new AmountError(`mức thu nhập ${formatAmountValue(term.income, 'money')} nằm ngoài khoảng được chọn ngày ${formatDate(set.date)} (từ ${formatAmountValue(floor, 'money')} đến ${formatAmountValue(ceiling, 'money')})`);
    }
  }
  const base = term.income !== null ? definition.computeAt!(set, term.income) : definition.compute(set);
  if (!base) throw new AmountError(`số liệu "${term.name}" chưa có quy định áp dụng ngày ${formatDate(set.date)}`);
  const raw = term.factors.reduce((value, f) => (f.op === 'x' ? value * f.by : value / f.by), base.value);
  // Money is whole đồng; other kinds keep one decimal (e.g. 7,5 năm).
  const value = base.kind === 'money' ? Math.round(raw) : Math.round(raw * 10) / 10;
  return { ...base, value: value * term.sign };
}

/** The amount an expression names on the rule set's day. Throws AmountError. */
export function evaluateAmount(inside: string, set: RuleSet): Amount & { text: string; name: string } {
  const parsed = parseAmountExpression(inside);
  if (!parsed.ok) throw new AmountError(parsed.error);
  const values = parsed.expression.terms.map((term) => termValue(term, set));
  const kind: AmountKind = values[0]!.kind;
  if (values.some((v) => v.kind !== kind)) throw new AmountError(`chỉ cộng, trừ được các số liệu cùng đơn vị (${inside.trim()})`);
  const sources = new Map<string, SourceRef>();
  for (const v of values) for (const s of v.sources) sources.set(`${s.document}|${s.article ?? ''}`, s);
  const value = values.reduce((sum, v) => sum + v.value, 0);
  const from = values.map((v) => v.from).sort().at(-1)!;
  return { value, kind, from, sources: [...sources.values()], name: parsed.expression.name, text: formatAmountValue(value, kind) };
}

/** Matches "{{ … }}" in text; the inside is group 1. */
export const AMOUNT_PATTERN = /\{\{([^{}]*)\}\}/g;

/** Every "{{…}}" of a text, parsed, with its error when malformed (the content check uses this). */
export function amountExpressionsIn(text: string): { inside: string; result: ReturnType<typeof parseAmountExpression> }[] {
  return [...text.matchAll(AMOUNT_PATTERN)].map((m) => ({ inside: m[1]!, result: parseAmountExpression(m[1]!) }));
}

/** Replaces every "{{…}}" of a text with its amount on the rule set's day. Throws AmountError. */
export function resolveAmountsInText(text: string, set: RuleSet): string {
  if (!text.includes('{{')) return text;
  return text.replace(AMOUNT_PATTERN, (_, inside: string) => evaluateAmount(inside, set).text);
}

/** The amount names a text uses (deduplicated, in order), for a page's key-figure table. */
export function amountNamesIn(text: string): string[] {
  const names = amountExpressionsIn(text).flatMap(({ result }) => (result.ok ? result.expression.terms.map((t) => t.name) : []));
  return [...new Set(names)];
}
