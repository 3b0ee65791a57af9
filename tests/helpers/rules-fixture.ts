// The example rule data (content/rules/) read and checked as the build does, and helpers to make
// variants of it in memory for validation tests.
import fs from 'node:fs';
import path from 'node:path';
import { readRulesSources } from '../../src/integrations/content-files.ts';
import { checkRules } from '../../src/lib/rules/check-rules.ts';
import { ruleSetOn, type RuleSet } from '../../src/lib/rules/rule-set.ts';
import type { LocalRules, Rules } from '../../src/schemas/rules.ts';
import type { PensionRules } from '../../src/schemas/pension.ts';
import { ROOT } from './build-site.ts';

export const RULES_YAML = fs.readFileSync(path.join(ROOT, 'content/rules/bhxh-tu-nguyen.yaml'), 'utf8');
export const HA_NOI_YAML = fs.readFileSync(path.join(ROOT, 'content/rules/dia-phuong/ha-noi.yaml'), 'utf8');

const report = checkRules(readRulesSources(path.join(ROOT, 'content')));
if (!report.rules) throw new Error(report.errors.map((e) => `${e.file} › ${e.field}: ${e.expected}`).join('\n'));

export const exampleRules: Rules = report.rules;
export const haNoi: LocalRules = report.locals.find((l) => l.id === 'ha-noi')!.rules;
export const examplePension: PensionRules = report.pension!;
export const PENSION_YAML = fs.readFileSync(path.join(ROOT, 'content/rules/luong-huu.yaml'), 'utf8');

/** The example rules on a day, optionally with Hà Nội's top-ups. */
export function setOn(date: string, withHaNoi = false): RuleSet {
  return ruleSetOn(exampleRules, date, withHaNoi ? { id: 'ha-noi', rules: haNoi } : null);
}

export const encode = (text: string) => new TextEncoder().encode(text);

/** Replaces `from` by `to` in a text, failing loudly when `from` is not there (fixtures drift). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found`);
  return text.replace(from, to);
}
