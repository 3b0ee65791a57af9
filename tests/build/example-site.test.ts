// Reads the example site built once per run (tests/helpers/shared-build.setup.ts) and checks, from its HTML, that every piece of content has its
// page with its key text and meta tags. Expected values come from the content itself.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, inject, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content.ts';
import { readContentSources } from '../../src/integrations/content-files.ts';
import { formatDate } from '../../src/lib/format/vi-format.ts';
import { AMOUNTS } from '../../src/lib/rules/amounts.ts';
import { routes, tagSlug } from '../../src/lib/site/routes.ts';
import { ROOT, readPage } from '../helpers/build-site.ts';

const content = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const site = content.site!;
const build = inject('exampleBuild');
const outDir = build.dist;

/** Text as read, whatever the spacing: numbers keep their units with non-breaking spaces (and "đồng/⁠tháng" a word joiner). */
const plain = (text: string) => text.replace(/[\s\u00a0\u2060]+/g, ' ').trim();

function page(urlPath: string) {
  return load(readPage(outDir, urlPath));
}

function expectPageMeta(urlPath: string, title: string) {
  const $ = page(urlPath);
  expect($('html').attr('lang')).toBe('vi');
  expect($('title').text()).toBe(`${title} — ${site.name}`);
  expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(10);
  const canonical = new URL(urlPath, site.baseUrl).href;
  expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
  expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
  expect($('meta[property="og:title"]').attr('content')).toBe(title);
  expect($('meta[property="og:description"]').attr('content')).toBe($('meta[name="description"]').attr('content'));
  expect($('meta[property="og:type"]').attr('content')).toMatch(/^(website|article)$/);
  return $;
}

