// What comes first in search on the example site, and why: tone marks count when typed, the
// words people use (synonyms, keywords), answers before slogans, a slogan once with its
// campaigns, and every page findable by its own name. A tiny site of hand-written pages checks
// tone marks and synonyms where nothing else could explain the order.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROOT, tempDir } from '../helpers/build-site.ts';
import { launchChromium } from '../helpers/browser.ts';
import { siteHeaders } from '../helpers/site-headers.ts';
import { allResultUrls, copySearchPage, indexRecords, searchUrls } from '../helpers/search-page.ts';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { searchTokens } from '../../src/lib/search/tokens.ts';
import { ANSWER_MARK } from '../../src/lib/search/ranking.ts';
import { sloganSearch } from '../../src/lib/search/slogans.ts';
import { messageTextKey } from '../../src/lib/site/message-groups.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { snapshotSchema } from '../../src/schemas/snapshot.ts';
import { vi } from '../../src/i18n/vi.ts';
import { viGuidance } from '../../src/i18n/vi-guidance.ts';

const { dist: out } = inject('exampleBuild');
const content = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
let served: StaticServer;
let browser: Browser;
let page: Page;
const search = (query: string, extra = '') => searchUrls(page, served.origin, query, extra);

beforeAll(async () => {
  expect(inject('exampleBuild').status, inject('exampleBuild').stderr).toBe(0);
  // Under the site's own headers (its Content-Security-Policy), as a host serves it.
  served = await serveStatic(out, siteHeaders());
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

// The queries of issue 16, typed as citizens type them, with the page that answers them.
const FIRST: [string, string][] = [
  ['mức đóng', routes.policy('muc-dong-va-ho-tro')],
  ['muc dong', routes.policy('muc-dong-va-ho-tro')],
  ['quyen loi', routes.policy('quyen-loi')],
  ['quyền lợi', routes.policy('quyen-loi')],
  ['tu tuat', routes.policy('quyen-loi')],
  ['tử tuất', routes.policy('quyen-loi')],
  ['tieu thuong', routes.audience('tieu-thuong-ho-kinh-doanh')],
  ['rut mot lan', routes.policy('bao-luu-hay-nhan-mot-lan')],
  ['mục tiêu', routes.article('tra-vinh-dat-muc-tieu-bon-chi-tieu-bao-hiem-2023')],
  // The enrolment guide and the calculators answer the questions people ask most.
  ['đăng ký ở đâu', routes.enrol()],
  ['dang ky o dau', routes.enrol()],
  ['tinh muc dong', routes.calculator()],
  ['đóng bao nhiêu', routes.calculator()],
  ['tính lương hưu', routes.pension()],
  ['luong huu bao nhieu', routes.pension()],
];

describe('the page that answers comes first', () => {
  test.each(FIRST)('%s → %s', async (query, expected) => {
    expect((await search(query))[0]).toBe(expected);
  });
});

describe('the guide and the calculators', () => {
  test.each(['mức đóng', 'muc dong'])('%s: the calculator is on the first screen, after the page that explains', async (query) => {
    const urls = await search(query);
    expect(urls.indexOf(routes.calculator())).toBeGreaterThan(urls.indexOf(routes.policy('muc-dong-va-ho-tro')));
  });

  test('the guide’s excerpt marks the words as typed, not words that only fold alike', async () => {
    expect((await search('đăng ký ở đâu'))[0]).toBe(routes.enrol());
    const marks = await page.$$eval('.search-result:first-child mark', (m) => m.map((x) => x.textContent ?? ''));
    expect(marks.join(' | ')).toMatch(/đăng ký/i);
    // The guide writes "kỳ" (period) and "đầu" (first) near "đăng ký": neither is what was typed.
    expect(marks.join(' | ')).not.toMatch(/kỳ|đầu/i);
  });

  test('the editor at /admin/ is not searched', async () => {
    await page.goto(`${served.origin}/`);
    const urls = (await indexRecords(page)).map((r) => r.url);
    expect(urls).toContain(routes.enrol());
    expect(urls.filter((u) => u.startsWith('/admin'))).toEqual([]);
    expect(fs.readFileSync(path.join(out, 'admin', 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
  });
});

describe('tone marks count when they are typed', () => {
  const contribution = routes.policy('muc-dong-va-ho-tro');
  const target = routes.article('kien-giang-dua-chinh-sach-bhxh-den-65-phan-tram-nguoi-lao-dong');

  test('"mức" and "mục" do not tie: each query puts its own word first', async () => {
    // The Kiên Giang article is about a "mục tiêu" (target) and also writes "mức" and "đóng".
    const mucDong = await allResultUrls(page, served.origin, 'mức đóng');
    expect(mucDong.indexOf(contribution)).toBeLessThan(mucDong.indexOf(target));
    const mucTieu = await allResultUrls(page, served.origin, 'mục tiêu');
    expect(mucTieu).toContain(target);
    expect(mucTieu.indexOf(target)).toBeLessThan(mucTieu.includes(contribution) ? mucTieu.indexOf(contribution) : Infinity);
  });

  test('a query without marks still finds every page the marked one finds, and the same ones', async () => {
    for (const [marked, plain] of [['mức đóng', 'muc dong'], ['đăng ký tham gia', 'dang ky tham gia'], ['lao động', 'lao dong'], ['bưu điện', 'buu dien']]) {
      const withMarks = await allResultUrls(page, served.origin, marked!);
      const without = await allResultUrls(page, served.origin, plain!);
      expect(withMarks.length, marked).toBeGreaterThan(0);
      expect([...without].sort(), plain).toEqual([...withMarks].sort());
    }
  });
});

describe('the words people use', () => {
  const text = (url: string) => searchTokens(fs.readFileSync(path.join(out, url, 'index.html'), 'utf8').replace(/^[\s\S]*<main[^>]*>|<\/main>[\s\S]*$/g, '').replace(/<[^>]+>/g, ' ')).join(' ');

  test('synonyms from content/search/tu-dong-nghia.yaml work both ways', async () => {
    // Each page writes one phrase of a group and not the other; each is found by the other.
    const pairs: [string, string, string, string][] = [
      ['lam ruong', routes.policy('la-gi'), 'lam nong', routes.campaign('tra-vinh-2023')],
      ['dai ly thu', routes.campaign('le-ra-quan-2020'), 'diem thu', routes.audience('dang-tham-gia-tai-tuc')],
    ];
    for (const [a, pageA, b, pageB] of pairs) {
      expect(content.synonyms.some((group) => group.map((p) => searchTokens(p).join(' ')).includes(a) && group.map((p) => searchTokens(p).join(' ')).includes(b))).toBe(true);
      expect(text(pageA)).toContain(a);
      expect(text(pageA)).not.toContain(b);
      expect(text(pageB)).toContain(b);
      expect(text(pageB)).not.toContain(a);
      expect(await allResultUrls(page, served.origin, b), `${b} finds ${pageA}`).toContain(pageA);
      expect(await allResultUrls(page, served.origin, a), `${a} finds ${pageB}`).toContain(pageB);
    }
  });

  test('no page writes "tử tuất"; the benefits page is found through its synonyms', () => {
    expect(text(routes.policy('quyen-loi'))).not.toContain('tu tuat');
    expect(content.synonyms.some((group) => group.includes('tử tuất') && group.includes('mai táng'))).toBe(true);
  });

  test('keywords in a page’s frontmatter are searched but not shown', async () => {
    const policy = content.policies.find((p) => p.id === 'muc-dong-va-ho-tro')!;
    // People call the contribution a "phí" (fee); the page never does.
    expect(policy.data.keywords).toContain('phí bảo hiểm');
    expect(text(routes.policy('muc-dong-va-ho-tro'))).not.toMatch(/\bphi\b/);
    expect((await search('phi bao hiem'))[0]).toBe(routes.policy('muc-dong-va-ho-tro'));
  });
});

describe('answers before slogans', () => {
  test.each(['quyen loi', 'luong huu', 'lương hưu', 'về hưu'])('%s: an answer page comes before any slogan', async (query) => {
    const urls = await allResultUrls(page, served.origin, query);
    const answer = urls.findIndex((u) => u.startsWith(routes.policies()) || u.startsWith(routes.audiences()));
    const slogan = urls.findIndex((u) => u.startsWith(routes.messages()));
    expect(answer).toBeGreaterThanOrEqual(0);
    expect(slogan === -1 || answer < slogan).toBe(true);
  });

  test('a slogan several campaigns used appears once, listing them all', async () => {
    const slogans = sloganSearch(content.messages, content.campaigns);
    const shared = content.messages.filter((m) => (slogans.get(m.id)?.campaigns.length ?? 0) > 1);
    expect(shared.length).toBeGreaterThanOrEqual(5);
    for (const query of ['quyen loi', 'che do huu tri uu viet', 'cham soc suc khoe']) {
      const urls = await allResultUrls(page, served.origin, query);
      const texts = await page.$$eval('.search-result .entry-title', (h) => h.map((x) => x.textContent ?? ''));
      const keys = urls.filter((u) => u.startsWith(routes.messages())).map((u) => messageTextKey(content.messages.find((m) => routes.message(m.id) === u)!.data.text));
      expect(new Set(keys).size, `${query}: ${texts.join(' | ')}`).toBe(keys.length);
    }
    // The 2020 national slogan kept by two provinces: one result, three campaigns.
    await allResultUrls(page, served.origin, 'che do huu tri uu viet');
    const item = page.locator('.search-result').filter({ has: page.locator('.entry-title', { hasText: 'chế độ hưu trí ưu việt' }) });
    expect(await item.count()).toBe(1);
    const used = await item.locator('.result-campaigns').textContent();
    expect(used).toContain(vi.search.campaignsOf(3));
    for (const id of ['bac-giang-2023', 'le-ra-quan-2020', 'tho-xuong-2024']) expect(used).toContain(content.campaigns.find((c) => c.id === id)!.data.title);
  });

  test('the pages left out of the index are still on the site, listing the same campaigns', async () => {
    await page.goto(`${served.origin}/`);
    const indexed = new Set((await indexRecords(page)).map((r) => r.url));
    const slogans = sloganSearch(content.messages, content.campaigns);
    for (const m of content.messages) {
      const s = slogans.get(m.id)!;
      expect(indexed.has(routes.message(m.id)), m.id).toBe(s.indexed);
      const html = fs.readFileSync(path.join(out, routes.message(m.id), 'index.html'), 'utf8');
      for (const c of s.campaigns) expect(html, m.id).toContain(`href="${routes.campaign(c.id)}"`);
    }
  });
});

describe('every page is found by its own name', () => {
  test('each entry’s title or name is in its page’s indexed text', async () => {
    await page.goto(`${served.origin}/`);
    const records = new Map((await indexRecords(page)).map((r) => [r.url, `${r.meta.title ?? ''} ${r.content}`.replace(/\s+/g, ' ')]));
    const slogans = sloganSearch(content.messages, content.campaigns);
    const standsFor = (id: string) => content.messages.find((m) => slogans.get(m.id)?.indexed && messageTextKey(m.data.text) === messageTextKey(content.messages.find((x) => x.id === id)!.data.text))!.id;
    const names: [string, string][] = [
      ...content.campaigns.map((c): [string, string] => [routes.campaign(c.id), c.data.title]),
      ...content.policies.map((p): [string, string] => [routes.policy(p.id), p.data.title]),
      ...content.articles.map((a): [string, string] => [routes.article(a.id), a.data.title]),
      ...content.audiences.map((a): [string, string] => [routes.audience(a.id), a.data.name]),
      ...content.audiences.map((a): [string, string] => [routes.audience(a.id), a.data.iAm]),
      ...content.messages.map((m): [string, string] => [routes.message(standsFor(m.id)), m.data.text]),
      [routes.enrol(), viGuidance.enrol.title],
      [routes.calculator(), viGuidance.calculator.title],
      [routes.pension(), viGuidance.pension.title],
    ];
    for (const file of fs.readdirSync(path.join(ROOT, 'content/data')).filter((f) => /^[a-z0-9-]+\.json$/.test(f))) {
      const snapshot = snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', file), 'utf8')));
      for (const u of snapshot.units) names.push([u.parent === null ? `/tien-do/${snapshot.campaign}/` : `/tien-do/${snapshot.campaign}/${u.id}/`, u.name]);
    }
    expect(names.length).toBeGreaterThan(60);
    const fold = (s: string) => searchTokens(s).join(' ');
    for (const [url, name] of names) {
      expect(records.has(url), `${url} is indexed`).toBe(true);
      expect(fold(records.get(url)!), `${url} shows "${name}"`).toContain(fold(name));
    }
  });
});

describe('on a tiny site of hand-written pages', () => {
  // Each page writes one form; the order can only come from the marks typed and the synonyms.
  const PAGES: Record<string, string> = {
    'muc-dong': '<h1>Mức đóng hằng tháng</h1><p>Bạn chọn mức đóng hợp với thu nhập.</p>',
    'muc-tieu': '<h1>Mục tiêu năm nay</h1><p>Mục tiêu là mọi nhà đều đóng góp.</p>',
    'dong-song': '<h1>Dòng sông quê</h1><p>Bên dòng sông có mục đồng chăn trâu.</p>',
    'tien-tuat': '<h1>Tiền tuất cho gia đình</h1><p>Gia đình được nhận khi người tham gia mất.</p>',
    'tu-tuat': '<h1>Chế độ tử tuất</h1><p>Một chế độ của bảo hiểm xã hội.</p>',
    // A slogan and a page that answers, writing the same words; the slogan is shorter, which
    // Pagefind alone would rank first. Only the answer page carries the answer facet.
    'khau-hieu': '<h1>Về già an nhàn</h1>',
    'tra-loi': `<div hidden data-pagefind-ignore><span ${ANSWER_MARK}></span></div><h1>Về già an nhàn</h1><p>Lương hưu hằng tháng cho tuổi già an nhàn.</p>`,
  };
  let tiny: StaticServer;

  beforeAll(async () => {
    const dir = tempDir('search-tiny-rank');
    for (const [id, body] of Object.entries(PAGES)) {
      fs.mkdirSync(path.join(dir, id), { recursive: true });
      fs.writeFileSync(path.join(dir, id, 'index.html'), `<!doctype html><html lang="vi"><head><title>${id}</title></head><body><main data-pagefind-body>${body}</main></body></html>`);
    }
    copySearchPage(out, dir);
    await buildSearchIndex(dir, { synonyms: [['tử tuất', 'tiền tuất']] });
    tiny = await serveStatic(dir);
  });
  afterAll(async () => {
    await tiny?.close();
  });
  const tinySearch = (query: string) => allResultUrls(page, tiny.origin, query);

  test('each marked query puts the page that writes its words first; the unmarked one finds them all', async () => {
    expect((await tinySearch('mức'))[0]).toBe('/muc-dong/');
    expect((await tinySearch('mục'))[0]).toBe('/muc-tieu/');
    expect((await tinySearch('mức đóng'))[0]).toBe('/muc-dong/');
    expect((await tinySearch('đóng')).slice(0, 2).sort()).toEqual(['/muc-dong/', '/muc-tieu/']);
    expect((await tinySearch('dòng'))[0]).toBe('/dong-song/');
    expect((await tinySearch('muc')).sort()).toEqual(['/dong-song/', '/muc-dong/', '/muc-tieu/']);
    expect((await tinySearch('dong')).sort()).toEqual(['/dong-song/', '/muc-dong/', '/muc-tieu/']);
    expect((await tinySearch('Mức đóng'.normalize('NFD')))[0]).toBe('/muc-dong/');
  });

  test('a page that answers comes before a slogan with the same words', async () => {
    expect(await tinySearch('an nhan')).toEqual(['/tra-loi/', '/khau-hieu/']);
  });

  test('a synonym finds the page that writes the other phrase, in both directions', async () => {
    expect(await tinySearch('tu tuat')).toEqual(expect.arrayContaining(['/tu-tuat/', '/tien-tuat/']));
    expect(await tinySearch('tien tuat')).toEqual(expect.arrayContaining(['/tu-tuat/', '/tien-tuat/']));
    expect((await tinySearch('tử tuất'))[0]).toBe('/tu-tuat/');
  });
});
