// The build script's promises: another content folder builds its own site; broken content stops
// the build with file and field named and leaves the previous site exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, snapshotFolder, tempDir } from '../helpers/build-site.ts';
import { BAD_DATA, FILE } from '../fixtures/bad-data/corpus.ts';

const SMALL = path.join(ROOT, 'tests/fixtures/content-small');

function copyOfSmallContent(): string {
  const dir = path.join(tempDir('content'), 'content');
  fs.cpSync(SMALL, dir, { recursive: true });
  return dir;
}

describe('npm run build with LOA_CONTENT_DIR', () => {
  test('builds the site of another content folder, with none of the example content', () => {
    const outDir = path.join(tempDir('small'), 'dist');
    const result = buildSite(outDir, SMALL);
    expect(result.stderr).not.toMatch(/Lỗi/);
    expect(result.status).toBe(0);
    const home = load(readPage(outDir, '/'));
    expect(home('title').text()).toBe('BHXH xã Hòa Bình thử');
    expect(home('main').text()).toContain('Lương hưu cho người làm ruộng');
    expect(home('a[href="tel:02043850000"]').length).toBeGreaterThan(0);
    expect(load(readPage(outDir, '/chinh-sach/muc-dong/'))('link[rel="canonical"]').attr('href')).toBe('https://hoabinh.example/chinh-sach/muc-dong/');
    expect(fs.existsSync(path.join(outDir, 'chien-dich/bac-giang-2023'))).toBe(false);
    // The fixture's article body is saved in NFD; the page must carry NFC text.
    const article = readPage(outDir, '/bai-viet/hop-dan-thon-dong/');
    expect(fs.readFileSync(path.join(SMALL, 'articles/hop-dan-thon-dong.mdx'), 'utf8')).toContain('Nghệ thuật'.normalize('NFD'));
    expect(article).toContain('Câu này được lưu ở dạng NFD: Nghệ thuật vận động.'.normalize('NFC'));
    expect(article.normalize('NFC')).toBe(article);
    expect(fs.readdirSync(path.join(outDir, 'chien-dich'))).toEqual(['hoa-binh-2026', 'index.html']);
  });
});

describe('the article list', () => {
  test('is paginated ten to a page, newest first, with links between pages', () => {
    const content = copyOfSmallContent();
    for (let day = 1; day <= 11; day += 1) {
      const date = `2026-06-${String(day).padStart(2, '0')}`;
      fs.writeFileSync(
        path.join(content, `articles/tin-ngay-${day}.mdx`),
        `---\ntitle: Tin ngày ${day} tháng 6\ndate: "${date}"\nauthor: Văn phòng xã\nsummary: Tin thử số ${day}.\n---\nNội dung.\n`,
      );
    }
    const outDir = path.join(path.dirname(content), 'dist');
    expect(buildSite(outDir, content).status).toBe(0);
    const titles = (urlPath: string) => {
      const $ = load(readPage(outDir, urlPath));
      return $('.entry-list .entry-title a').map((_, a) => $(a).text()).get();
    };
    const first = titles('/bai-viet/');
    const second = titles('/bai-viet/2/');
    expect(first).toEqual(Array.from({ length: 10 }, (_, i) => `Tin ngày ${11 - i} tháng 6`));
    expect(second).toEqual(['Tin ngày 1 tháng 6', 'Họp dân ở thôn Đông']);
    expect(load(readPage(outDir, '/bai-viet/'))('a[rel="next"]').attr('href')).toBe('/bai-viet/2/');
    expect(load(readPage(outDir, '/bai-viet/2/'))('a[rel="prev"]').attr('href')).toBe('/bai-viet/');
    expect(fs.existsSync(path.join(outDir, 'bai-viet/3'))).toBe(false);
  });
});

describe('a build over broken content', () => {
  test('fails naming file and field, and leaves the previous dist/ byte for byte', () => {
    const content = copyOfSmallContent();
    const outDir = path.join(path.dirname(content), 'dist');
    expect(buildSite(outDir, content).status).toBe(0);
    const before = snapshotFolder(outDir);

    const article = path.join(content, 'articles/hop-dan-thon-dong.mdx');
    fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace('date: "2026-05-03"', 'date: "2026-02-30"'));
    const result = buildSite(outDir, content);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Lỗi nội dung: chưa dựng trang');
    expect(result.stderr).toMatch(/articles\/hop-dan-thon-dong\.mdx › date: ngày này không có trên lịch; gặp: "2026-02-30"/);
    expect(result.stderr).toContain('được giữ nguyên');
    expect(snapshotFolder(outDir)).toEqual(before);
    expect(fs.readdirSync(path.dirname(outDir)).sort()).toEqual(['content', 'dist']);

    // Broken participation data (cases of the bad-data corpus): the same lines as `npm run data:check`.
    fs.writeFileSync(article, fs.readFileSync(article, 'utf8').replace('date: "2026-02-30"', 'date: "2026-05-03"'));
    fs.mkdirSync(path.join(content, 'data'));
    const cases = BAD_DATA.filter((c) => /cycle|binary|2023-13-31/.test(c.name));
    expect(cases).toHaveLength(3);
    for (const bad of cases) {
      fs.writeFileSync(path.join(content, FILE), bad.contents);
      const data = buildSite(outDir, content);
      expect(data.status, bad.name).toBe(1);
      expect(data.stderr).toContain('Lỗi số liệu: chưa dựng trang');
      for (const line of bad.errors) expect(data.stderr.replaceAll(`${path.dirname(content)}/`, '')).toContain(`  • ${line}\n`);
      expect(snapshotFolder(outDir)).toEqual(before);
    }
  });

  test('that fails inside Astro (broken MDX) also leaves the previous dist/ untouched', () => {
    const content = copyOfSmallContent();
    const outDir = path.join(path.dirname(content), 'dist');
    expect(buildSite(outDir, content).status).toBe(0);
    const before = snapshotFolder(outDir);

    const policy = path.join(content, 'policies/muc-dong.mdx');
    // Braces typed in a body no longer break MDX (they are escaped as text): an import of a file
    // that does not exist still fails inside Astro.
    fs.appendFileSync(policy, "\nimport KhongCo from './khong-co.astro';\n");
    const result = buildSite(outDir, content);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Lỗi khi dựng trang');
    expect(result.stderr).toContain('muc-dong.mdx');
    expect(snapshotFolder(outDir)).toEqual(before);
    expect(fs.readdirSync(path.dirname(outDir)).sort()).toEqual(['content', 'dist']);
  });
});
