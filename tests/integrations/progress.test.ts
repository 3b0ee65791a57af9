import { describe, expect, test } from 'vitest';
import { Progress } from '../../src/integrations/progress.ts';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { stream: { isTTY, columns: 200, write: (t: string) => writes.push(t) }, writes };
}

describe('Progress', () => {
  test('on a terminal: one line rewritten in place, cleared at the end', () => {
    const { stream, writes } = fakeStream(true);
    let now = 0;
    const p = new Progress('Ảnh', 'ảnh', stream, () => now);
    p.start(100);
    for (let i = 0; i < 100; i++) {
      now += 50;
      p.tick();
    }
    p.done();
    // Ten times a second at most: 100 ticks over 5 s → about 50 updates, each "\r" + clear + text.
    const updates = writes.filter((w) => w.startsWith('\r\x1b[2KẢnh:'));
    expect(updates.length).toBeGreaterThan(20);
    expect(updates.length).toBeLessThanOrEqual(50);
    expect(writes.every((w) => !w.includes('\n'))).toBe(true);
    expect(updates.at(-1)).toBe('\r\x1b[2KẢnh: 100/100 · 20 ảnh/giây');
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });

  test('without a terminal: a whole line every few seconds, nothing to clear', () => {
    const { stream, writes } = fakeStream(false);
    let now = 0;
    const p = new Progress('Trang', 'trang', stream, () => now);
    p.start(null);
    for (let i = 0; i < 1200; i++) {
      now += 10; // 12 s in all
      p.tick();
    }
    p.done();
    expect(writes).toEqual(['Trang: 500 · 100 trang/giây\n', 'Trang: 1.000 · 100 trang/giây\n']);
  });

  test('a step shorter than the interval prints nothing', () => {
    const { stream, writes } = fakeStream(false);
    let now = 0;
    const p = new Progress('Ảnh', 'ảnh', stream, () => now);
    p.start(3);
    for (let i = 0; i < 3; i++) {
      now += 100;
      p.tick();
    }
    p.done();
    expect(writes).toEqual([]);
  });
});
