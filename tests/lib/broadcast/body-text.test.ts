import { describe, expect, test } from 'vitest';
import { bodyParagraphs } from '../../../src/lib/broadcast/body-text.ts';

describe('bodyParagraphs', () => {
  test('paragraphs, headings and list items as plain sentences; links as their words', () => {
    const body = '## Khi về già\n\nCó **lương hưu** hằng tháng,\nxem [cách đăng ký](/chinh-sach/cach-dang-ky/).\n\n- Đóng theo tháng\n- Đóng theo năm\n';
    expect(bodyParagraphs(body)).toEqual(['Khi về già', 'Có lương hưu hằng tháng, xem cách đăng ký.', 'Đóng theo tháng', 'Đóng theo năm']);
  });
  test('code and raw HTML are not read out', () => {
    expect(bodyParagraphs('Một câu.\n\n```\nnpm run build\n```\n\n<div>x</div>\n')).toEqual(['Một câu.']);
  });
  test('escaped braces are read as the characters', () => {
    expect(bodyParagraphs('Mức \\{tối thiểu\\} là {{muc-dong-thap-nhat}}.')).toEqual(['Mức {tối thiểu} là {{muc-dong-thap-nhat}}.']);
  });
});
