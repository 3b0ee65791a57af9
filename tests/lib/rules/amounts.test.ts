import { describe, expect, test } from 'vitest';
import { AMOUNTS } from '../../../src/lib/rules/amounts.ts';
import { amountNamesIn, evaluateAmount, parseAmountExpression, resolveAmountsInText } from '../../../src/lib/rules/amount-expression.ts';
import { checkAmountsInBody, checkAmountsInData, resolveAmountsInData } from '../../../src/lib/rules/content-amounts.ts';
import { headlineAmounts } from '../../../src/lib/rules/headline.ts';
import { rewriteMdxAmounts } from '../../../src/lib/rules/mdx-amounts.ts';
import { figureRows } from '../../../src/lib/rules/figure-rows.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { setOn } from '../../helpers/rules-fixture.ts';

const nb = (text: string) => text.replace(/(\d) (đồng|%|tháng|năm|lần)/g, '$1\u00a0$2');
const on = (date: string, text: string, haNoi = false) => resolveAmountsInText(text, setOn(date, haNoi));

describe('evaluateAmount', () => {
  test('amounts on 30/11/2026 (hand-worked from the rules)', () => {
    const values = Object.fromEntries(
      ['ty-le-dong', 'thu-nhap-thap-nhat', 'muc-dong-thap-nhat', 'muc-tham-chieu', 'thu-nhap-cao-nhat', 'muc-dong-cao-nhat', 'tro-cap-mai-tang', 'ho-tro-ho-ngheo', 'ho-tro-can-ngheo', 'ho-tro-dan-toc-thieu-so', 'ho-tro-khac', 'tu-dong-khac', 'tu-dong-can-ngheo', 'ho-tro-cao-nhat', 'so-nam-ho-tro-toi-da', 'so-thang-ho-tro-toi-da', 'tro-cap-thai-san', 'tro-cap-huu-tri-xa-hoi'].map((n) => [n, evaluateAmount(n, setOn('2026-11-30')).text]),
    );
    expect(values).toEqual(Object.fromEntries(Object.entries({
      'ty-le-dong': '22 %',
      'thu-nhap-thap-nhat': '1.500.000 đồng',
      'muc-dong-thap-nhat': '330.000 đồng',
      'muc-tham-chieu': '2.530.000 đồng',
      'thu-nhap-cao-nhat': '50.600.000 đồng',
      'muc-dong-cao-nhat': '11.132.000 đồng',
      'tro-cap-mai-tang': '25.300.000 đồng',
      'ho-tro-ho-ngheo': '165.000 đồng',
      'ho-tro-can-ngheo': '132.000 đồng',
      'ho-tro-dan-toc-thieu-so': '99.000 đồng',
      'ho-tro-khac': '66.000 đồng',
      'tu-dong-khac': '264.000 đồng',
      'tu-dong-can-ngheo': '198.000 đồng',
      'ho-tro-cao-nhat': '165.000 đồng',
      'so-nam-ho-tro-toi-da': '10 năm',
      'so-thang-ho-tro-toi-da': '120 tháng',
      'tro-cap-thai-san': '2.000.000 đồng',
      'tro-cap-huu-tri-xa-hoi': '500.000 đồng',
    }).map(([k, v]) => [k, nb(v)])));
  });

  test('the day decides: funeral allowance and ceiling follow the reference level', () => {
    expect(evaluateAmount('tro-cap-mai-tang', setOn('2026-06-30')).text).toBe(nb('23.400.000 đồng'));
    expect(evaluateAmount('tro-cap-mai-tang', setOn('2026-07-01')).from).toBe('2026-07-01');
    expect(evaluateAmount('muc-dong-cao-nhat', setOn('2024-01-01')).text).toBe(nb('7.920.000 đồng')); // 22 % × 20 × 1.800.000
    expect(evaluateAmount('tu-dong-khac', setOn('2025-06-30')).text).toBe(nb('297.000 đồng')); // 330.000 − 10 %
  });

  test('each amount carries its sources', () => {
    expect(evaluateAmount('thu-nhap-cao-nhat', setOn('2026-11-30')).sources.map((s) => [s.document, s.article])).toEqual([
      ['Luật Bảo hiểm xã hội số 41/2024/QH15', 'Điều 36 khoản 1'],
      ['Nghị định 161/2026/NĐ-CP', undefined],
    ]);
  });

  test('factors: "x 3", "× 12", "/ 30" (rounded to whole đồng)', () => {
    expect(on('2026-11-30', '{{tu-dong-khac x 3}} · {{tu-dong-khac × 12}} · {{tu-dong-khac / 30}} · {{muc-dong-thap-nhat x 48}}')).toBe(
      nb('792.000 đồng · 3.168.000 đồng · 8.800 đồng · 15.840.000 đồng'),
    );
    expect(on('2026-11-30', '{{thu-nhap-thap-nhat x 0,45}}')).toBe(nb('675.000 đồng'));
  });

  test('a local top-up changes what is left to pay', () => {
    expect(on('2026-11-30', '{{tu-dong-khac}} / {{ho-tro-them-can-ngheo}} / {{tu-dong-can-ngheo}}', true)).toBe(nb('231.000 đồng / 198.000 đồng / 0 đồng'));
    expect(on('2026-11-30', '{{ho-tro-them-khac}}')).toBe(nb('0 đồng'));
  });

  test('a name with no value on the day is an error saying so', () => {
    expect(() => evaluateAmount('tro-cap-thai-san', setOn('2025-06-30'))).toThrow('số liệu "tro-cap-thai-san" chưa có quy định áp dụng ngày 30/6/2025');
  });
});

