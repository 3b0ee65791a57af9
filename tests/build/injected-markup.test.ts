// Markup typed into content fields (a <script> in a title, HTML in a slogan, a tag, a campaign
// theme, an audience name, an FAQ question, the site name, a unit name in content/data/*.json)
// appears on pages as text: escaped in the HTML and in the chart SVGs, never an element, never
// inside an executable script. A unit name that starts like a spreadsheet formula stays text in
// the CSV download.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { validSnapshot } from '../fixtures/bad-data/corpus.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, tempDir } from '../helpers/build-site.ts';
import { builtPages, type BuiltPage } from '../../src/integrations/built-pages.ts';

const INJECTED = {
  article: '<script>alert("bài")</script> Họp dân',
  slogan: 'Làm ruộng <b>hôm nay</b> <img src=x onerror=alert(2)>',
  tag: '<i>họp dân</i>',
  theme: '</title><script>alert(3)</script>',
  audience: '<a href="javascript:alert(4)">Người trồng lúa</a>',
  faq: '</script><script>alert(5)</script>?',
  site: 'BHXH <script>alert(6)</script>',
  unit: '<script>alert(7)</script> Thôn <b>Đông</b>',
};
// With a space after the comma, as people type it: without one the whole formula is a single
// unbreakable word too wide for the square progress card, and the build rightly stops on that.
const FORMULA_UNIT = '=HYPERLINK("https://lua.example/", "Thôn Tây")';

const root = tempDir('markup');
const content = path.join(root, 'content');
const dist = path.join(root, 'dist');
let pages: BuiltPage[] = [];
let status: number | null = null;
let stderr = '';

function edit(file: string, from: string, to: string) {
  const full = path.join(content, file);
  const text = fs.readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  fs.writeFileSync(full, text.replace(from, to));
}

const yamlString = (value: string) => JSON.stringify(value);

beforeAll(() => {
  fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
  edit('articles/hop-dan-thon-dong.mdx', 'title: Họp dân ở thôn Đông', `title: ${yamlString(INJECTED.article)}`);
  edit('articles/hop-dan-thon-dong.mdx', 'tags: [họp dân]', `tags: [${yamlString(INJECTED.tag)}]`);
  edit('messages/hoa-binh-2026-1.mdx', 'text: Làm ruộng hôm nay, có lương hưu ngày mai.', `text: ${yamlString(INJECTED.slogan)}`);
  edit('campaigns/hoa-binh-2026.mdx', 'theme: Lương hưu cho người làm ruộng', `theme: ${yamlString(INJECTED.theme)}`);
  edit('audiences/nguoi-trong-lua.mdx', 'name: Người trồng lúa', `name: ${yamlString(INJECTED.audience)}`);
  edit('policies/muc-dong.mdx', 'q: Tôi có được chọn mức đóng không?', `q: ${yamlString(INJECTED.faq)}`);
  edit('site.yaml', 'name: BHXH xã Hòa Bình thử', `name: ${yamlString(INJECTED.site)}`);
  const snapshot = validSnapshot();
  snapshot.units[1]!.name = INJECTED.unit;
  snapshot.units[2]!.name = FORMULA_UNIT;
  fs.mkdirSync(path.join(content, 'data'));
  fs.writeFileSync(path.join(content, 'data/hoa-binh.json'), JSON.stringify(snapshot));
  const result = buildSite(dist, content);
  status = result.status;
  stderr = result.stderr;
  if (status === 0) pages = builtPages(dist);
});

/** Executable scripts: every <script> except JSON-LD data blocks. */
/** Scripts other than JSON-LD data and the site's own island files (external, empty bodies). */
function executableScripts(html: string): string[] {
  const $ = load(html);
  const ownIsland = (el: Parameters<typeof $>[0]) => /^\/_astro\/[\w.-]+\.js$/.test($(el).attr('src') ?? '') && $(el).text().trim() === '';
  // JSON-LD and the calculators' rule data (application/json) are data blocks browsers never run.
  const dataBlock = (el: Parameters<typeof $>[0]) => ['application/ld+json', 'application/json'].includes($(el).attr('type') ?? '');
  return $('script').filter((_, el) => !dataBlock(el) && !ownIsland(el)).map((_, el) => $.html(el)).get();
}

describe('markup typed into content', () => {
  test('builds', () => {
    expect(stderr).not.toMatch(/Lỗi/);
    expect(status).toBe(0);
  });

  test('no page gains an element or a script from it', () => {
    for (const page of pages) {
      expect(executableScripts(page.html), page.url).toEqual([]);
      const $ = load(page.html);
      expect($('img[onerror], [src="x"], a[href^="javascript:"]').length, page.url).toBe(0);
      expect($('main b, main i').filter((_, el) => /hôm nay|họp dân/.test($(el).text())).length, page.url).toBe(0);
    }
  });

  test.each(Object.entries(INJECTED))('the %s text is shown as written, escaped in the HTML', (field, value) => {
    const showing = pages.filter((page) => load(page.html)('body').text().includes(value));
    // The FAQ question appears in the page body and in the JSON-LD; everything else in the body.
    expect(showing.length, `pages showing the ${field} text`).toBeGreaterThan(0);
    // Inside a quoted attribute ("<" is harmless there) the text may stay as is; everywhere else
    // it must be escaped. Attribute values are double-quoted with '"' escaped, so this cut is exact.
    for (const page of showing) expect(page.html.replace(/="[^"]*"/g, '=""'), page.url).not.toContain(value);
  });

  test('the FAQ question stays inside its JSON-LD block, which still parses', () => {
    const policy = pages.find((page) => page.kind === 'policy')!;
    const $ = load(policy.html);
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const data = JSON.parse(blocks.first().text());
    expect(data.mainEntity[0].name).toBe(INJECTED.faq);
  });

  test('the page <title> holds the site name and the theme as text', () => {
    const home = pages.find((page) => page.kind === 'home')!;
    expect(load(home.html)('title').text()).toBe(INJECTED.site);
    const campaign = pages.find((page) => page.kind === 'campaign')!;
    expect(load(campaign.html)('main').text()).toContain(INJECTED.theme);
  });

  test('the RSS feed carries the article title as text', () => {
    const rss = load(fs.readFileSync(path.join(dist, 'rss.xml'), 'utf8'), { xml: true });
    expect(rss('item > title').first().text()).toBe(INJECTED.article);
  });
});

describe('markup and formulas in unit names (content/data/*.json)', () => {
  const progress = () => pages.find((page) => page.url === `/tien-do/${validSnapshot().campaign}/`)!;

  test('the progress page names the unit as text in its table and in its charts\' <title>, <desc> and labels', () => {
    const $ = load(progress().html);
    expect($('main').text()).toContain(INJECTED.unit);
    const charts = $('main svg');
    expect(charts.length).toBeGreaterThan(0);
    // The name shows in at least one chart, as text of <title>/<desc>/<text>; no element comes from it.
    const svgText = charts.find('title, desc, text').map((_, el) => $(el).text()).get().join('\n');
    expect(svgText).toContain('Thôn <b>Đông</b>');
    expect(charts.find('script, b').length).toBe(0);
  });

  test('the CSV download keeps the markup as text and a formula-like name as text (leading \')', () => {
    const csv = fs.readFileSync(path.join(dist, `tien-do/${validSnapshot().campaign}/du-lieu.csv`), 'utf8');
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    const names = rows.map((row) => row.ten_don_vi);
    expect(names).toContain(INJECTED.unit);
    expect(names).toContain(`'${FORMULA_UNIT}`);
    expect(names.filter((name) => /^[=+\-@]/.test(name ?? ''))).toEqual([]);
  });
});
