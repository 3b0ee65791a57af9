// The rows of a policy's key-figures table: figures computed from the rule data (value, first
// day and legal source from content/rules/) and figures typed by the author, in one shape.
import type { PolicyFigure } from '../../schemas/policy.ts';
import { formatDecimal, formatNumber } from '../format/vi-format.ts';
import { AMOUNTS } from './amounts.ts';
import { evaluateAmount } from './amount-expression.ts';
import type { RuleSet, SourceRef } from './rule-set.ts';

export interface FigureRow {
  label: string;
  /** Formatted with its unit: "330.000 đồng", "22 %". */
  value: string;
  /** First day it applies, YYYY-MM-DD. */
  effective: string;
  /** The documents, as cited: "Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 36 khoản 1". */
  source: string;
  /** True when computed from the rule data (the table says so). */
  computed: boolean;
  /** The amount's name when computed (for tests and data attributes). */
  rule?: string;
}

/** "Nghị định 159/2025/NĐ-CP, Điều 14" */
export function citeSource(source: SourceRef): string {
  return source.article ? `${source.document}, ${source.article}` : source.document;
}

/** Whether a figure is computed from the rule data. */
export const isRuleFigure = (figure: PolicyFigure): figure is Extract<PolicyFigure, { rule: string }> => 'rule' in figure;

/** Unknown amount names in a policy's figures (the content check reports them with their path). */
export function unknownFigureRules(figures: readonly unknown[]): { index: number; rule: string }[] {
  return figures.flatMap((figure, index) => {
    if (figure === null || typeof figure !== 'object' || !('rule' in figure)) return [];
    const rule = String((figure as { rule: unknown }).rule);
    return rule in AMOUNTS ? [] : [{ index, rule }];
  });
}

/** The table rows for the rule set's day. Throws AmountError for a rule with no value that day. */
export function figureRows(figures: readonly PolicyFigure[], set: RuleSet): FigureRow[] {
  return figures.map((figure) => {
    if (isRuleFigure(figure)) {
      const amount = evaluateAmount(figure.rule, set);
      return {
        label: figure.label ?? AMOUNTS[figure.rule]!.label,
        value: amount.text,
        effective: amount.from,
        source: amount.sources.map(citeSource).join('; '),
        computed: true,
        rule: figure.rule,
      };
    }
    const number = Number.isInteger(figure.value) ? formatNumber(figure.value) : formatDecimal(figure.value);
    return { label: figure.label, value: `${number}\u00a0${figure.unit}`, effective: figure.effective, source: figure.source, computed: false };
  });
}
