import { describe, expect, test } from 'vitest';
import { broadcastScript, paragraphsOf, type ScriptInput } from '../../../src/lib/broadcast/script.ts';
import { scriptFacts, spokenAddress } from '../../../src/lib/broadcast/facts.ts';
import { scriptPlainText } from '../../../src/lib/broadcast/plain-text.ts';
import { viBroadcastScript } from '../../../src/i18n/vi-broadcast.ts';
import { setOn } from '../../helpers/rules-fixture.ts';

const nb = (text: string) => text.replace(/(\d) (đồng)/g, '$1\u00a0$2');

function message(overrides: Partial<ScriptInput> = {}): ScriptInput {
  return {
    kind: 'message',
    language: 'vi',
    headline: 'BHXH tự nguyện: chỗ dựa khi về già.',
    body: ['Đóng khi còn khỏe, nhận lương hưu khi về già.'],
    campaign: 'Tháng cao điểm Bắc Giang 2023',
    facts: scriptFacts(setOn('2026-11-30')),
    enrolAddress: 'loa.example/dang-ky',
    hotline: '1900\u00a09068',
    ...overrides,
  };
}

describe('scriptFacts', () => {
  test('on 30/11/2026: 22 % of 1.500.000 = 330.000; 20 % support of 330.000 leaves 264.000; poor households 50 % leave 165.000', () => {
    expect(scriptFacts(setOn('2026-11-30'))).toEqual({ minimum: 330000, lowestOwn: 264000, poorOwn: 165000, date: '2026-11-30' });
  });
  test('before the State supported anyone (1/10/2017): 22 % of 700.000, no support', () => {
    expect(scriptFacts(setOn('2017-10-01'))).toEqual({ minimum: 154000, lowestOwn: 154000, poorOwn: null, date: '2017-10-01' });
  });
});

describe('spokenAddress', () => {
  test('no scheme and no trailing slash, as read aloud', () => {
    expect(spokenAddress('https://loa.example/dang-ky/')).toBe('loa.example/dang-ky');
  });
});

describe('broadcastScript', () => {
  test('opening, the message with its campaign, three facts, closing that repeats the message', () => {
    const script = broadcastScript(message(), viBroadcastScript);
    expect(script.sections.map((s) => s.id)).toEqual(['opening', 'message', 'facts', 'closing']);
    expect(script.sections[1]!.paragraphs).toEqual([
      'Thông điệp của chiến dịch Tháng cao điểm Bắc Giang 2023:',
      'Bảo hiểm xã hội tự nguyện: chỗ dựa khi về già.',
      'Đóng khi còn khỏe, nhận lương hưu khi về già.',
    ]);
    const facts = script.sections[2]!.paragraphs;
    expect(facts[0]).toBe(nb('Mức đóng thấp nhất hiện nay là 330.000 đồng mỗi tháng. Nhà nước hỗ trợ một phần, nên người tham gia chỉ tự đóng từ 264.000 đồng mỗi tháng; người thuộc hộ nghèo tự đóng 165.000 đồng.'));
    expect(facts[1]).toContain('Danh sách điểm thu có trên trang loa.example/dang-ky.');
    expect(facts[2]).toBe('Cần hỏi thêm, bà con gọi đường dây nóng một chín không không — chín không sáu tám (1900 9068). Xin nhắc lại: một chín không không — chín không sáu tám.');
    expect(script.sections[3]!.paragraphs[0]).toBe('Xin nhắc lại thông điệp: Bảo hiểm xã hội tự nguyện: chỗ dựa khi về già.');
  });

  test('without State support the script gives the one amount and no "after support" figure', () => {
    const facts = broadcastScript(message({ facts: scriptFacts(setOn('2017-10-01')) }), viBroadcastScript).sections[2]!.paragraphs[0];
    expect(facts).toBe(nb('Mức đóng thấp nhất hiện nay là 154.000 đồng mỗi tháng.'));
  });

  test('a policy asks its question and answers it; the closing does not repeat it', () => {
    const script = broadcastScript(message({ kind: 'policy', headline: 'BHXH tự nguyện là gì?', body: ['Là loại bảo hiểm do Nhà nước tổ chức.'], campaign: undefined }), viBroadcastScript);
    expect(script.sections[1]!.paragraphs).toEqual(['Nhiều bà con hỏi:', 'Bảo hiểm xã hội tự nguyện là gì?', 'Là loại bảo hiểm do Nhà nước tổ chức.']);
    expect(script.sections[3]!.paragraphs).toEqual(['Bản tin đến đây là hết. Cảm ơn bà con đã lắng nghe.']);
  });

  test("the staff's own text replaces the generated script, paragraph by paragraph", () => {
    const script = broadcastScript(message({ override: 'Kính thưa bà con!\n\nTối nay 19 giờ, họp thôn\nở nhà văn hóa.' }), viBroadcastScript);
    expect(script.own).toBe(true);
    expect(script.sections).toEqual([{ id: 'own', heading: 'Bản tin', paragraphs: ['Kính thưa bà con!', 'Tối nay 19 giờ, họp thôn ở nhà văn hóa.'] }]);
    // 3 + (2 + "mười chín" 2 + 5) + 3 = 15 syllables → 5,6 s → 10 s
    expect(script.units).toBe(15);
    expect(script.seconds).toBe(10);
  });

  test('reading time counts every section at 160 syllables a minute', () => {
    const script = broadcastScript(message(), viBroadcastScript);
    expect(script.seconds).toBe(Math.max(5, Math.ceil(((script.units / 160) * 60) / 5) * 5));
    expect(script.units).toBeGreaterThan(150);
  });
});

describe('paragraphsOf', () => {
  test('blank lines separate paragraphs; Windows line ends too', () => {
    expect(paragraphsOf('a\r\nb\r\n\r\nc\n\n\n')).toEqual(['a b', 'c']);
  });
});

describe('scriptPlainText', () => {
  test('byte-order mark, Windows line ends, section headings in brackets', () => {
    const text = scriptPlainText(broadcastScript(message({ override: 'Một.\n\nHai.' }), viBroadcastScript), { title: 'Bản tin phát thanh', notes: ['Thời lượng: 5 giây'] });
    expect(text).toBe('\uFEFFBản tin phát thanh\r\nThời lượng: 5 giây\r\n\r\n[Bản tin]\r\n\r\nMột.\r\n\r\nHai.\r\n');
  });
});
