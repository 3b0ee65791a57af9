// The Khmer loudspeaker script (src/i18n/km-broadcast.ts through broadcastScript): the same facts
// as the Vietnamese script, written the Khmer way (330,000 ដុង), the hotline read digit by digit
// in Khmer words. Expected texts are written out by hand.
import { describe, expect, test } from 'vitest';
import { broadcastScript, type ScriptInput } from '../../../src/lib/broadcast/script.ts';
import { scriptFacts } from '../../../src/lib/broadcast/facts.ts';
import { kmBroadcast, kmBroadcastScript } from '../../../src/i18n/km-broadcast.ts';
import { broadcastPageStrings, broadcastScriptStrings } from '../../../src/i18n/broadcast-strings.ts';
import { viBroadcastScript } from '../../../src/i18n/vi-broadcast.ts';
import { setOn } from '../../helpers/rules-fixture.ts';

const nb = (text: string) => text.replace(/(\d) (ដុង)/g, '$1\u00a0$2');
const SLOGAN = 'ធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត៖ ប្រាក់សោធនប្រចាំខែ នៅពេលចាស់ជរា';

function message(overrides: Partial<ScriptInput> = {}): ScriptInput {
  return {
    kind: 'message',
    language: 'km',
    headline: SLOGAN,
    body: ['បង់គ្រប់ចំនួនឆ្នាំ។'],
    facts: scriptFacts(setOn('2026-11-30')),
    enrolAddress: 'loa.example/dang-ky',
    hotline: '1900\u00a09068',
    ...overrides,
  };
}

describe('Khmer loudspeaker script', () => {
  test('opening, the slogan, the amounts of 30/11/2026 written the Khmer way, the hotline in Khmer digits, closing', () => {
    const script = broadcastScript(message(), kmBroadcastScript);
    expect(script.language).toBe('km');
    expect(script.sections.map((s) => [s.id, s.heading])).toEqual([
      ['opening', 'សេចក្តីផ្តើម'],
      ['message', 'ខ្លឹមសារ'],
      ['facts', 'ព័ត៌មានដែលត្រូវចងចាំ'],
      ['closing', 'បញ្ចប់'],
    ]);
    expect(script.sections[0]!.paragraphs).toEqual(['សូមគោរពបងប្អូនជាទីរាប់អាន! សូមអញ្ជើញស្តាប់ព្រឹត្តិបត្រអំពីធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត។']);
    expect(script.sections[1]!.paragraphs).toEqual(['សារផ្សព្វផ្សាយ៖', SLOGAN, 'បង់គ្រប់ចំនួនឆ្នាំ។']);
    const [money, where, hotline] = script.sections[2]!.paragraphs;
    // 22 % of 1,500,000 = 330,000; less the State's 20 % = 264,000; poor households (50 %) 165,000.
    expect(money).toBe(nb('ប្រាក់បង់ទាបបំផុតបច្ចុប្បន្ន គឺ 330,000 ដុង ក្នុងមួយខែ។ រដ្ឋឧបត្ថម្ភមួយផ្នែក ដូច្នេះអ្នកចូលរួមបង់ខ្លួនឯងត្រឹមតែ 264,000 ដុង ក្នុងមួយខែ ហើយអ្នកក្នុងគ្រួសារក្រីក្របង់ខ្លួនឯង 165,000 ដុង។'));
    expect(where).toContain('បញ្ជីកន្លែងប្រមូលប្រាក់មាននៅលើគេហទំព័រ loa.example/dang-ky។');
    expect(hotline).toBe('បើមានសំណួរ សូមហៅខ្សែទូរស័ព្ទបន្ទាន់ មួយ ប្រាំបួន សូន្យ សូន្យ — ប្រាំបួន សូន្យ ប្រាំមួយ ប្រាំបី (1900 9068)។ សូមរំលឹកម្តងទៀត៖ មួយ ប្រាំបួន សូន្យ សូន្យ — ប្រាំបួន សូន្យ ប្រាំមួយ ប្រាំបី។');
    expect(script.sections[3]!.paragraphs).toEqual([`សូមរំលឹកសារម្តងទៀត៖ ${SLOGAN}`, 'ព្រឹត្តិបត្របានបញ្ចប់ត្រឹមនេះ។ សូមអរគុណបងប្អូនដែលបានស្តាប់។']);
  });

  test('no Vietnamese campaign title in a Khmer script, even when one is passed', () => {
    const script = broadcastScript(message({ campaign: 'Tháng cao điểm Bắc Giang 2023' }), kmBroadcastScript);
    expect(script.sections[1]!.paragraphs[0]).toBe('សារផ្សព្វផ្សាយ៖');
  });

  test('without State support (1/10/2017): the one amount, 22 % of 700,000', () => {
    const money = broadcastScript(message({ facts: scriptFacts(setOn('2017-10-01')) }), kmBroadcastScript).sections[2]!.paragraphs[0];
    expect(money).toBe(nb('ប្រាក់បង់ទាបបំផុតបច្ចុប្បន្ន គឺ 154,000 ដុង ក្នុងមួយខែ។'));
  });

  test('a policy asks its question; the staff own Khmer text replaces the script, timed in Khmer words (80 a minute)', () => {
    const policy = broadcastScript(message({ kind: 'policy', headline: 'បង់ប៉ុន្មាន?', body: ['យ៉ាងតិច។'] }), kmBroadcastScript);
    expect(policy.sections[1]!.paragraphs).toEqual(['បងប្អូនជាច្រើនបានសួរថា៖', 'បង់ប៉ុន្មាន?', 'យ៉ាងតិច។']);
    expect(policy.sections[3]!.paragraphs).toEqual(['ព្រឹត្តិបត្របានបញ្ចប់ត្រឹមនេះ។ សូមអរគុណបងប្អូនដែលបានស្តាប់។']);
    const own = broadcastScript(message({ override: 'មួយ ពីរ បី\n\nបួន ប្រាំ' }), kmBroadcastScript);
    expect(own.sections).toEqual([{ id: 'own', heading: 'ព្រឹត្តិបត្រ', paragraphs: ['មួយ ពីរ បី', 'បួន ប្រាំ'] }]);
    expect(own.units).toBe(5);
    expect(own.seconds).toBe(5);
  });

  test("the page's words: reading time in Khmer minutes and seconds", () => {
    expect(kmBroadcast.duration(95)).toBe('1 នាទី 35 វិនាទី');
    expect(kmBroadcast.readingTime(kmBroadcast.duration(60), 80)).toBe('រយៈពេលអាន៖ ប្រហែល 1 នាទី (អានយឺតៗ 80 ពាក្យក្នុងមួយនាទី)។');
  });

  test('the strings are chosen by language', () => {
    expect(broadcastScriptStrings('km')).toBe(kmBroadcastScript);
    expect(broadcastScriptStrings('vi')).toBe(viBroadcastScript);
    expect(broadcastPageStrings('km')).toBe(kmBroadcast);
  });
});
