import { describe, expect, test } from 'vitest';
import { groupMessages, messageListSections, messageTextKey } from '../../../src/lib/site/message-groups.ts';
import type { Campaign } from '../../../src/schemas/campaign.ts';

const msg = (id: string, text: string, campaigns: string[], order = 1) => ({ id, data: { text, campaigns, order } });
const camp = (id: string, start: string) => ({ id, data: { title: id, period: { start, end: start } } as Campaign });

describe('messageTextKey', () => {
  test('case, spacing, Unicode form and closing punctuation do not make a different slogan', () => {
    const a = 'Bảo hiểm xã hội tự nguyện do cơ quan Bảo hiểm xã hội thực hiện.';
    const b = 'Bảo hiểm xã hội tự nguyện  do cơ quan bảo hiểm xã hội thực hiện'.normalize('NFD');
    expect(messageTextKey(a)).toBe(messageTextKey(b));
  });
  test('other words, or the same words in another order, are another slogan', () => {
    expect(messageTextKey('hưởng lương hưu hằng tháng và chăm sóc sức khỏe')).not.toBe(messageTextKey('chăm sóc sức khỏe và hưởng lương hưu hằng tháng'));
    expect(messageTextKey('hãy tham gia BHXH ngay hôm nay')).not.toBe(messageTextKey('hãy tham gia BHXH tự nguyện ngay hôm nay'));
  });
});

describe('groupMessages', () => {
  test('identical slogans from several campaigns form one group, in input order', () => {
    const groups = groupMessages([msg('a-1', 'Câu một.', ['a']), msg('b-1', 'Câu hai', ['b']), msg('c-1', 'câu MỘT', ['c'])]);
    expect(groups.map((g) => g.messages.map((m) => m.id))).toEqual([['a-1', 'c-1'], ['b-1']]);
  });
});

describe('messageListSections', () => {
  test('a shared slogan is listed once, under its most recent campaign, with every campaign that used it', () => {
    const campaigns = [camp('c2020', '2020-05-01'), camp('c2023', '2023-05-01'), camp('c2024', '2024-04-01')];
    const messages = [msg('c2020-5', 'Chế độ hưu trí ưu việt.', ['c2020'], 5), msg('c2023-1', 'Chế độ hưu trí ưu việt', ['c2023'], 1), msg('c2024-1', 'chế độ hưu trí ưu việt', ['c2024'], 1), msg('c2023-3', 'Câu riêng', ['c2023'], 3)];
    const sections = messageListSections(messages, campaigns);
    expect(sections.map((s) => [s.campaign.id, s.items.map((i) => i.message.id)])).toEqual([
      ['c2024', ['c2024-1']],
      ['c2023', ['c2023-3']],
    ]);
    expect(sections[0]!.items[0]!.uses.map((u) => [u.campaign.id, u.message.id])).toEqual([
      ['c2024', 'c2024-1'],
      ['c2023', 'c2023-1'],
      ['c2020', 'c2020-5'],
    ]);
  });
});
