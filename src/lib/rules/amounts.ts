// Named amounts computed from the rule set of a day, for authors to use in content instead of
// typing numbers: "{{muc-dong-thap-nhat}}" becomes "330.000 đồng" on the build's reference date,
// and "{{tu-dong-khac x 3}}" three times that. One registry serves frontmatter strings, MDX
// bodies (src/integrations/vite-amounts.ts) and the pages' key-figure tables.
import { GROUP_IDS, type GroupId } from '../../schemas/rules.ts';
import { NBSP, viGuidance } from '../../i18n/vi-guidance.ts';
import { formatDate, formatDecimal, formatNumber } from '../format/vi-format.ts';
import { highestRate, percentOf } from './contribution.ts';
import type { InForce, RuleSet, SourceRef } from './rule-set.ts';

export type AmountKind = 'money' | 'percent' | 'months' | 'years' | 'times';

/** A computed amount: the number, its kind (for the unit), the first day it applies, its sources. */
export interface Amount {
  value: number;
  kind: AmountKind;
  /** The latest first day among the values it is computed from. */
  from: string;
  sources: SourceRef[];
}

interface Definition {
  /** What it is, for authors (README, error messages) and key-figure tables. */
  label: string;
  compute: (set: RuleSet) => Amount | null;
}

const combine = (kind: AmountKind, value: number, ...inputs: InForce<unknown>[]): Amount => {
  const sources = new Map<string, SourceRef>();
  for (const input of inputs) sources.set(`${input.source.document}|${input.source.article ?? ''}`, input.source);
  return { value, kind, from: inputs.map((i) => i.from).sort().at(-1)!, sources: [...sources.values()] };
};

const floorContribution = (set: RuleSet) => percentOf(set.contributionRate.value, set.incomeFloor.value);
const supportBase = (set: RuleSet) => (set.stateSupport ? percentOf(set.stateSupport.value.basePercentOfFloor, set.incomeFloor.value) : 0);
const stateRate = (set: RuleSet, group: GroupId) => (set.stateSupport ? highestRate(set.stateSupport.value.rates, [group])!.rate : 0);
const localRate = (set: RuleSet, group: GroupId) => {
  const topUp = set.local?.topUp;
  return topUp ? (highestRate(topUp.value.rates, [group])?.rate ?? 0) : 0;
};
const stateAmount = (set: RuleSet, group: GroupId) => percentOf(stateRate(set, group), supportBase(set));
const localAmount = (set: RuleSet, group: GroupId) =>
  Math.min(percentOf(localRate(set, group), supportBase(set)), floorContribution(set) - stateAmount(set, group));
const localInputs = (set: RuleSet): InForce<unknown>[] => (set.local?.topUp ? [set.local.topUp] : []);

function groupDefinitions(group: GroupId): Record<string, Definition> {
  const who = viGuidance.groupInSentence[group];
  return {
    [`ty-le-ho-tro-${group}`]: {
      label: `Tỷ lệ Nhà nước hỗ trợ tiền đóng cho ${who}`,
      compute: (set) => set.stateSupport && combine('percent', stateRate(set, group), set.stateSupport),
    },
    [`ho-tro-${group}`]: {
      label: `Tiền Nhà nước hỗ trợ mỗi tháng cho ${who}`,
      compute: (set) => set.stateSupport && combine('money', stateAmount(set, group), set.stateSupport, set.incomeFloor),
    },
    [`ty-le-ho-tro-them-${group}`]: {
      label: `Tỷ lệ địa phương hỗ trợ thêm cho ${who} (0 nếu không có)`,
      compute: (set) => combine('percent', localRate(set, group), ...(set.stateSupport ? [set.stateSupport] : [set.contributionRate]), ...localInputs(set)),
    },
    [`ho-tro-them-${group}`]: {
      label: `Tiền địa phương hỗ trợ thêm mỗi tháng cho ${who} (0 nếu không có)`,
      compute: (set) => set.stateSupport && combine('money', localAmount(set, group), set.stateSupport, set.incomeFloor, ...localInputs(set)),
    },
    [`tu-dong-${group}`]: {
      label: `Số tiền ${who} tự đóng mỗi tháng ở mức thấp nhất, sau hỗ trợ`,
      compute: (set) =>
        combine(
          'money',
          floorContribution(set) - (set.stateSupport ? stateAmount(set, group) + localAmount(set, group) : 0),
          set.contributionRate,
          set.incomeFloor,
          ...(set.stateSupport ? [set.stateSupport] : []),
          ...localInputs(set),
        ),
    },
  };
}

