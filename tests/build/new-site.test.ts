// npm run new-site end to end: answers piped in Vietnamese, then a build of the new folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, tempDir, type BuildResult } from '../helpers/build-site.ts';

const work = tempDir('new-site');
const folder = path.join(work, 'noi-dung');
const out = path.join(work, 'dist');
const logo = path.join(work, 'logo-tinh.svg');
let created: ReturnType<typeof spawnSync>;
let built: BuildResult;

beforeAll(() => {
  fs.writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#8a1c1c"/></svg>');
  // One line per question; an empty line keeps the default (address left as the example one).
  const answers = ['Bảo hiểm xã hội tỉnh Bắc Giang', 'tỉnh Bắc Giang', '0204 3855 555', '', 'https://www.facebook.com/bhxhbacgiang', '', '#8A1C1C', '', logo, 'bhxh-bacgiang/trang-bhxh', 'gitlab', ''].join('\n');
  created = spawnSync(process.execPath, ['scripts/new-site.ts', folder], { cwd: ROOT, input: answers, encoding: 'utf8' });
  built = buildSite(out, folder, { cacheDir: path.join(work, 'astro-cache') });
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('npm run new-site', () => {
  test('asks in Vietnamese and writes site.yaml from the answers', () => {
    expect(created.status, String(created.stderr)).toBe(0);
    expect(created.stdout).toContain('Tên cơ quan (ví dụ: Bảo hiểm xã hội tỉnh Bắc Giang)');
    expect(created.stdout).toContain('Màu chính, dạng #RRGGBB');
    const site = parse(fs.readFileSync(path.join(folder, 'site.yaml'), 'utf8'));
    expect(site.agency.name).toBe('Bảo hiểm xã hội tỉnh Bắc Giang');
    expect(site.hotline).toEqual({ display: '0204 3855 555', dial: '02043855555' });
    expect(site.baseUrl).toBe('https://bhxh.example.vn');
    expect(site.facebook).toBe('https://www.facebook.com/bhxhbacgiang');
    expect(site.colors.primary).toBe('#8A1C1C');
    expect(site.logo).toBe('/logo.svg');
    expect(site.cms).toEqual({ host: 'gitlab', repo: 'bhxh-bacgiang/trang-bhxh', branch: 'main' });
    expect(fs.readFileSync(path.join(folder, 'public/logo.svg'), 'utf8')).toContain('#8a1c1c');
  });

  test('writes one sample per collection', () => {
    for (const collection of ['campaigns', 'messages', 'articles', 'policies', 'audiences']) {
      expect(fs.readdirSync(path.join(folder, collection)).filter((f) => f.endsWith('.mdx')).length, collection).toBeGreaterThan(0);
    }
  });

  test('refuses to write into a folder that already has files', () => {
    const again = spawnSync(process.execPath, ['scripts/new-site.ts', folder], { cwd: ROOT, input: '', encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('đã có tệp');
  });

  test('LOA_CONTENT_DIR=<folder> npm run build builds it, warning about the example address', () => {
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout + built.stderr).toContain('baseUrl: https://bhxh.example.vn');
    const home = load(readPage(out, '/'));
    expect(home('body').text()).toContain('BHXH tự nguyện tỉnh Bắc Giang');
    // Shown in the site's one phone format (src/lib/format/phone.ts), kept on one line with no-break spaces.
    expect(home('body').text().replace(/\u00a0/g, ' ')).toContain('0204 385 5555');
    // The locality's logo comes from its own content folder.
    expect(fs.readFileSync(path.join(out, 'logo.svg'), 'utf8')).toContain('#8a1c1c');
    const brand = fs.readFileSync(path.join(out, 'brand.css'), 'utf8');
    expect(brand.toLowerCase()).toContain('#8a1c1c');
    // The editor saves to the locality's repository on GitLab.
    const config = parse(fs.readFileSync(path.join(out, 'admin/config.yml'), 'utf8'));
    expect(config.backend).toEqual({ name: 'gitlab', repo: 'bhxh-bacgiang/trang-bhxh', branch: 'main' });
  });
});
