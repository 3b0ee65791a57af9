// The calculator's rule data and arithmetic over random inputs: any income (even nonsense), any
// groups, months and earlier support, on any day the rules cover, with or without a province's
// top-up; and the rules file itself after random edits.
import { parse, stringify } from 'yaml';
import { describe, expect } from 'vitest';
import { contribution } from '../../../src/lib/rules/contribution.ts';
import { firstRulesDate, ruleSetOn, RulesDateError } from '../../../src/lib/rules/rule-set.ts';
import { checkRules } from '../../../src/lib/rules/check-rules.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { GROUP_IDS } from '../../../src/schemas/rules.ts';
import { encode, exampleRules, haNoi, HA_NOI_YAML, RULES_YAML } from '../../helpers/rules-fixture.ts';
import { mutated } from '../../helpers/json-mutations.ts';
import { fc, test } from '../../helpers/property.ts';

const FIRST = firstRulesDate(exampleRules);
const day = fc.date({ min: new Date(`${FIRST}T00:00:00Z`), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const income = fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(1_500_000, 2_340_000, 46_800_000, 0, -1, Number.NaN, Infinity, 1.5e9), fc.double({ min: -1e7, max: 1e9 }));
const input = fc.record({
  date: day,
  income,
  groups: fc.subarray([...GROUP_IDS]),
  months: fc.constantFrom(1, 3, 6, 12, 24, 60),
  before: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  haNoi: fc.boolean(),
});

describe('contribution', () => {
  test.prop([input])('stays within the rules: income between floor and ceiling, support never above the contribution, totals add up', ({ date, income: chosen, groups, months, before, haNoi: withLocal }) => {
    const set = ruleSetOn(exampleRules, date, withLocal ? { id: 'ha-noi', rules: haNoi } : null);
    const r = contribution(set, { income: chosen, groups, months, supportedMonthsBefore: before });
    expect(r.income.used).toBeGreaterThanOrEqual(r.floor.value);
    expect(r.income.used).toBeLessThanOrEqual(r.ceiling.value);
    expect(r.income.clamped === null).toBe(r.income.used === Math.round(chosen));
    expect(r.monthly.value).toBe(Math.round((r.rate.value * r.income.used) / 100));
    const support = (r.state?.monthly.value ?? 0) + (r.local?.monthly.value ?? 0);
    expect(support).toBeLessThanOrEqual(r.monthly.value);
    expect(r.ownMonthly.value).toBe(r.supportMonthsLeft > 0 ? r.monthly.value - support : r.monthly.value);
    expect(r.ownMonthly.value).toBeGreaterThanOrEqual(0);
    expect(r.supportedMonths).toBe(Math.min(months, r.supportMonthsLeft));
    expect(r.perPayment.value).toBe(r.monthly.value * months - support * r.supportedMonths);
    expect(r.perPayment.value).toBeLessThanOrEqual(r.monthly.value * months);
    expect(r.perYear.value).toBe(r.monthly.value * 12 - support * Math.min(12, r.supportMonthsLeft));
    for (const figure of [r.rate, r.floor, r.ceiling, r.monthly, r.ownMonthly, r.perPayment, r.perYear]) expect(figure.sources.length).toBeGreaterThan(0);
    for (const step of r.steps) expect(step.text).not.toMatch(/NaN|undefined|Infinity|null/);
  });

  test.prop([day, fc.integer({ min: 0, max: 60_000_000 }), fc.integer({ min: 0, max: 60_000_000 }), fc.subarray([...GROUP_IDS])])('a higher income never costs less, and support never depends on the income chosen', (date, a, b, groups) => {
    const set = ruleSetOn(exampleRules, date);
    const [low, high] = a <= b ? [a, b] : [b, a];
    const lo = contribution(set, { income: low, groups, months: 1 });
    const hi = contribution(set, { income: high, groups, months: 1 });
    expect(lo.monthly.value).toBeLessThanOrEqual(hi.monthly.value);
    expect(lo.state?.monthly.value ?? 0).toBe(hi.state?.monthly.value ?? 0);
  });
});

describe('ruleSetOn', () => {
  test.prop([fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))])('any day: the values in force that day (started on or before it, not ended), or a clear error before the data starts', (date) => {
    if (date < FIRST) {
      expect(() => ruleSetOn(exampleRules, date)).toThrow(RulesDateError);
      return;
    }
    const set = ruleSetOn(exampleRules, date);
    for (const value of [set.contributionRate, set.incomeFloor, set.referenceLevel, set.ceilingMultiple, set.funeralMultiple, set.paymentModes, set.stateSupport, set.maternityPerChild, set.socialPensionAllowance]) {
      if (value === null) continue;
      expect(value.from <= date).toBe(true);
      if (value.until !== null) expect(value.until >= date).toBe(true);
      expect(value.source.document.length).toBeGreaterThan(0);
    }
  });
});

describe('checkRules', () => {
  const FILE = 'content/rules/bhxh-tu-nguyen.yaml';
  const LOCAL = 'content/rules/dia-phuong/ha-noi.yaml';
  const edit = fc.constantFrom('main', 'local').chain((which) => mutated(parse(which === 'main' ? RULES_YAML : HA_NOI_YAML)).map((data) => ({ which, text: stringify(data) })));

  test.prop([edit], { numRuns: 100 })('any edit of the rules files: no crash, each error one Vietnamese line naming the file', ({ which, text }) => {
    const report = checkRules({ main: { file: FILE, bytes: encode(which === 'main' ? text : RULES_YAML) }, locals: [{ file: LOCAL, bytes: encode(which === 'local' ? text : HA_NOI_YAML) }] }, 'ha-noi');
    for (const issue of report.errors) {
      const line = formatIssue(issue);
      expect([FILE, LOCAL, 'content/site.yaml']).toContain(issue.file);
      expect(line, JSON.stringify(line)).not.toMatch(/[\n\r\u2028\u2029]/);
      expect(issue.expected, line).not.toMatch(/\b(Invalid|expected|Too (small|big)|Unrecognized)\b/);
    }
  });
});
