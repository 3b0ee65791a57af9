// Splitting the image work across CI runners: `--shard 2/4` draws the images whose cache key
// (a hash of everything that shapes the image) falls in the second quarter. The split depends on
// nothing but the key, so every runner agrees on it without talking to the others, and an image
// keeps its shard from build to build as long as it does not change.

export interface Shard {
  /** 1-based, as people count: 2 in "2/4". */
  index: number;
  count: number;
}

/** "2/4" → { index: 2, count: 4 }; throws a readable error for anything else. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard: cần dạng "phần/tổng số phần", ví dụ 2/4 (phần từ 1 đến tổng số); gặp: "${text}"`);
  return { index, count };
}

/** Whether the image with this cache key (hex) belongs to the shard. */
export function inShard(key: string, shard: Shard): boolean {
  return Number.parseInt(key.slice(0, 8), 16) % shard.count === shard.index - 1;
}
