import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inShard, parseShard } from '../../../src/lib/images/shard.ts';

const keys = Array.from({ length: 400 }, (_, i) => createHash('sha256').update(`image ${i}`).digest('hex'));

describe('parseShard', () => {
  test('reads "part/parts", 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  test.each(['0/4', '5/4', '2', '2/0', 'a/b', '-1/4', ''])('rejects "%s" with the expected form', (text) => {
    expect(() => parseShard(text)).toThrow(/--shard: cần dạng "phần\/tổng số phần", ví dụ 2\/4/);
  });
});

describe('inShard', () => {
  test('every key falls in exactly one shard, and the shares are about even', () => {
    for (const count of [1, 2, 3, 4, 7]) {
      const shards = Array.from({ length: count }, (_, i) => ({ index: i + 1, count }));
      for (const key of keys) expect(shards.filter((s) => inShard(key, s)).length).toBe(1);
      for (const s of shards) expect(keys.filter((k) => inShard(k, s)).length).toBeGreaterThan(400 / count / 2);
    }
  });

  test('depends on the key alone', () => {
    const shard = { index: 2, count: 3 };
    expect(keys.map((k) => inShard(k, shard))).toEqual(keys.map((k) => inShard(k, { ...shard })));
  });
});
