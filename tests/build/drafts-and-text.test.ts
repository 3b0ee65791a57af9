// Drafts and entries dated after the build's reference date (30/11/2026 in tests) are not
// published anywhere: no page, no image, no search entry, not in the sitemap, RSS, A–Z index or
// any list. A message of a held campaign waits with it. And "{ } < >" typed in a hand-written
// body do not break the MDX compile: they are shown as typed.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, tempDir, type BuildResult } from '../helpers/build-site.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/content-small');
const work = tempDir('drafts');
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
let result: BuildResult;

/** Words that appear only in held entries: none of them may appear anywhere in the built site. */
const HELD = ['BaiNhapBiMat', 'BaiHenNgayThangMuoiHai', 'ThongDiepHenNgay', 'ChienDichNhap', 'ThongDiepCuaChienDichNhap'];
const HELD_IDS = ['bai-nhap', 'bai-hen-ngay', 'thong-diep-hen-ngay', 'chien-dich-nhap', 'chien-dich-nhap-1'];

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
  fs.writeFileSync(path.join(content, file), text);
};

beforeAll(() => {
  fs.cpSync(SMALL, content, { recursive: true });
  write('articles/bai-nhap.mdx', '---\ntitle: BaiNhapBiMat chưa đăng\ndate: "2026-11-01"\nauthor: Tổ soạn thảo\ndraft: true\nsummary: Bản nháp.\n---\nNội dung nháp.\n');
  write('articles/bai-hen-ngay.mdx', '---\ntitle: BaiHenNgayThangMuoiHai\ndate: "2026-12-15"\nauthor: Tổ soạn thảo\ntags: [hẹn ngày]\nsummary: Bài hẹn ngày đăng.\n---\nNội dung.\n');
  write('messages/thong-diep-hen-ngay.mdx', '---\ntext: ThongDiepHenNgay sẽ đăng năm sau.\ncampaigns: [hoa-binh-2026]\norder: 2\npublishDate: "2027-01-01"\n---\n');
  write('campaigns/chien-dich-nhap.mdx', '---\ntitle: ChienDichNhap 2027\ntheme: Chủ đề nháp\nsummary: Chiến dịch còn là bản nháp.\nperiod:\n  start: "2027-05-01"\n  end: "2027-05-31"\nlocality: xã Hòa Bình\ndocument:\n  issuer: UBND xã Hòa Bình\n  level: xa\ndraft: true\n---\n');
  write('messages/chien-dich-nhap-1.mdx', '---\ntext: ThongDiepCuaChienDichNhap.\ncampaigns: [chien-dich-nhap]\norder: 1\n---\n');
  write('articles/ky-tu.mdx', '---\ntitle: Gõ ký tự đặc biệt\ndate: "2026-11-29"\nauthor: Tổ soạn thảo\nsummary: Bài có ngoặc nhọn.\n---\nMức đóng {tối thiểu} khi tuổi < 60 và > 15 năm; `{mã}` giữ nguyên. <script>alert(1)</script>\n\n> Trích {dẫn}\n');
  result = buildSite(out, content, { cacheDir: path.join(work, 'astro-cache') });
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function allTextFiles(dir: string): [string, string][] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|json|txt|yml|csv)$/.test(f) && !f.startsWith('pagefind'))
    .map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]);
}

describe('drafts and scheduled entries', () => {
  test('the build succeeds and lists what it held back, with the reason', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Chưa xuất bản (5):');
    expect(result.stdout).toMatch(/bai-hen-ngay\.mdx \(bài viết\) — hẹn đăng ngày 15\/12\/2026/);
    expect(result.stdout).toMatch(/bai-nhap\.mdx \(bài viết\) — bản nháp/);
    expect(result.stdout).toMatch(/chien-dich-nhap-1\.mdx \(thông điệp\) — chờ chiến dịch chien-dich-nhap được xuất bản/);
  });

  test('no page, no image, no folder for a held entry', () => {
    for (const id of HELD_IDS) {
      for (const folder of ['bai-viet', 'thong-diep', 'chien-dich', 'anh/bai-viet', 'anh/thong-diep', 'anh/chien-dich']) {
        expect(fs.existsSync(path.join(out, folder, id)), `${folder}/${id}`).toBe(false);
      }
    }
  });

  test('not in any page, list, A–Z index, tag page, sitemap, RSS or admin data', () => {
    for (const [file, text] of allTextFiles(out)) {
      for (const word of HELD) expect(text.includes(word), `${word} in ${file}`).toBe(false);
    }
    expect(fs.existsSync(path.join(out, 'the/hen-ngay'))).toBe(false);
  });

  test('not in the search index', () => {
    const index = fs.readdirSync(path.join(out, 'pagefind'), { recursive: true, encoding: 'utf8' });
    expect(index.length).toBeGreaterThan(0);
    // Pagefind stores each page's URL in its fragments; held pages never reached the indexer,
    // since they were never built (checked above). The page count printed by the build agrees.
    const indexed = Number(/Chỉ mục tìm kiếm: (\d+) trang/.exec(result.stdout)?.[1]);
    const built = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => fs.readFileSync(path.join(out, f), 'utf8')).filter((html) => html.includes('data-pagefind-body')).length;
    expect(indexed).toBe(built);
  });

  test('the published message of the same campaign is still there', () => {
    expect(fs.existsSync(path.join(out, 'thong-diep/hoa-binh-2026-1/index.html'))).toBe(true);
  });
});

describe('characters MDX treats specially, typed in a body', () => {
  test('are shown as typed, and markup stays text', () => {
    const $ = load(readPage(out, '/bai-viet/ky-tu/'));
    const text = $('article').text();
    expect(text).toContain('Mức đóng {tối thiểu} khi tuổi < 60 và > 15 năm; {mã} giữ nguyên. <script>alert(1)</script>');
    expect($('article code').text()).toBe('{mã}');
    expect($('article script').length).toBe(0);
    expect($('article blockquote').text().trim()).toBe('Trích {dẫn}');
  });
});
