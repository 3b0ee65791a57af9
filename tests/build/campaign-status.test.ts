// Campaign status from the build's reference date, on a small site built "on" 15/5/2026 with a
// past one-day event, a campaign running that day and one planned for 2027: each says where it
// stands on its page, in the campaign list, in the message list and on the home page; a one-day
// period is one date.
// The same site's rules raise the income floor, and the home page's "how much" card follows.
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT, buildSite, readPage, tempDir } from '../helpers/build-site.ts';
import { epochOfVietnamDay } from '../../src/lib/site/reference-date.ts';
import { builtPages } from '../../src/integrations/built-pages.ts';

const root = tempDir('status');
const content = path.join(root, 'content');
const dist = path.join(root, 'dist');
let status: number | null = null;
let stderr = '';

function campaign(id: string, title: string, start: string, end: string): void {
  const base = fs.readFileSync(path.join(content, 'campaigns/hoa-binh-2026.mdx'), 'utf8');
  const text = base
    .replace('title: Tháng vận động xã Hòa Bình 2026', `title: ${title}`)
    .replace('start: "2026-05-01"', `start: "${start}"`)
    .replace('end: "2026-05-31"', `end: "${end}"`)
    .replace('date: "2026-05-03"', `date: "${start}"`)
    .replace('date: "2026-04-10"', `date: "${start}"`);
  fs.writeFileSync(path.join(content, `campaigns/${id}.mdx`), text);
}

beforeAll(() => {
  fs.cpSync(path.join(ROOT, 'tests/fixtures/content-small'), content, { recursive: true });
  campaign('le-ra-quan-2025', 'Lễ ra quân xã Hòa Bình 2025', '2025-05-23', '2025-05-23');
  campaign('hoa-binh-2027', 'Tháng vận động xã Hòa Bình 2027', '2027-05-01', '2027-05-31');
  // A floor of 2.000.000 đồng from 1/1/2026 (instead of 1.500.000): 22 % = 440.000, State 20 % = 88.000, own 352.000.
  const rules = path.join(content, 'rules/bhxh-tu-nguyen.yaml');
  const text = fs.readFileSync(rules, 'utf8');
  if (!text.includes('    value: 1500000\n    source: { document: nd-07-2021 }\n')) throw new Error('fixture rules changed');
  fs.writeFileSync(rules, text.replace('    value: 1500000\n    source: { document: nd-07-2021 }\n', '    value: 1500000\n    source: { document: nd-07-2021 }\n  - from: "2026-01-01"\n    value: 2000000\n    source: { document: nd-07-2021 }\n'));
  const result = buildSite(dist, content, { env: { SOURCE_DATE_EPOCH: String(epochOfVietnamDay('2026-05-15')) } });
  status = result.status;
  stderr = result.stderr;
});

const page = (url: string) => load(readPage(dist, url));
const statusOf = (url: string) => page(url)('main h1 + [data-campaign-status]');

describe('campaign status on 15/5/2026', () => {
  test('builds', () => {
    expect(stderr).not.toMatch(/Lỗi/);
    expect(status).toBe(0);
  });

  test('each campaign page says whether it has ended, is running or is to come', () => {
    expect(statusOf('/chien-dich/le-ra-quan-2025/').attr('data-campaign-status')).toBe('ended');
    expect(statusOf('/chien-dich/le-ra-quan-2025/').text()).toBe('Đã kết thúc ngày 23/5/2025');
    expect(statusOf('/chien-dich/hoa-binh-2026/').attr('data-campaign-status')).toBe('running');
    expect(statusOf('/chien-dich/hoa-binh-2026/').text()).toBe('Đang diễn ra, đến hết 31/5/2026');
    expect(statusOf('/chien-dich/hoa-binh-2027/').attr('data-campaign-status')).toBe('upcoming');
    expect(statusOf('/chien-dich/hoa-binh-2027/').text()).toBe('Sắp diễn ra, bắt đầu 1/5/2027');
  });

  test('the campaign list says it for each campaign', () => {
    const $ = page('/chien-dich/');
    const meta = (href: string) => $(`.entry-list li:has(a[href="${href}"]) .entry-meta`).text();
    expect(meta('/chien-dich/le-ra-quan-2025/')).toContain('Đã kết thúc ngày 23/5/2025');
    expect(meta('/chien-dich/hoa-binh-2026/')).toContain('Đang diễn ra, đến hết 31/5/2026');
    expect(meta('/chien-dich/hoa-binh-2027/')).toContain('Sắp diễn ra, bắt đầu 1/5/2027');
  });

  test("the message list says under each campaign's heading where it stands", () => {
    const $ = page('/thong-diep/');
    const heading = $('main h2:has(a[href="/chien-dich/hoa-binh-2026/"])');
    expect(heading.next('[data-campaign-status]').text()).toBe('Đang diễn ra, đến hết 31/5/2026');
  });

  test('the home page introduces the running campaign as running', () => {
    const $ = page('/');
    expect($('#chien-dich').text()).toBe('Chiến dịch đang diễn ra');
    expect($('section.hero a[href="/chien-dich/hoa-binh-2026/"]').length).toBe(1);
  });

  test("the home page's 'how much' card gives the lowest monthly payment computed from this site's rules", () => {
    const card = page('/')('main .questions a').first();
    expect(card.find('.question-text').text()).toBe('Tôi phải đóng bao nhiêu?');
    expect(card.find('.question-answer').text().replace(/\s+/g, ' ')).toBe('Từ 352.000 đồng/tháng sau hỗ trợ');
  });

  test('a one-day event prints as one date, never "23/5/2025 – 23/5/2025"', () => {
    expect(page('/chien-dich/le-ra-quan-2025/')('dl.details dd').first().text()).toBe('23/5/2025');
    expect(page('/chien-dich/')('.entry-list li:has(a[href="/chien-dich/le-ra-quan-2025/"]) .entry-meta').text()).toMatch(/^23\/5\/2025 · /);
    const doubled = builtPages(dist).filter((p) => p.html.includes('23/5/2025 – 23/5/2025')).map((p) => p.url);
    expect(doubled).toEqual([]);
  });
});