describe('parseAmountExpression', () => {
  test('unknown names suggest the nearest known one', () => {
    expect(parseAmountExpression('muc-dong-thap-nhatt')).toEqual({ ok: false, error: expect.stringContaining('không có số liệu tên "muc-dong-thap-nhatt" (có phải "muc-dong-thap-nhat"?)') });
    expect(parseAmountExpression('Mức đóng')).toMatchObject({ ok: false });
    expect(parseAmountExpression('tu-dong-khac x 0')).toMatchObject({ ok: false });
  });
  test('every registered name is a valid expression with a label', () => {
    for (const [name, def] of Object.entries(AMOUNTS)) {
      expect(parseAmountExpression(name).ok).toBe(true);
      expect(def.label.length).toBeGreaterThan(5);
    }
  });
});

describe('content checks', () => {
  test('frontmatter: file › field: expected; found', () => {
    const issues = checkAmountsInData('content/policies/a.mdx', { faq: [{ q: 'Bao nhiêu?', a: 'Từ {{tu-dong-khc}} mỗi tháng' }], figures: [{ rule: 'thu-nhap-cao-nhat' }, { rule: 'tran' }] });
    expect(issues.map(formatIssue)).toEqual([
      'content/policies/a.mdx › figures[1].rule: không có số liệu tên "tran"; cần {{tên}}, {{tên x số}} hoặc {{tên / số}} với tên trong danh sách số liệu (xem README, mục "Số tiền tính từ quy định"); gặp: "tran"',
      'content/policies/a.mdx › faq[0].a: không có số liệu tên "tu-dong-khc" (có phải "tu-dong-khac"?); cần {{tên}}, {{tên x số}} hoặc {{tên / số}} với tên trong danh sách số liệu (xem README, mục "Số tiền tính từ quy định"); gặp: "{{tu-dong-khc}}"',
    ]);
  });
  test('body: the line is named', () => {
    expect(checkAmountsInBody('content/policies/a.mdx', 'Dòng một\nĐóng {{muc dong}} mỗi tháng', 20).map(formatIssue)).toEqual([
      expect.stringMatching(/^content\/policies\/a\.mdx › nội dung \(dòng 21\): cần \{\{tên\}\}.*; gặp: "\{\{muc dong\}\}"$/),
    ]);
  });
  test('resolveAmountsInData replaces strings at any depth and keeps other values', () => {
    const data = { summary: 'Từ {{tu-dong-khac}}', order: 3, faq: [{ q: 'q', a: '{{ho-tro-cao-nhat}}' }], date: '2026-01-01' };
    expect(resolveAmountsInData(data, setOn('2026-11-30'))).toEqual({ summary: nb('Từ 264.000 đồng'), order: 3, faq: [{ q: 'q', a: nb('165.000 đồng') }], date: '2026-01-01' });
  });
  test('amountNamesIn lists the names a text uses', () => {
    expect(amountNamesIn('{{a-b}} {{tu-dong-khac x 3}} {{tu-dong-khac}} {{ty-le-dong}}')).toEqual(['tu-dong-khac', 'ty-le-dong']);
  });
});

describe('rewriteMdxAmounts', () => {
  test('replaces body expressions with the component, leaves frontmatter and code alone, keeps line numbers', () => {
    const source = '---\nsummary: "Từ {{tu-dong-khac}}"\n---\n\nĐóng {{muc-dong-thap-nhat}} hoặc {{tu-dong-khac x 3}}.\n\nMã `{{ty-le-dong}}`\n\n```\n{{ty-le-dong}}\n```\n';
    const out = rewriteMdxAmounts(source, '/src/components/guidance/Amount.astro')!;
    expect(out.split('\n').slice(0, 11)).toEqual([
      '---', 'summary: "Từ {{tu-dong-khac}}"', '---', '',
      'Đóng <LoaAmount expr="muc-dong-thap-nhat" /> hoặc <LoaAmount expr="tu-dong-khac x 3" />.', '',
      'Mã `{{ty-le-dong}}`', '', '```', '{{ty-le-dong}}', '```',
    ]);
    expect(out.trimEnd().endsWith('import LoaAmount from "/src/components/guidance/Amount.astro";')).toBe(true);
    expect(rewriteMdxAmounts('---\na: 1\n---\nKhông có số.\n', '/x.astro')).toBeNull();
  });
});

