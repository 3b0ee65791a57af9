// The QR code as vector shapes: it scans back to the page's address, its modules fall on whole
// pixels, and the 4-module quiet zone stays white. Small pictures, fast enough for the mutation run.
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { qrPathData, qrSvgElements } from '../../../src/lib/images/qr-code.ts';

const URL_ = 'https://bhxh.example.vn/thong-diep/bac-giang-2023-1/';

async function scan(svgBody: string, size: number): Promise<string | undefined> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#fff"/>${svgBody}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('qrSvgElements', () => {
  test('scans back to the address, where it is placed', async () => {
    const elements = qrSvgElements(URL_, { x: 20, y: 30, width: 300 });
    expect(elements.startsWith('<rect x="20" y="30" width="300" height="300" fill="#fff"/><path fill="#000" d="M')).toBe(true);
    expect(await scan(elements, 360)).toBe(URL_);
  });
});

describe('qrPathData', () => {
  // Every "M x y h w v h h -w z": one run of dark modules in a row.
  const runs = (d: string) => [...d.matchAll(/M(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)h(-?\d+(?:\.\d+)?)v(-?\d+(?:\.\d+)?)h(-?\d+(?:\.\d+)?)z/g)].map((m) => m.slice(1).map(Number));

  test('whole pixels only, and nothing dark in the quiet zone of 4 modules', () => {
    const box = { x: 10, y: 10, width: 299 };
    const d = qrPathData(URL_, box);
    const all = runs(d);
    expect(all.length).toBeGreaterThan(50);
    // The path is nothing but these runs.
    expect(all.map(([x, y, w, h, back]) => `M${x} ${y}h${w}v${h}h${back}z`).join('')).toBe(d);
    const xs = all.flatMap(([x, y, w, h, back]) => [x!, y!, w!, h!, back!]);
    expect(xs.every(Number.isInteger)).toBe(true);
    // 52 bytes need version 4 at level M (version 3 holds 42): 33 modules, 41 with the quiet zone;
    // 299 / 41 ≈ 7,3 px a module, 7 or 8 px rounded, and the quiet zone round(4 × 299 / 41) = 29 px.
    for (const [x, y, w, h, back] of all) {
      expect(back).toBe(-w!);
      expect(w).toBeGreaterThan(0);
      expect([7, 8]).toContain(h);
      expect(x).toBeGreaterThanOrEqual(10 + 29);
      expect(y).toBeGreaterThanOrEqual(10 + 29);
      expect(x! + w!).toBeLessThanOrEqual(10 + 299 - 29);
      expect(y! + h!).toBeLessThanOrEqual(10 + 299 - 29);
    }
  });

  test('at one pixel a module, runs start and end on modules and never touch; scaled up, the path alone scans', async () => {
    // 41 px: one pixel a module.
    const d = qrPathData(URL_, { x: 0, y: 0, width: 41 });
    const all = runs(d);
    expect(all.every(([x, y, w, h]) => x! >= 4 && y! >= 4 && x! + w! <= 37 && y! + h! <= 37 && h === 1)).toBe(true);
    // Runs on one row never touch: two runs in a row would have been one.
    const byRow = new Map<number, number[][]>();
    for (const r of all) byRow.set(r[1]!, [...(byRow.get(r[1]!) ?? []), r]);
    for (const row of byRow.values()) for (let i = 1; i < row.length; i++) expect(row[i]![0]!).toBeGreaterThan(row[i - 1]![0]! + row[i - 1]![2]!);
    expect(await scan(`<path fill="#000" d="${qrPathData(URL_, { x: 0, y: 0, width: 41 * 8 })}"/>`, 41 * 8)).toBe(URL_);
  });
});
