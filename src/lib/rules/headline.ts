// The two figures the home page and share cards lead with: the least a person pays per month
// after the State's (and the province's) support, and the most the State pays for someone.
import { evaluateAmount } from './amount-expression.ts';
import type { RuleSet } from './rule-set.ts';

export interface HeadlineAmount {
  value: number;
  /** Formatted with its unit and a non-breaking space: "264.000 đồng". */
  text: string;
  /** First day the figure applies. */
  from: string;
  /** Documents it follows from, e.g. "Nghị định 159/2025/NĐ-CP". */
  sources: string[];
}

export interface HeadlineAmounts {
  /** The floor contribution before support (330.000 đồng). */
  minimumContribution: HeadlineAmount;
  /** What someone in no priority group pays per month at the floor after support (264.000 đồng). */
  lowestOwnPayment: HeadlineAmount;
  /** The State's support for that person (66.000 đồng). */
  lowestSupport: HeadlineAmount | null;
  /** The highest monthly support of any group (165.000 đồng for poor households). */
  highestSupport: HeadlineAmount | null;
}

function headline(name: string, set: RuleSet): HeadlineAmount {
  const amount = evaluateAmount(name, set);
  return { value: amount.value, text: amount.text, from: amount.from, sources: amount.sources.map((s) => s.document) };
}

/** The home page's one-line answers for the rule set's day (e.g. "Từ 264.000 đồng/tháng sau hỗ trợ"). */
export function headlineAmounts(set: RuleSet): HeadlineAmounts {
  return {
    minimumContribution: headline('muc-dong-thap-nhat', set),
    lowestOwnPayment: headline('tu-dong-khac', set),
    lowestSupport: set.stateSupport ? headline('ho-tro-khac', set) : null,
    highestSupport: set.stateSupport ? headline('ho-tro-cao-nhat', set) : null,
  };
}
