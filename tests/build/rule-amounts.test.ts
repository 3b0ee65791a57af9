// One legal change, every page follows: a fixture site whose rules set the reference level from
// 1/7/2026 at 3.000.000 đồng (instead of 2.530.000) is built, and every amount derived from it —
// in the policy's summary, body, FAQ and key-figures table, and in the calculator — shows the
// new value, worked out by hand; amounts that do not depend on it stay as they were.
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, tempDir } from '../helpers/build-site.ts';
import { AMOUNTS } from '../../src/lib/rules/amounts.ts';
import { evaluateAmount } from '../../src/lib/rules/amount-expression.ts';
import { ruleSetOn } from '../../src/lib/rules/rule-set.ts';
import { checkRulesData } from '../../src/lib/rules/check-rules.ts';
import { parse } from 'yaml';
import { RULES_YAML, edit, setOn } from '../helpers/rules-fixture.ts';

const nb = (text: string) => text.replace(/(\d) (đồng|%)/g, '$1\u00a0$2');
const CHANGED_RULES = edit(RULES_YAML, '    value: 2530000\n    source: { document: nd-161-2026 }', '    value: 3000000\n    source: { document: nd-161-2026 }');
const changedSet = ruleSetOn(checkRulesData('x', parse(CHANGED_RULES)).rules!, '2026-11-30');
/** Every named amount whose value depends on the reference level (found by evaluating both). */
const DERIVED = Object.keys(AMOUNTS).filter((name) => evaluateAmount(name, setOn('2026-11-30')).value !== evaluateAmount(name, changedSet).value);

let root = '';
let dist = '';

beforeAll(() => {
  root = tempDir('rule-amounts');
  const content = path.join(root, 'content');
  fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
  fs.writeFileSync(path.join(content, 'rules/bhxh-tu-nguyen.yaml'), CHANGED_RULES);
  const policy = path.join(content, 'policies/muc-dong.mdx');
  const text = fs.readFileSync(policy, 'utf8')
    .replace('summary: Mức đóng thấp nhất là 22 % của 1.500.000 đồng.', 'summary: "Thấp nhất {{muc-dong-thap-nhat}}, cao nhất {{muc-dong-cao-nhat}} mỗi tháng."')
    .replace('    a: Có, bạn tự chọn mức thu nhập làm căn cứ đóng.', '    a: "Có, từ {{thu-nhap-thap-nhat}} đến {{thu-nhap-cao-nhat}}."')
    .replace(/figures:\n(?:  .*\n|    .*\n)*?reviewed:/, `figures:\n${DERIVED.map((name) => `  - rule: ${name}\n`).join('')}  - rule: muc-dong-thap-nhat\nreviewed:`);
  fs.writeFileSync(policy, `${text}\n${DERIVED.map((name) => `- ${name}: {{${name}}}`).join('\n')}\n- tien-dong-tran: {{tien-dong 60.000.000}}\n`);
  dist = path.join(root, 'dist');
  const result = buildSite(dist, content, { cacheDir: path.join(root, 'astro-cache') });
  expect(result.status, result.stderr + result.stdout).toBe(0);
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('a change of the reference level', () => {
  test('the derived amounts are the ones worked out by hand', () => {
    // Ceiling, maximum contribution, funeral allowance, the level itself (and nothing else).
    expect(DERIVED.sort()).toEqual(['muc-dong-cao-nhat', 'muc-tham-chieu', 'thu-nhap-cao-nhat', 'tro-cap-mai-tang']);
  });

  test('every derived amount on the policy page shows the new value: body, summary, FAQ, key figures', () => {
    const $ = cheerio.load(readPage(dist, '/chinh-sach/muc-dong/'));
    const body = (name: string) => $(`.prose data[data-amount="${name}"]`).text();
    const figure = (name: string) => $(`tr[data-rule="${name}"] td`).first().text();
    // 3.000.000; 20 × 3.000.000 = 60.000.000; 22 % × 60.000.000 = 13.200.000; 10 × 3.000.000 = 30.000.000.
    const expected = { 'muc-tham-chieu': '3.000.000 đồng', 'thu-nhap-cao-nhat': '60.000.000 đồng', 'muc-dong-cao-nhat': '13.200.000 đồng', 'tro-cap-mai-tang': '30.000.000 đồng' };
    for (const [name, value] of Object.entries(expected)) {
      expect(body(name), name).toBe(nb(value));
      expect(figure(name), name).toBe(nb(value));
      // The example site (2.530.000) shows something else for the same name.
      expect(evaluateAmount(name, setOn('2026-11-30')).text).not.toBe(nb(value));
    }
    expect($('tr[data-rule="thu-nhap-cao-nhat"] td').eq(1).text()).toBe('1/7/2026');
    expect($('p.lead').text()).toBe(nb('Thấp nhất 330.000 đồng, cao nhất 13.200.000 đồng mỗi tháng.'));
    expect($('.faq dd').first().text()).toBe(nb('Có, từ 1.500.000 đồng đến 60.000.000 đồng.'));
    expect($('meta[name="description"]').attr('content')).toBe('Thấp nhất 330.000 đồng, cao nhất 13.200.000 đồng mỗi tháng.');
    // An income of 60.000.000 is allowed only under the changed rules: 22 % of it is 13.200.000.
    expect($('data[data-amount="tien-dong"]').text()).toBe(nb('13.200.000 đồng'));
    // Not derived from the reference level: unchanged.
    expect(figure('muc-dong-thap-nhat')).toBe(nb('330.000 đồng'));
  });

  test('the calculator follows too: the income field, its tables and its embedded rules', () => {
    const $ = cheerio.load(readPage(dist, '/tinh-muc-dong/'));
    expect($('[data-calc-slider]').attr('max')).toBe('60000000');
    expect($('[data-calc-income-hint]').text()).toContain(nb('đến 60.000.000 đồng'));
    const incomes = $('table[data-cases="thu-nhap"] tbody tr').map((_, tr) => $(tr).attr('data-income')).get();
    expect(incomes.at(-1)).toBe('60000000');
    // The ceiling row for 12 months: (13.200.000 − 66.000) × 12 = 157.608.000.
    expect($('table[data-cases="thu-nhap"] tr[data-income="60000000"] td[data-months="12"]').attr('data-value')).toBe('157608000');
  });
});
