import { describe, expect, test } from 'vitest';
import { sloganSearch } from '../../../src/lib/search/slogans.ts';
import type { Campaign } from '../../../src/schemas/campaign.ts';
import type { Message } from '../../../src/schemas/message.ts';

const campaign = (id: string, start: string) => ({ id, data: { period: { start, end: start } } as Campaign });
const message = (id: string, text: string, campaigns: string[], order = 1) => ({ id, data: { text, campaigns, order } as Message });

describe('sloganSearch', () => {
  const campaigns = [campaign('ra-quan-2020', '2020-05-23'), campaign('bac-giang-2023', '2023-05-01'), campaign('tho-xuong-2024', '2024-04-23')];
  const messages = [
    message('ra-quan-2020-5', 'Bảo hiểm xã hội tự nguyện là chế độ hưu trí ưu việt.', ['ra-quan-2020'], 5),
    message('bac-giang-2023-1', 'Bảo hiểm xã hội tự nguyện là chế độ hưu trí ưu việt', ['bac-giang-2023'], 1),
    message('tho-xuong-2024-1', 'bảo hiểm xã hội tự nguyện là chế độ hưu trí ưu việt.', ['tho-xuong-2024'], 1),
    message('bac-giang-2023-2', 'Hãy tham gia ngay hôm nay.', ['bac-giang-2023'], 2),
  ];
  const search = sloganSearch(messages, campaigns);

  test('a slogan used by several campaigns is indexed once, on the most recent campaign’s message', () => {
    expect(search.get('tho-xuong-2024-1')?.indexed).toBe(true);
    expect(search.get('bac-giang-2023-1')?.indexed).toBe(false);
    expect(search.get('ra-quan-2020-5')?.indexed).toBe(false);
  });
  test('every page of the slogan lists all its campaigns, most recent first', () => {
    for (const id of ['tho-xuong-2024-1', 'bac-giang-2023-1', 'ra-quan-2020-5']) {
      expect(search.get(id)?.campaigns.map((c) => c.id)).toEqual(['tho-xuong-2024', 'bac-giang-2023', 'ra-quan-2020']);
    }
  });
  test('a slogan of one campaign is indexed as itself', () => {
    expect(search.get('bac-giang-2023-2')).toEqual({ indexed: true, campaigns: [campaigns[1]] });
  });
});