describe('headlineAmounts', () => {
  test('lowest own payment after support and highest support, on the day', () => {
    const h = headlineAmounts(setOn('2026-11-30'));
    expect([h.lowestOwnPayment.text, h.lowestSupport?.text, h.highestSupport?.text, h.minimumContribution.text]).toEqual(['264.000 đồng', '66.000 đồng', '165.000 đồng', '330.000 đồng'].map(nb));
    expect(h.lowestOwnPayment.sources).toContain('Nghị định 159/2025/NĐ-CP');
    expect(headlineAmounts(setOn('2024-01-01')).lowestOwnPayment.value).toBe(297_000); // Decree 134: 330.000 − 33.000
  });
});

describe('figureRows', () => {
  test('computed rows take value, first day and source from the rules; typed rows stay as written', () => {
    const rows = figureRows([{ rule: 'thu-nhap-cao-nhat' }, { rule: 'ho-tro-khac', label: 'Hỗ trợ' }, { label: 'Tuổi', value: 15, unit: 'tuổi', effective: '2025-07-01', source: 'Luật 41' }], setOn('2026-11-30'));
    expect(rows).toEqual([
      { label: 'Mức thu nhập cao nhất được chọn', value: nb('50.600.000 đồng'), effective: '2026-07-01', source: 'Luật Bảo hiểm xã hội số 41/2024/QH15, Điều 36 khoản 1; Nghị định 161/2026/NĐ-CP', computed: true, rule: 'thu-nhap-cao-nhat' },
      { label: 'Hỗ trợ', value: nb('66.000 đồng'), effective: '2025-07-01', source: 'Nghị định 159/2025/NĐ-CP; Nghị định 07/2021/NĐ-CP', computed: true, rule: 'ho-tro-khac' },
      { label: 'Tuổi', value: '15\u00a0tuổi', effective: '2025-07-01', source: 'Luật 41', computed: false },
    ]);
  });
});

describe('README', () => {
  test('the staff guide names every amount authors can use', async () => {
    const fs = await import('node:fs');
    const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const groups = ['ho-ngheo', 'xa-dao', 'can-ngheo', 'dan-toc-thieu-so', 'khac'];
    for (const name of Object.keys(AMOUNTS)) {
      const generic = groups.reduce((n, g) => (n.endsWith(`-${g}`) ? `${n.slice(0, -g.length)}NHÓM` : n), name);
      expect(readme, name).toContain(`\`${generic}\``);
    }
  });
});

describe('expressions with an income and sums', () => {
  test('an income after the name: contribution and own payment at that income', () => {
    // 22 % × 2.000.000 = 440.000; minus 66.000 = 374.000; × 6 = 2.244.000.
    expect(on('2026-11-30', '{{tien-dong 2.000.000}} / {{tu-dong-khac 2.000.000}} / {{tu-dong-khac 2000000 x 6}}')).toBe(nb('440.000 đồng / 374.000 đồng / 2.244.000 đồng'));
    expect(() => evaluateAmount('tien-dong 1.000.000', setOn('2026-11-30'))).toThrow('mức thu nhập 1.000.000\u00a0đồng nằm ngoài khoảng được chọn ngày 30/11/2026');
    expect(parseAmountExpression('muc-tham-chieu 2.000.000')).toMatchObject({ ok: false, error: expect.stringContaining('không tính theo mức thu nhập') });
  });
  test('sums and differences of terms, several factors', () => {
    // 120 × 264.000 = 31.680.000; 60 × 330.000 = 19.800.000; together 51.480.000.
    expect(on('2026-11-30', '{{tu-dong-khac x 120 + muc-dong-thap-nhat x 60}}')).toBe(nb('51.480.000 đồng'));
    expect(on('2026-11-30', '{{muc-dong-thap-nhat - ho-tro-khac}}')).toBe(nb('264.000 đồng'));
    // 45 % × 1.500.000 × 180 months = 121.500.000.
    expect(on('2026-11-30', '{{thu-nhap-thap-nhat x 0,45 x 180}}')).toBe(nb('121.500.000 đồng'));
    expect(() => evaluateAmount('ty-le-dong + muc-dong-thap-nhat', setOn('2026-11-30'))).toThrow('cùng đơn vị');
    expect(amountNamesIn('{{tu-dong-khac x 120 + muc-dong-thap-nhat x 60}}')).toEqual(['tu-dong-khac', 'muc-dong-thap-nhat']);
  });
});
