// Named amounts computed from the rule set of a day, for authors to use in content instead of
// typing numbers: "{{muc-dong-thap-nhat}}" becomes "330.000 đồng" on the build's reference date,
// and "{{tu-dong-khac x 3}}" three times that. One registry serves frontmatter strings, MDX
// bodies (src/integrations/vite-amounts.ts) and the pages' key-figure tables.
import { GROUP_IDS, type GroupId } from '../../schemas/rules.ts';
import { NBSP, viGuidance } from '../../i18n/vi-guidance.ts';
import { formatDecimal, formatNumber } from '../format/vi-format.ts';
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
  /** For amounts that depend on the chosen income: the amount at that income ("{{tien-dong 2.000.000}}"). */
  computeAt?: (set: RuleSet, income: number) => Amount | null;
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

/** What someone of a group pays per month at an income, after the State's and local support. */
function ownAt(set: RuleSet, group: GroupId, income: number): Amount {
  const support = set.stateSupport ? stateAmount(set, group) + localAmount(set, group) : 0;
  return combine('money', percentOf(set.contributionRate.value, income) - support, set.contributionRate, set.incomeFloor, ...(set.stateSupport ? [set.stateSupport] : []), ...localInputs(set));
}

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
      label: `Số tiền ${who} tự đóng mỗi tháng ở mức thấp nhất (hoặc ở mức thu nhập ghi sau tên), sau hỗ trợ`,
      compute: (set) => ownAt(set, group, set.incomeFloor.value),
      computeAt: (set, income) => ownAt(set, group, income),
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
  'tien-dong': {
    label: 'Tiền đóng mỗi tháng trên mức thu nhập ghi sau tên, trước hỗ trợ (ví dụ {{tien-dong 2.000.000}})',
    compute: (set) => combine('money', floorContribution(set), set.contributionRate, set.incomeFloor),
    computeAt: (set, income) => combine('money', percentOf(set.contributionRate.value, income), set.contributionRate),
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
