import { describe, expect, test } from 'vitest';
import { homeQuestions } from '../../../src/lib/site/home-questions.ts';
import type { Policy } from '../../../src/schemas/policy.ts';

const policy = (id: string, topic: Policy['topic'], order: number, answer?: string) => ({ id, data: { topic, order, ...(answer && { answer }) } as Policy });

describe('homeQuestions', () => {
  const policies = [
    policy('quyen-loi', 'quyen-loi', 2, 'Lương hưu, thẻ bảo hiểm y tế và trợ cấp mai táng'),
    policy('muc-dong-va-ho-tro', 'muc-dong', 3, 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần'),
    policy('cach-dang-ky', 'dang-ky', 5),
    policy('muc-dong-cu', 'muc-dong', 9, 'Một trang khác cùng chủ đề'),
  ];

  test('asks how much, where to sign up and what one gets, each leading to the first policy of its topic with its answer', () => {
    expect(homeQuestions(policies)).toEqual([
      { topic: 'muc-dong', href: '/chinh-sach/muc-dong-va-ho-tro/', answer: 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần' },
      { topic: 'dang-ky', href: '/chinh-sach/cach-dang-ky/' },
      { topic: 'quyen-loi', href: '/chinh-sach/quyen-loi/', answer: 'Lương hưu, thẻ bảo hiểm y tế và trợ cấp mai táng' },
    ]);
  });

  test('leads to the policy list when no policy answers a question', () => {
    expect(homeQuestions(policies.slice(0, 2))[1]).toEqual({ topic: 'dang-ky', href: '/chinh-sach/' });
  });

  test('lets a better page and a computed answer replace a card', () => {
    const [first] = homeQuestions(policies, { 'muc-dong': { href: '/tinh-muc-dong/', answer: 'Từ 264.000 đồng/tháng sau hỗ trợ' } });
    expect(first).toEqual({ topic: 'muc-dong', href: '/tinh-muc-dong/', answer: 'Từ 264.000 đồng/tháng sau hỗ trợ' });
  });
});
