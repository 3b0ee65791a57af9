// Reading a content file's bytes and frontmatter, and the content warnings that are worked out
// from one entry: each error and warning line written out in full.
import { describe, expect, test } from 'vitest';
import { decodeText, parseContentFile, parseYaml } from '../../../src/lib/content/frontmatter.ts';
import { isOffYear, milestoneWarnings } from '../../../src/lib/content/campaign-warnings.ts';
import { duplicateMessageWarnings } from '../../../src/lib/content/message-warnings.ts';
import type { Campaign } from '../../../src/schemas/campaign.ts';
import type { Message } from '../../../src/schemas/message.ts';
import type { Entry } from '../../../src/lib/content/entries.ts';

const F = 'content/articles/a.mdx';

describe('decodeText', () => {
  test('UTF-8 text, its byte-order mark dropped', () => {
    expect(decodeText(F, new TextEncoder().encode('\uFEFFXin chào'))).toEqual({ text: 'Xin chào', issues: [] });
  });

  test('another encoding (Windows-1258 "à" is the byte E0) or a binary file: one readable issue each', () => {
    expect(decodeText(F, Uint8Array.from([0x78, 0xe0, 0x20]))).toEqual({ text: null, issues: [{ file: F, field: '', expected: 'cần một tệp văn bản mã hoá UTF-8; tệp này dùng bảng mã khác' }] });
    expect(decodeText(F, Uint8Array.from([0x78, 0x00, 0x79]))).toEqual({ text: null, issues: [{ file: F, field: '', expected: 'cần một tệp văn bản (UTF-8); đây là tệp nhị phân' }] });
  });
});

describe('parseYaml', () => {
  test('YAML 1.2: a date-like value stays the text written', () => {
    expect(parseYaml(F, 'date: 2023-13-31\ncount: 7\n')).toEqual({ data: { date: '2023-13-31', count: 7 }, issues: [] });
  });

  test('names the line of a repeated field or a syntax error, counted from the file’s first line', () => {
    expect(parseYaml(F, 'title: a\ntitle: b\n').issues).toEqual([{ file: F, field: '', expected: 'cần YAML hợp lệ (dòng 2: một trường bị lặp lại)' }]);
    // "@" cannot start a value or a key: line 3, or 4 with the frontmatter's opening line before it.
    expect(parseYaml(F, 'a: 1\nb: 2\n@c: 3\n').issues).toEqual([{ file: F, field: '', expected: 'cần YAML hợp lệ (dòng 3: sai cú pháp)' }]);
    expect(parseYaml(F, 'a: 1\nb: 2\n@c: 3\n', 1).issues[0]!.expected).toBe('cần YAML hợp lệ (dòng 4: sai cú pháp)');
    expect(parseYaml(F, 'title: a\ntitle: b\n', 1).issues[0]!.expected).toBe('cần YAML hợp lệ (dòng 3: một trường bị lặp lại)');
  });

  test('an alias without its anchor, a list or a bare value: a readable issue, never a crash', () => {
    expect(parseYaml(F, 'tagline: *x\n')).toEqual({ data: null, issues: [{ file: F, field: '', expected: 'cần YAML hợp lệ (một giá trị bắt đầu bằng * hoặc &: hãy đặt nó trong dấu ngoặc kép)' }] });
    const notFields = { data: null, issues: [{ file: F, field: '', expected: 'cần các trường dạng "tên: giá trị"' }] };
    expect(parseYaml(F, '- a\n- b\n')).toEqual(notFields);
    expect(parseYaml(F, 'chỉ một dòng chữ\n')).toEqual(notFields);
    expect(parseYaml(F, '')).toEqual(notFields);
  });
});

describe('parseContentFile', () => {
  test('splits frontmatter and body, with Windows line ends and spaces after the dashes', () => {
    expect(parseContentFile(F, '---\r\ntitle: Chào\r\n---  \r\nThân bài\r\n')).toEqual({ data: { title: 'Chào' }, body: 'Thân bài\r\n', issues: [] });
    expect(parseContentFile(F, '---\ntitle: Chào\n---')).toEqual({ data: { title: 'Chào' }, body: '', issues: [] });
  });

  test('an empty file, or one without frontmatter at its top', () => {
    expect(parseContentFile(F, ' \n\n')).toEqual({ data: null, body: '', issues: [{ file: F, field: '', expected: 'tệp rỗng: cần phần đầu (frontmatter) giữa hai dòng ---' }] });
    expect(parseContentFile(F, 'Thân bài\n---\ntitle: a\n---\n')).toEqual({ data: null, body: 'Thân bài\n---\ntitle: a\n---\n', issues: [{ file: F, field: '', expected: 'cần phần đầu (frontmatter) giữa hai dòng --- ở đầu tệp' }] });
  });

  test('a YAML error in the frontmatter names the file’s line (the opening --- is line 1)', () => {
    expect(parseContentFile(F, '---\ntitle: a\ntitle: b\n---\n').issues).toEqual([{ file: F, field: '', expected: 'cần YAML hợp lệ (dòng 3: một trường bị lặp lại)' }]);
  });
});

describe('milestoneWarnings over several years', () => {
  const campaign = (milestones: Campaign['milestones']): Entry<Campaign> => ({
    id: 'ke-hoach',
    file: 'content/campaigns/ke-hoach.mdx',
    body: '',
    data: { period: { start: '2021-01-01', end: '2025-12-31' }, milestones } as Campaign,
  });

  test('any year of the plan is in; the years are named as a range', () => {
    expect(isOffYear(campaign([]).data, '2021-01-01')).toBe(false);
    expect(isOffYear(campaign([]).data, '2025-12-31')).toBe(false);
    expect(isOffYear(campaign([]).data, '2020-12-31')).toBe(true);
    expect(isOffYear(campaign([]).data, '2026-01-01')).toBe(true);
    const what = 'Tổng kết giai đoạn và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong tuyên truyền';
    expect(milestoneWarnings(campaign([{ date: '2023-06-30', what: 'Sơ kết' }, { date: '2026-03-31', what }] as Campaign['milestones']))).toEqual([
      {
        file: 'content/campaigns/ke-hoach.mdx',
        field: 'milestones[1].date',
        // The milestone is shortened to its first 60 characters.
        expected: 'mốc "Tổng kết giai đoạn và khen thưởng các tập thể, cá nhân có th" nằm ngoài các năm 2021–2025 của chiến dịch (có thể kế hoạch ghi nhầm năm; nếu chắc, ghi ngày đúng vào correctedDate)',
        found: '2026-03-31',
      },
    ]);
  });
});

describe('duplicateMessageWarnings', () => {
  const message = (id: string, text: string): Entry<Message> => ({ id, file: `content/messages/${id}.mdx`, body: '', data: { text } as Message });

  test('a warning on each later message with the same slogan, pointing at the first', () => {
    const messages = [message('a', 'Tham gia BHXH tự nguyện.'), message('b', 'Đóng BHXH, hưởng lương hưu'), message('c', 'tham gia  BHXH tự nguyện'), message('d', 'Tham gia BHXH tự nguyện!')];
    const expected = 'cùng câu với content/messages/a.mdx: danh sách thông điệp hiện câu này một lần, kèm các chiến dịch dùng nó (sửa nếu không cố ý)';
    expect(duplicateMessageWarnings(messages)).toEqual([
      { file: 'content/messages/c.mdx', field: 'text', expected },
      { file: 'content/messages/d.mdx', field: 'text', expected },
    ]);
    expect(duplicateMessageWarnings(messages.slice(0, 2))).toEqual([]);
  });
});
