// `npm run image`, the staff's ad-hoc image command, run as a person would: the PNG has the
// format's size, the printed formats' QR code decodes to --url, and bad input exits with a
// message naming the option or the characters at fault.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { FORMATS } from '../../src/lib/images/formats.ts';
import { ROOT, tempDir } from '../helpers/build-site.ts';

const out = tempDir('image-command');

function image(...args: string[]) {
  const env = { ...process.env };
  delete env.LOA_CONTENT_DIR;
  return spawnSync(process.execPath, ['scripts/image.ts', ...args], { cwd: ROOT, env, encoding: 'utf8' });
}

describe('npm run image', () => {
  test('writes a link preview of the og size', async () => {
    const file = path.join(out, 'og.png');
    const result = image('--text', 'Tham gia BHXH tự nguyện để có lương hưu', '--format', 'og', '--out', file);
    expect(result.status, result.stderr).toBe(0);
    const meta = await sharp(file).metadata();
    expect([meta.width, meta.height]).toEqual([FORMATS.og.width, FORMATS.og.height]);
  });

  test('a poster’s QR code decodes to --url', async () => {
    const file = path.join(out, 'poster.png');
    const url = 'https://bhxh.example.vn/thong-diep/thu-nghiem/';
    const result = image('--text', 'Đóng BHXH tự nguyện tại bưu điện xã', '--format', 'poster-a4', '--title', 'Thử nghiệm', '--url', url, '--out', file);
    expect(result.status, result.stderr).toBe(0);
    const { data, info } = await sharp(file).resize(1240).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });

  test('bad input exits with a message naming what is wrong', () => {
    const file = path.join(out, 'bad.png');
    const format = image('--text', 'Loa', '--format', 'a5', '--out', file);
    expect(format.status).toBe(1);
    expect(format.stderr).toContain('--format');
    expect(format.stderr).toContain('"a5"');
    const emoji = image('--text', 'Loa 📢', '--format', 'og', '--out', file);
    expect(emoji.status).toBe(1);
    expect(emoji.stderr).toMatch(/Ảnh og \(1200 × 630\): .*"📢"/);
  });
});
