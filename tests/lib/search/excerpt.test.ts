import { describe, expect, test } from 'vitest';
import { buildExcerpt } from '../../../src/lib/search/excerpt.ts';
import { prepareQuery } from '../../../src/lib/search/query.ts';

const render = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildExcerpt', () => {
  test('marks the original, marked words that an unmarked query matched', () => {
    const excerpt = buildExcerpt('Người dân đến bưu điện để đăng ký tham gia.', prepareQuery('dang ky').highlight);
    expect(render(excerpt)).toBe('Người dân đến bưu điện để [đăng ký] tham gia.');
  });
  test('marks an acronym found through its long form', () => {
    const excerpt = buildExcerpt('Thẻ BHYT được cấp miễn phí.', prepareQuery('bảo hiểm y tế').highlight);
    expect(render(excerpt)).toBe('Thẻ [BHYT] được cấp miễn phí.');
  });
  test('shows the window with the most matches, with an ellipsis where cut', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ');
    const text = `${filler} lương hưu hằng tháng ${filler}`;
    const out = render(buildExcerpt(text, prepareQuery('luong huu').highlight, 10));
    expect(out.startsWith('… ')).toBe(true);
    expect(out.endsWith(' …')).toBe(true);
    expect(out).toContain('[lương hưu]');
    expect(out.split(/\s+/).filter((w) => w !== '…')).toHaveLength(10);
  });
  test('prefers the place where the whole query stands as a phrase', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ');
    const text = `Quyền chọn lời giải, có quyền ${filler} Quyền lợi của bạn ${filler}`;
    const query = prepareQuery('quyen loi');
    expect(render(buildExcerpt(text, query.highlight, 8))).toContain('[Quyền] chọn [lời] giải, có [quyền]');
    expect(render(buildExcerpt(text, query.highlight, 8, query.phrases))).toContain('[Quyền lợi] của bạn');
  });
  test('a query typed with marks marks the same words, not the ones that only fold alike', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ');
    const text = `Đóng 3 tháng thì trong kỳ đầu của kỳ ${filler} Đăng ký ở bưu điện gần nhà ${filler}`;
    const typed = prepareQuery('đăng ký ở đâu');
    const out = render(buildExcerpt(text, typed.highlight, 8, typed.phrases, typed.exact));
    expect(out).toContain('[Đăng ký ở] bưu');
    expect(out).not.toContain('[kỳ');
    // Typed without marks, every folded match counts, as before.
    const plain = prepareQuery('dang ky o dau');
    expect(render(buildExcerpt(text, plain.highlight, 200, plain.phrases, plain.exact))).toContain('trong [kỳ đầu] của [kỳ]');
    expect(render(buildExcerpt('Mục tiêu và mức đóng', prepareQuery('mức').highlight, 10, [], 'mức'))).toBe('Mục tiêu và [mức] đóng');
  });
  test('a marked word still marks the same word written without any marks, never one marked otherwise', () => {
    // OCR text without tone marks.
    expect(render(buildExcerpt('Dang ky tai buu dien', prepareQuery('đăng ký').highlight, 10, [], 'đăng ký'))).toBe('[Dang ky] tai buu dien');
    expect(render(buildExcerpt('Ở đầu ngõ, đăng ký', prepareQuery('đâu').highlight, 10, [], 'đâu'))).toBe('Ở đầu ngõ, đăng ký');
  });
  test('without a match, the beginning of the text', () => {
    expect(render(buildExcerpt('Một hai ba bốn', [['xyz']], 2))).toBe('Một hai …');
  });
  test('empty text gives an empty excerpt', () => {
    expect(buildExcerpt('  ', [['a']])).toEqual([]);
  });
});