describe('the example site build', () => {
  test('succeeds and says where the site is and how to preview it', () => {
    expect(build.stderr).not.toMatch(/Lỗi/);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/Đã dựng xong \d+ trang/);
    // tests/helpers/build-site.ts pins SOURCE_DATE_EPOCH to 30/11/2026; the build names its "today" and where it came from.
    expect(build.stdout).toContain('Ngày tham chiếu: 30/11/2026 (theo biến SOURCE_DATE_EPOCH).');
    expect(build.stdout).toContain('npm run preview');
  });

  test('holds the five seed campaigns and every seed message', () => {
    expect(content.campaigns.map((c) => c.id).sort()).toEqual(['bac-giang-2023', 'kien-giang-2021-2025', 'le-ra-quan-2020', 'tho-xuong-2024', 'tra-vinh-2023']);
    const count = (id: string) => content.messages.filter((m) => m.data.campaigns.includes(id)).length;
    expect(count('bac-giang-2023')).toBe(3);
    expect(count('tho-xuong-2024')).toBe(3);
    expect(count('le-ra-quan-2020')).toBe(11);
    expect(content.policies.length).toBeGreaterThanOrEqual(8);
    expect(content.articles.length).toBeGreaterThanOrEqual(6);
    expect(content.audiences.length).toBe(8);
  });

  test('has a page for every campaign with its theme, period, milestones and messages', () => {
    for (const campaign of content.campaigns) {
      const $ = expectPageMeta(routes.campaign(campaign.id), campaign.data.title);
      const text = plain($('main').text());
      expect(text).toContain(campaign.data.theme);
      expect(text).toContain(formatDate(campaign.data.period.start));
      for (const milestone of campaign.data.milestones) expect(text).toContain(milestone.what);
      for (const message of content.messages.filter((m) => m.data.campaigns.includes(campaign.id))) {
        // A slogan with a phone number is shown as text (the number a tel: link) followed by its link.
        const link = $(`main a[href="${routes.message(message.id)}"]`);
        expect(link.length, message.id).toBe(1);
        expect(plain(link.closest('.quote').text()), message.id).toContain(plain(message.data.text.replace('1900.9068', '1900 9068')));
      }
    }
  });

  test('shows the Bắc Giang 2023 milestones that the plan dates in 2022 at their corrected date, saying what the plan wrote', () => {
    const $ = page(routes.campaign('bac-giang-2023'));
    const corrected = $('.timeline li').filter((_, li) => $(li).find('.plan-year').length > 0);
    const offYear = content.campaigns.find((c) => c.id === 'bac-giang-2023')!.data.milestones.filter((m) => m.date.startsWith('2022'));
    expect(offYear.length).toBeGreaterThanOrEqual(3);
    expect(corrected.map((_, li) => $(li).find('time').attr('datetime')).get()).toEqual(offYear.map((m) => m.correctedDate).sort());
    corrected.each((_, li) => expect(plain($(li).find('.plan-year').text())).toBe('(kế hoạch ghi 2022)'));
  });

  test('has a page for every message with its full text', () => {
    for (const message of content.messages) {
      const $ = page(routes.message(message.id));
      // The hotline written "1900.9068" in a slogan is shown in the site's one phone format.
      expect(plain($('h1').text())).toBe(plain(message.data.text.replace('1900.9068', '1900 9068')));
      expect($('meta[property="og:description"]').attr('content')).toBeTruthy();
    }
  });

  test('has a page for every policy with its sources, figures and FAQ as FAQPage JSON-LD', () => {
    for (const policy of content.policies) {
      const $ = expectPageMeta(routes.policy(policy.id), policy.data.title);
      const text = plain($('main').text());
      for (const source of policy.data.sources) expect(text).toContain(source.document);
      // A figure computed from the rule data shows its own label unless the author gave one.
      for (const figure of policy.data.figures) expect(text).toContain(figure.label ?? AMOUNTS['rule' in figure ? figure.rule : '']!.label);
      if (policy.data.answer && !policy.data.answer.includes('{{')) expect(plain($('main .answer').text())).toBe(`Trả lời ngắn: ${policy.data.answer}`);
      if (policy.data.faq.length > 0) {
        const jsonLd = JSON.parse($('script[type="application/ld+json"]').first().text());
        expect(jsonLd['@type']).toBe('FAQPage');
        expect(jsonLd.mainEntity.map((q: { name: string }) => q.name)).toEqual(policy.data.faq.map((pair) => pair.q));
      }
      expect($('.print-only').text()).toContain(site.agency.name);
    }
  });

  test('has a page for every article with date, author and tags, and a tag page for each tag', () => {
    for (const article of content.articles) {
      const $ = expectPageMeta(routes.article(article.id), article.data.title);
      expect($('meta[property="og:type"]').attr('content')).toBe('article');
      expect($('main time').attr('datetime')).toBe(article.data.date);
      expect($('main').text()).toContain(formatDate(article.data.date));
      for (const tag of article.data.tags) {
        expect($(`section[aria-labelledby="chu-de"] a[href="/the/${tagSlug(tag)}/"]`).text()).toBe(tag);
        expect(page(routes.tag(tag))('main').text()).toContain(article.data.title);
      }
    }
  });

  test('lists articles newest first', () => {
    const $ = page(routes.articles());
    const listed = $('.entry-list .entry-title a').map((_, a) => $(a).attr('href')).get();
    const expected = [...content.articles].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, 10).map((a) => routes.article(a.id));
    expect(listed).toEqual(expected);
  });

  test('has a page for every audience that links to its policies', () => {
    for (const audience of content.audiences) {
      const $ = expectPageMeta(routes.audience(audience.id), audience.data.iAm);
      for (const policy of content.policies.filter((p) => p.data.audiences.includes(audience.id))) {
        expect($(`section[aria-labelledby="chinh-sach"] a[href="${routes.policy(policy.id)}"]`).text()).toBe(policy.data.title);
      }
    }
  });

  test("answers the contribution page's question with amounts computed from the rules", () => {
    // On 30/11/2026: 22 % × 1.500.000 = 330.000 đồng; the State's 20 % of it is 66.000 đồng.
    const answer = 'Thấp nhất 330.000 đồng/tháng; Nhà nước hỗ trợ từ 66.000 đồng.';
    expect(plain(page(routes.policy('muc-dong-va-ho-tro'))('main .answer').text())).toBe(`Trả lời ngắn: ${answer}`);
  });

  test('asks the three questions on the home page, each linked to the page that answers it (calculator, enrolment guide, policy) with its short answer, then the hotline and the recent campaign', () => {
    const $ = page('/');
    expect($('title').text()).toBe(site.name);
    expect($('main h1').text()).toBe('Tìm hiểu và tham gia bảo hiểm xã hội tự nguyện');
    const cards = $('main .questions a').map((_, a) => ({ href: $(a).attr('href'), question: $(a).find('.question-text').text(), answer: plain($(a).find('.question-answer').text()) })).get();
    const answerOf = (id: string) => content.policies.find((p) => p.id === id)!.data.answer;
    // On 30/11/2026: 22 % × 1.500.000 = 330.000 đồng; the State pays 20 % of it (66.000), the person 264.000.
    expect(cards).toEqual([
      { href: routes.calculator(), question: 'Tôi phải đóng bao nhiêu?', answer: 'Từ 264.000 đồng/tháng sau hỗ trợ' },
      { href: routes.enrol(), question: 'Đăng ký ở đâu, cần giấy tờ gì?', answer: answerOf('cach-dang-ky') },
      { href: routes.policy('quyen-loi'), question: 'Tôi được gì?', answer: answerOf('quyen-loi') },
    ]);
    expect($(`main a.call-button[href="tel:${site.hotline.dial}"]`).length).toBe(1);
    // Built on 30/11/2026 (TEST_REFERENCE_DATE): every example campaign has ended.
    const current = content.campaigns.find((c) => c.id === site.currentCampaign)!;
    expect($('#chien-dich').text()).toBe('Chiến dịch gần đây');
    expect(plain($('section.hero').text())).toContain(current.data.theme);
    expect($('section.hero [data-campaign-status="ended"]').text()).toBe('Đã kết thúc ngày 31/5/2023');
    expect($('main').text()).not.toContain('đang diễn ra');
  });

  test('lists every content page in the A–Z index', () => {
    const $ = page(routes.index());
    const hrefs = new Set($('main a').map((_, a) => $(a).attr('href')).get());
    for (const c of content.campaigns) expect(hrefs).toContain(routes.campaign(c.id));
    for (const p of content.policies) expect(hrefs).toContain(routes.policy(p.id));
    for (const a of content.articles) expect(hrefs).toContain(routes.article(a.id));
    for (const m of content.messages) expect(hrefs).toContain(routes.message(m.id));
    // The calculators and the enrolment guide, with the collection points of the guide.
    for (const href of [routes.calculator(), routes.pension(), routes.enrol(), `${routes.enrol()}#diem-thu`]) expect(hrefs).toContain(href);
  });

  test('lists the topics people look for in the A–Z index, each leading to a page and section that exist', () => {
    const $ = page(routes.index());
    const topics = new Map($('main .az-topic a').map((_, a) => [[$(a).text(), $(a).attr('href')!]]).get() as [string, string][]);
    for (const word of ['Mức đóng', 'Hỗ trợ tiền đóng', 'Quyền lợi', 'Lương hưu', 'Mai táng', 'Đăng ký', 'VssID', 'Bảo lưu', 'Hưởng một lần']) expect(topics.has(word), word).toBe(true);
    expect(topics.get('Mức đóng')).toBe(routes.policy('muc-dong-va-ho-tro'));
    for (const [word, href] of topics) {
      const [pathPart, anchor] = href.split('#');
      const target = load(readPage(outDir, pathPart!));
      expect(target('main h1').length, `${word} → ${href}`).toBe(1);
      if (anchor) expect(target(`[id="${anchor}"]`).length, `${word} → ${href}`).toBe(1);
    }
    // Under M, "Mức đóng" comes with the page it leads to.
    const mucDong = $('main .az-topic').filter((_, li) => $(li).find('a').text() === 'Mức đóng');
    expect(plain(mucDong.find('.kind').text())).toBe(`xem: ${content.policies.find((p) => p.id === 'muc-dong-va-ho-tro')!.data.title}`);
  });

  test('tells apart A–Z entries that share a title', () => {
    const $ = page(routes.index());
    const titles = $('main .az-list li > a:first-child').map((_, a) => $(a).text()).get();
    const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
    // Two slogans are shared by the Bắc Giang 2023 and Thọ Xương 2024 plans.
    expect(new Set(repeated).size).toBeGreaterThanOrEqual(2);
    for (const title of new Set(repeated)) {
      const details = $('main .az-list li').filter((_, li) => $(li).children('a').first().text() === title).map((_, li) => $(li).find('.kind').text()).get();
      expect(new Set(details).size, title).toBe(details.length);
    }
  });

  test('has a skip link, breadcrumbs and the site chrome on inner pages', () => {
    const $ = page(routes.policy(content.policies[0]!.id));
    expect($('a.skip-link').attr('href')).toBe('#noi-dung');
    expect($('main#noi-dung').length).toBe(1);
    expect($('nav.breadcrumbs li').first().text()).toBe('Trang chủ');
    expect($('nav.breadcrumbs [aria-current="page"]').text()).toBe(content.policies[0]!.data.title);
  });

  test('writes the sitemap, the RSS feed, robots.txt and the 404 page', () => {
    const sitemap = fs.readFileSync(path.join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(new URL(routes.campaign('bac-giang-2023'), site.baseUrl).href);
    const rss = fs.readFileSync(path.join(outDir, 'rss.xml'), 'utf8');
    for (const a of content.articles) expect(rss).toContain(a.data.title);
    expect(fs.readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site.baseUrl}/sitemap-index.xml`);
    expect(load(fs.readFileSync(path.join(outDir, '404.html'), 'utf8'))('h1').text()).toBe('Không tìm thấy trang');
  });

  test('loads nothing from another host: fonts, styles and scripts are served by the site', () => {
    const htmlFiles = fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const file of htmlFiles) {
      const $ = load(fs.readFileSync(path.join(outDir, file), 'utf8'));
      const loaded = [...$('script[src]').map((_, e) => $(e).attr('src')).get(), ...$('link[rel="stylesheet"], link[rel="preload"], img').map((_, e) => $(e).attr('href') ?? $(e).attr('src')).get()];
      for (const url of loaded) expect(url, `${file} loads ${url}`).toMatch(/^\//);
    }
    const css = fs.readdirSync(path.join(outDir, '_astro')).filter((f) => f.endsWith('.css')).map((f) => fs.readFileSync(path.join(outDir, '_astro', f), 'utf8')).join('\n');
    expect(css).toContain('Be Vietnam Pro');
    expect(css).not.toMatch(/url\(\s*["']?https?:/);
  });
});
