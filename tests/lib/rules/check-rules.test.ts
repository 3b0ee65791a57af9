import { describe, expect, test } from 'vitest';
import { checkRules } from '../../../src/lib/rules/check-rules.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { HA_NOI_YAML, RULES_YAML, edit, encode } from '../../helpers/rules-fixture.ts';

const MAIN = 'content/rules/bhxh-tu-nguyen.yaml';
const LOCAL = 'content/rules/dia-phuong/ha-noi.yaml';
const errorsOf = (main: string | null, locals: Record<string, string> = {}, locality?: string) =>
  checkRules({ main: main === null ? null : { file: MAIN, bytes: encode(main) }, locals: Object.entries(locals).map(([file, text]) => ({ file, bytes: encode(text) })) }, locality).errors.map(formatIssue);

describe('checkRules', () => {
  test('the example rules and the Hà Nội layer are valid', () => {
    expect(errorsOf(RULES_YAML, { [LOCAL]: HA_NOI_YAML }, 'ha-noi')).toEqual([]);
  });

  test('dates out of order are an error naming the entry', () => {
    const swapped = edit(RULES_YAML, '  - from: "2023-07-01"\n    value: 1800000', '  - from: "2019-01-01"\n    value: 1800000');
    expect(errorsOf(swapped)).toEqual([
      `${MAIN} › referenceLevel[3].from: các giá trị phải xếp theo ngày tăng dần (mục trước bắt đầu 1/7/2019); gặp: "2019-01-01"`,
    ]);
  });

  test('two entries starting the same day are an error', () => {
    const same = edit(RULES_YAML, '  - from: "2022-01-01"\n    value: 1500000', '  - from: "2016-01-01"\n    value: 1500000');
    expect(errorsOf(same)).toEqual([`${MAIN} › incomeFloor[1].from: hai giá trị không được bắt đầu cùng một ngày (trùng với incomeFloor[0]); gặp: "2016-01-01"`]);
  });

  test('an entry that still runs when the next starts (overlap) is an error', () => {
    const overlap = edit(RULES_YAML, '  - from: "2016-01-01"\n    value: 700000', '  - from: "2016-01-01"\n    until: "2022-03-31"\n    value: 700000');
    expect(errorsOf(overlap)).toEqual([
      `${MAIN} › incomeFloor[1].from: các khoảng thời gian chồng lên nhau: incomeFloor[0] áp dụng đến 31/3/2022; giá trị này chỉ được bắt đầu từ 1/4/2022; gặp: "2022-01-01"`,
    ]);
  });

  test('a value without a source is an error', () => {
    const bare = edit(RULES_YAML, '    value: 2530000\n    source: { document: nd-161-2026 }', '    value: 2530000');
    expect(errorsOf(bare)).toEqual([`${MAIN} › referenceLevel[5].source: thiếu trường bắt buộc (cần một nhóm trường con)`]);
  });

  test('a source naming no listed document is an error listing the known ones', () => {
    const unknown = edit(RULES_YAML, 'source: { document: nd-161-2026 }', 'source: { document: nd-161-2062 }');
    const [line] = errorsOf(unknown);
    expect(line).toMatch(/^content\/rules\/bhxh-tu-nguyen\.yaml › referenceLevel\[5\]\.source\.document: cần mã của một văn bản trong documents \(có: luat-bhxh-2014, .*nd-161-2026.*\); gặp: "nd-161-2062"$/);
  });

  test('a percentage above 100 is an error', () => {
    const typo = edit(RULES_YAML, 'ho-ngheo: 50, xa-dao: 50', 'ho-ngheo: 500, xa-dao: 50');
    expect(errorsOf(typo)).toEqual([`${MAIN} › stateSupport[1].value.rates.ho-ngheo: cần số không lớn hơn 100; gặp: 500`]);
    expect(errorsOf(edit(RULES_YAML, '    value: 22\n    source: { document: luat-bhxh-2024', '    value: 122\n    source: { document: luat-bhxh-2024'))).toEqual([
      `${MAIN} › contributionRate[1].value: cần số không lớn hơn 100; gặp: 122`,
    ]);
  });

  test('an amount written with dots is an error saying how to write it', () => {
    const dotted = edit(RULES_YAML, 'value: 1500000', 'value: "1.500.000"');
    expect(errorsOf(dotted)).toEqual([`${MAIN} › incomeFloor[1].value: cần số tiền bằng đồng, là số nguyên viết liền không dấu chấm (ví dụ 1500000); gặp: "1.500.000"`]);
  });

  test('support groups need "khac" (everyone else)', () => {
    const noOthers = edit(RULES_YAML, 'dan-toc-thieu-so: 30, khac: 20 }', 'dan-toc-thieu-so: 30 }');
    expect(errorsOf(noOthers)).toEqual([`${MAIN} › stateSupport[1].value.rates.khac: thiếu trường bắt buộc (cần một số)`]);
  });

  test('a missing rules file is one error', () => {
    expect(errorsOf(null)).toEqual([`${MAIN}: thiếu tệp quy định BHXH tự nguyện (tỷ lệ đóng, chuẩn nghèo, mức tham chiếu, hỗ trợ): chép từ thư mục content/rules/ của Loa`]);
  });

  test('State and local support together above 100 % is an error in the local file', () => {
    const tooMuch = edit(HA_NOI_YAML, 'rates: { ho-ngheo: 50, can-ngheo: 60, khac: 10 }', 'rates: { ho-ngheo: 60, can-ngheo: 60, khac: 10 }');
    expect(errorsOf(RULES_YAML, { [LOCAL]: tooMuch }, 'ha-noi')).toEqual([
      `${LOCAL} › topUps[1].value.rates.ho-ngheo: Nhà nước hỗ trợ 50 % (từ 1/7/2025); cộng phần địa phương không được quá 100 %; gặp: 60`,
    ]);
  });

  test('site.yaml › rulesLocality must name a local file', () => {
    expect(errorsOf(RULES_YAML, { [LOCAL]: HA_NOI_YAML }, 'ha-nam')).toEqual([
      'content/site.yaml › rulesLocality: cần tên một tệp trong content/rules/dia-phuong/ (có: ha-noi); gặp: "ha-nam"',
    ]);
  });

  test('YAML errors stop the check with the file named', () => {
    // (The line number comes from the shared YAML reader, which does not compute it yet.)
    expect(errorsOf('documents: {}\ndocuments: {}\n')).toEqual([expect.stringMatching(/^content\/rules\/bhxh-tu-nguyen\.yaml: cần YAML hợp lệ \(dòng \d+: một trường bị lặp lại\)$/)]);
  });
});
