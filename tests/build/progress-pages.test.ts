// Progress pages in a whole build: a page per unit with breadcrumbs, charts readable without
// JavaScript (role="img", title, desc, data table), CSV matching the data, warnings in words;
// and a broken snapshot stops the build like broken content does.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT, buildSite, readPage, snapshotFolder, tempDir } from '../helpers/build-site.ts';
import { snapshotSchema, type Snapshot } from '../../src/schemas/snapshot.ts';
import { formatNumber } from '../../src/lib/format/vi-format.ts';
import { indicatorsOf } from '../../src/lib/data/validate.ts';
import { serveStatic } from '../../src/integrations/static-server.ts';
import { launchChromium } from '../helpers/browser.ts';

const snapshot = (name: string): Snapshot => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8')));

describe('the example site', () => {
  // The shared example build (tests/helpers/shared-build.setup.ts): this block only reads it.
  const { dist: outDir, status, stderr } = inject('exampleBuild');
  beforeAll(() => {
    expect(status, stderr).toBe(0);
  });

  test('has a page for every unit of every snapshot, with breadcrumbs from the progress index down the tree', () => {
    for (const name of ['bac-giang-2023', 'tho-xuong-2024', 'tra-vinh-2023', 'kien-giang-2021-2025']) {
      const s = snapshot(name);
      const byId = new Map(s.units.map((u) => [u.id, u]));
      for (const u of s.units) {
        const url = u.parent === null ? `/tien-do/${name}/` : `/tien-do/${name}/${u.id}/`;
        const $ = load(readPage(outDir, url));
        expect($('h1').text()).toBe(`Tiến độ: ${u.name}`);
        const chain = [u];
        while (chain[0]!.parent) chain.unshift(byId.get(chain[0]!.parent)!);
        const crumbs = $('.breadcrumbs li').toArray().map((li) => $(li).text().trim());
        expect(crumbs).toEqual(['Trang chủ', 'Tiến độ', ...chain.map((x) => x.name)]);
        expect($('.breadcrumbs a').toArray().map((a) => $(a).attr('href'))).toContain('/tien-do/');
        // The campaign the figures belong to is one link away.
        expect($(`main a[href="/chien-dich/${name}/"]`).length, url).toBe(1);
      }
    }
  });

  test('a unit with units below says in its description that it ranks them; a unit without says nothing of the kind', () => {
    const description = (url: string) => load(readPage(outDir, url))('meta[name="description"]').attr('content');
    // Bắc Giang's ten districts have no communes in the snapshot; Trà Vinh's wards have none either.
    expect(description('/tien-do/bac-giang-2023/')).toBe('Số người tham gia so với chỉ tiêu của Tỉnh Bắc Giang, theo từng huyện, thành phố.');
    expect(description('/tien-do/bac-giang-2023/hiep-hoa/')).toBe('Số người tham gia so với chỉ tiêu của Hiệp Hòa.');
    expect(description('/tien-do/tra-vinh-2023/phuong-7/')).toBe('Số người tham gia so với chỉ tiêu của Phường 7.');
  });

  test("indicator sections carry nothing repeated per element: no scoped-style attribute on their rows, cells and texts, status patterns only where a chart fills with them", () => {
    // A scoped <style> put Astro's data-astro-cid-… attribute on every row, cell and paragraph: a
    // quarter of a residential group's page in a national site (29.000 such pages).
    const s = snapshot('bac-giang-2023');
    let cells = 0;
    let points = 0;
    for (const u of s.units) {
      const html = readPage(outDir, u.parent === null ? '/tien-do/bac-giang-2023/' : `/tien-do/bac-giang-2023/${u.id}/`);
      const $ = load(html);
      cells += $('table td').length;
      points += $('svg.loa-chart circle.point').length;
      // (The chart-image download list keeps its scoped style: it is on the few top units' pages only.)
      expect($('section.indicator, section.indicator *').not('.chart-images, .chart-images *').toArray().filter((el) => Object.keys(el.attribs).some((a) => a.startsWith('data-astro-cid'))).length, u.id).toBe(0);
      // The over-time chart's points and grid lines take their colour from a group around them.
      expect($('svg.loa-chart circle.point[fill], svg.loa-chart line.grid[stroke]').length, u.id).toBe(0);
      $('svg.loa-chart').each((_, svg) => {
        const markup = $.html(svg);
        expect(markup.includes('<pattern'), `${u.id}: ${$(svg).find('title').text()}`).toBe(markup.includes('url(#loa-p-'));
      });
    }
    expect(cells).toBeGreaterThan(0);
    expect(points).toBeGreaterThan(0);
  });

  test('charts are inline SVG with role, title, desc and a data table linking each child', () => {
    const s = snapshot('bac-giang-2023');
    const $ = load(readPage(outDir, '/tien-do/bac-giang-2023/'));
    // The ranking and the figures over time; the headline is stated once, as text, beside a bar.
    const svgs = $('figure.chart svg');
    expect(svgs.length).toBe(2);
    svgs.each((_, el) => {
      expect($(el).attr('role')).toBe('img');
      expect($(el).find('title').text().length).toBeGreaterThan(5);
      expect($(el).find('desc').text().length).toBeGreaterThan(5);
    });
    const links = $('figure.chart table a').toArray().map((a) => $(a).attr('href'));
    for (const u of s.units.filter((x) => x.parent)) expect(links).toContain(`/tien-do/bac-giang-2023/${u.id}/`);
    expect($('main').text()).toContain('số liệu minh họa');
    expect($('main').text()).toMatch(/Số liệu đến ngày \d+\/\d+\/\d{4}/);
    expect($('main').text()).toContain(s.source);
    // Charts need no JavaScript: the only scripts are the share and search-shortcut islands every page has.
    const scripts = $('script').filter((_, el) => !$(el).attr('type')?.includes('json')).toArray();
    for (const el of scripts) expect($(el).attr('src')).toMatch(/^\/_astro\/(ShareBar|SearchBox)\.astro_/);
  });

  test('the CSV holds the same numbers as the snapshot', () => {
    const s = snapshot('tra-vinh-2023');
    const rows = parse(fs.readFileSync(path.join(outDir, 'tien-do/tra-vinh-2023/du-lieu.csv'), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
    for (const t of s.targets.filter((x) => x.yearTotal !== null)) {
      const label = indicatorsOf(s).find((i) => i.id === t.indicator)!.label;
      const row = rows.find((r) => r.ma_don_vi === t.unit && r.chi_tieu_so === label);
      expect(row && Number(row.chi_tieu), `${t.unit} ${t.indicator}`).toBe(t.yearTotal);
    }
  });

  test('warnings are shown on the page in plain words, and the campaign page links to progress', () => {
    const $tv = load(readPage(outDir, '/tien-do/tra-vinh-2023/'));
    // A fact about the data readers must see, outside the staff notes.
    $tv('[data-staff-only]').remove();
    const text = $tv('main').text();
    expect(text).toContain(`Tổng các phường, xã: ${formatNumber(1756)} — số báo cáo: ${formatNumber(1757)}`);
    const campaign = load(readPage(outDir, '/chien-dich/tra-vinh-2023/'));
    expect(campaign('a[href="/tien-do/tra-vinh-2023/"]').length).toBe(1);
  });

  test('at 360 px: no sideways scrolling, and chart text rendered at 11 px or more', async () => {
    const server = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      for (const url of ['/tien-do/bac-giang-2023/', '/tien-do/tho-xuong-2024/', '/tien-do/tra-vinh-2023/']) {
        await page.goto(server.origin + url);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), url).toBeLessThanOrEqual(360);
        const smallest = await page.evaluate(() =>
          Math.min(...[...document.querySelectorAll('figure.chart svg text')].map((t) => t.getBoundingClientRect().height)),
        );
        expect(smallest, url).toBeGreaterThanOrEqual(11);
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart svg')].some((svg) => {
            const box = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].some((t) => t.getBoundingClientRect().right > box.right + 1);
          }),
        );
        expect(overflow, `${url}: chart text runs past the chart`).toBe(false);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('a build over a broken snapshot', () => {
  test('fails naming the file and JSON path, and leaves the previous dist/ as it was', () => {
    const content = path.join(tempDir('data'), 'content');
    fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
    fs.mkdirSync(path.join(content, 'data'));
    const good = {
      campaign: 'hoa-binh-2026',
      source: 'Bảng thử',
      units: [
        { id: 'hoa-binh', name: 'Xã Hòa Bình', level: 'xã', parent: null },
        { id: 'thon-dong', name: 'Thôn <Đông> & "Tây"', level: 'thôn', parent: 'hoa-binh' },
      ],
      figures: [{ unit: 'thon-dong', date: '2026-05-10', value: 4 }],
      targets: [{ unit: 'thon-dong', year: 2026, yearTotal: 10 }],
    };
    const file = path.join(content, 'data/hoa-binh-2026.json');
    fs.writeFileSync(file, JSON.stringify(good));
    const outDir = path.join(path.dirname(content), 'dist');
    const first = buildSite(outDir, content);
    expect(first.status, first.stderr).toBe(0);
    const html = readPage(outDir, '/tien-do/hoa-binh-2026/');
    expect(html).not.toContain('<Đông>');
    expect(load(html)('figure.chart table a').text()).toBe('Thôn <Đông> & "Tây"');
    const before = snapshotFolder(outDir);

    fs.writeFileSync(file, JSON.stringify({ ...good, figures: [{ unit: 'thon-dong', date: '2026-05-10', value: -4 }] }));
    const result = buildSite(outDir, content);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Lỗi số liệu: chưa dựng trang');
    expect(result.stderr).toMatch(/data\/hoa-binh-2026\.json › figures\[0\]\.value: .*; gặp: -4/);
    expect(snapshotFolder(outDir)).toEqual(before);
  });
});