/** Every name authors can use, with what it means. */
export const AMOUNTS: Readonly<Record<string, Definition>> = {
  'ty-le-dong': { label: 'Tỷ lệ đóng trên thu nhập tự chọn', compute: (set) => combine('percent', set.contributionRate.value, set.contributionRate) },
  'thu-nhap-thap-nhat': { label: 'Mức thu nhập thấp nhất được chọn (chuẩn nghèo nông thôn)', compute: (set) => combine('money', set.incomeFloor.value, set.incomeFloor) },
  'muc-tham-chieu': { label: 'Mức tham chiếu (hiện bằng mức lương cơ sở)', compute: (set) => combine('money', set.referenceLevel.value, set.referenceLevel) },
  'he-so-tran': { label: 'Mức thu nhập cao nhất tính bằng số lần mức tham chiếu', compute: (set) => combine('times', set.ceilingMultiple.value, set.ceilingMultiple) },
  'thu-nhap-cao-nhat': {
    label: 'Mức thu nhập cao nhất được chọn',
    compute: (set) => combine('money', set.ceilingMultiple.value * set.referenceLevel.value, set.ceilingMultiple, set.referenceLevel),
  },
  'muc-dong-thap-nhat': {
    label: 'Số tiền đóng thấp nhất mỗi tháng, trước hỗ trợ',
    compute: (set) => combine('money', floorContribution(set), set.contributionRate, set.incomeFloor),
  },
  'muc-dong-cao-nhat': {
    label: 'Số tiền đóng cao nhất mỗi tháng',
    compute: (set) => combine('money', percentOf(set.contributionRate.value, set.ceilingMultiple.value * set.referenceLevel.value), set.contributionRate, set.ceilingMultiple, set.referenceLevel),
  },
  'co-so-ho-tro': {
    label: 'Số tiền làm căn cứ tính hỗ trợ (tỷ lệ × chuẩn nghèo nông thôn)',
    compute: (set) => set.stateSupport && combine('money', supportBase(set), set.stateSupport, set.incomeFloor),
  },
  'ho-tro-cao-nhat': {
    label: 'Tiền Nhà nước hỗ trợ mỗi tháng, mức cao nhất (mọi nhóm)',
    compute: (set) => set.stateSupport && combine('money', Math.max(...GROUP_IDS.map((g) => stateAmount(set, g))), set.stateSupport, set.incomeFloor),
  },
  'so-thang-ho-tro-toi-da': { label: 'Số tháng được Nhà nước hỗ trợ tối đa', compute: (set) => set.stateSupport && combine('months', set.stateSupport.value.maxMonths, set.stateSupport) },
  'so-nam-ho-tro-toi-da': { label: 'Số năm được Nhà nước hỗ trợ tối đa', compute: (set) => set.stateSupport && combine('years', set.stateSupport.value.maxMonths / 12, set.stateSupport) },
  'so-nam-dong-truoc-toi-da': { label: 'Số năm đóng trước tối đa trong một lần', compute: (set) => combine('years', set.paymentModes.value.aheadYearsMax, set.paymentModes) },
  'so-nam-dong-bu-toi-da': { label: 'Số năm còn thiếu được đóng bù một lần, tối đa', compute: (set) => combine('years', set.paymentModes.value.missingYearsMax, set.paymentModes) },
  'he-so-mai-tang': { label: 'Trợ cấp mai táng tính bằng số lần mức tham chiếu', compute: (set) => combine('times', set.funeralMultiple.value, set.funeralMultiple) },
  'tro-cap-mai-tang': {
    label: 'Trợ cấp mai táng',
    compute: (set) => combine('money', set.funeralMultiple.value * set.referenceLevel.value, set.funeralMultiple, set.referenceLevel),
  },
  'tro-cap-thai-san': { label: 'Trợ cấp khi sinh con, mỗi con', compute: (set) => set.maternityPerChild && combine('money', set.maternityPerChild.value, set.maternityPerChild) },
  'tro-cap-huu-tri-xa-hoi': { label: 'Trợ cấp hưu trí xã hội mỗi tháng', compute: (set) => set.socialPensionAllowance && combine('money', set.socialPensionAllowance.value, set.socialPensionAllowance) },
  ...Object.assign({}, ...GROUP_IDS.map(groupDefinitions)),
};

/** The unit words after a number. */
export function formatAmountValue(value: number, kind: AmountKind): string {
  const u = viGuidance.units;
  switch (kind) {
    case 'money':
      return `${formatNumber(value)}${NBSP}${u.dong}`;
    case 'percent':
      return `${formatDecimal(value)}${NBSP}${u.percent}`;
    case 'months':
      return `${formatNumber(value)}${NBSP}${u.months}`;
    case 'years':
      return `${formatDecimal(value, 1)}${NBSP}${u.years}`;
    case 'times':
      return `${formatNumber(value)}${NBSP}${u.times}`;
  }
}

/** A parsed "{{name}}", "{{name x 3}}" or "{{name / 30}}". */
export interface AmountExpression {
  name: string;
  /** Multiply by this (division is stored as 1/n and rounded at the end). */
  factor: { op: 'x' | '/'; by: number } | null;
}

const EXPRESSION = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*([x×*/:])\s*(\d+(?:,\d+)?))?$/;

/** The syntax of amount expressions, for error messages. */
export const EXPRESSION_HELP = 'cần {{tên}}, {{tên x số}} hoặc {{tên / số}} với tên trong danh sách số liệu (xem README, mục "Số tiền tính từ quy định")';

/** Parses the inside of "{{…}}"; an error message when it does not follow the syntax. */
export function parseAmountExpression(inside: string): { ok: true; expression: AmountExpression } | { ok: false; error: string } {
  const match = EXPRESSION.exec(inside.trim().normalize('NFC'));
  if (!match) return { ok: false, error: EXPRESSION_HELP };
  const name = match[1]!;
  if (!(name in AMOUNTS)) return { ok: false, error: `không có số liệu tên "${name}"${nearest(name)}; ${EXPRESSION_HELP}` };
  if (!match[2]) return { ok: true, expression: { name, factor: null } };
  const by = Number(match[3]!.replace(',', '.'));
  if (!(by > 0)) return { ok: false, error: `số nhân hoặc chia phải lớn hơn 0; ${EXPRESSION_HELP}` };
  return { ok: true, expression: { name, factor: { op: match[2] === '/' || match[2] === ':' ? '/' : 'x', by } } };
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

/** The amount an expression names on the rule set's day, factor applied. Throws AmountError. */
export function evaluateAmount(inside: string, set: RuleSet): Amount & { text: string; name: string } {
  const parsed = parseAmountExpression(inside);
  if (!parsed.ok) throw new AmountError(parsed.error);
  const { name, factor } = parsed.expression;
  const base = AMOUNTS[name]!.compute(set);
  if (!base) throw new AmountError(`số liệu "${name}" chưa có quy định áp dụng ngày ${formatDate(set.date)}`);
  const raw = factor === null ? base.value : factor.op === 'x' ? base.value * factor.by : base.value / factor.by;
  // Money is whole đồng; other kinds keep one decimal (e.g. 7,5 năm).
  const value = base.kind === 'money' ? Math.round(raw) : Math.round(raw * 10) / 10;
  return { ...base, value, name, text: formatAmountValue(value, base.kind) };
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
  const names = amountExpressionsIn(text).flatMap(({ result }) => (result.ok ? [result.expression.name] : []));
  return [...new Set(names)];
}
