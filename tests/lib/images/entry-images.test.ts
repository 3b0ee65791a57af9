import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { entryImageJobs, genericPageJob } from '../../../src/lib/images/entry-images.ts';
import { CAMPAIGN, POLICY, contentSources } from '../../helpers/content-sources.ts';
import { resolveEntriesAmounts } from '../../../src/lib/rules/resolve-content.ts';
import { setOn } from '../../helpers/rules-fixture.ts';

const jobsOf = (files: Parameters<typeof contentSources>[0]) => entryImageJobs(checkContent(contentSources(files)).entries);

describe('entryImageJobs', () => {
  test('prints a one-day campaign as one date on its images and on its messages’ images', () => {
    const oneDay = CAMPAIGN.replace('start: "2023-05-01"', 'start: "2023-05-23"').replace('end: "2023-05-31"', 'end: "2023-05-23"').replace('date: "2023-04-20"', 'date: "2023-05-23"');
    const jobs = jobsOf({ 'campaigns/thang-5.mdx': oneDay });
    const details = new Set(jobs.filter((j) => (j.kind === 'chien-dich' || j.kind === 'thong-diep') && !j.undated).map((j) => j.props.detail));
    expect([...details]).toEqual(['23/5/2023 · huyện Thử']);
    // The undated variants (a slogan reused next year) carry no date at all.
    expect(jobs.filter((j) => j.undated).every((j) => j.props.detail === undefined)).toBe(true);
  });

  test("puts a policy's short answer under its question on the share images", () => {
    const answered = POLICY.replace('summary: Giải thích ngắn.', 'summary: Giải thích ngắn.\nanswer: Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.');
    const policyJobs = jobsOf({ 'policies/la-gi.mdx': answered }).filter((j) => j.kind === 'chinh-sach');
    expect(policyJobs.map((j) => [j.format, j.props.headline, j.props.detail])).toEqual([
      ['og', 'BHXH tự nguyện là gì?', 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.'],
      ['square', 'BHXH tự nguyện là gì?', 'Bạn tự chọn mức đóng; Nhà nước hỗ trợ một phần.'],
    ]);
    expect(jobsOf({}).filter((j) => j.kind === 'chinh-sach').every((j) => j.props.detail === undefined)).toBe(true);
  });
});

describe('entryImageJobs after the amounts are computed', () => {
  test("a policy's share images carry its answer with the amounts of the rules' day, not the {{…}} written", () => {
    const answered = POLICY.replace('summary: Giải thích ngắn.', 'summary: Giải thích ngắn.\nanswer: "Thấp nhất {{muc-dong-thap-nhat}}/tháng; Nhà nước hỗ trợ từ {{ho-tro-khac}}."');
    const checked = checkContent(contentSources({ 'policies/la-gi.mdx': answered })).entries;
    // 30/11/2026: 22 % × 1.500.000 = 330.000 đồng; the State pays 20 % of it: 66.000 đồng.
    const { entries, issues } = resolveEntriesAmounts(checked, setOn('2026-11-30'));
    expect(issues).toEqual([]);
    const details = entryImageJobs(entries).filter((j) => j.kind === 'chinh-sach').map((j) => j.props.detail?.replace(/\s/g, ' '));
    expect(details).toEqual(['Thấp nhất 330.000 đồng/tháng; Nhà nước hỗ trợ từ 66.000 đồng.', 'Thấp nhất 330.000 đồng/tháng; Nhà nước hỗ trợ từ 66.000 đồng.']);
  });
});

describe('which images the content asks for, written out for the smallest content folder', () => {
  // tests/helpers/content-sources.ts: campaign thang-5, message thang-5-1, article ra-quan, policy la-gi; site "Trang thử".
  const site = { agency: 'BHXH huyện Thử', hotline: 'Đường dây nóng 1900 9068', colors: { primary: '#0B5CAD', accent: '#F2A900', text: '#1A1A1A', background: '#FFFFFF' } };
  const ALL = ['og', 'square', 'story', 'poster-a4', 'poster-a3', 'banner', 'standee'];

  test('a campaign and its messages get every format (they are printed); a message also gets each undated; articles and policies the two screen formats', () => {
    const jobs = jobsOf({});
    expect(jobs.map((j) => j.path)).toEqual([
      ...ALL.map((f) => `/anh/chien-dich/thang-5/${f}.png`),
      ...ALL.map((f) => `/anh/thong-diep/thang-5-1/${f}.png`),
      ...ALL.map((f) => `/anh/thong-diep/thang-5-1/${f}-khong-ngay.png`),
      '/anh/bai-viet/ra-quan/og.png', '/anh/bai-viet/ra-quan/square.png',
      '/anh/chinh-sach/la-gi/og.png', '/anh/chinh-sach/la-gi/square.png',
    ]);
    expect(jobs.map((j) => j.format)).toEqual([...ALL, ...ALL, ...ALL, 'og', 'square', 'og', 'square']);
    // Errors name the content file an image comes from.
    expect([...new Set(jobs.map((j) => `${j.kind} ${j.id} ${j.source}${j.undated ? ' undated' : ''}`))]).toEqual([
      'chien-dich thang-5 content/campaigns/thang-5.mdx',
      'thong-diep thang-5-1 content/messages/thang-5-1.mdx',
      'thong-diep thang-5-1 content/messages/thang-5-1.mdx undated',
      'bai-viet ra-quan content/articles/ra-quan.mdx',
      'chinh-sach la-gi content/policies/la-gi.mdx',
    ]);
  });

  test('what each card says: kicker, headline, period and place, the page’s address, the agency and its hotline', () => {
    const jobs = jobsOf({});
    const card = (path: string) => jobs.find((j) => j.path === path)!.props;
    expect(card('/anh/chien-dich/thang-5/og.png')).toEqual({
      template: 'campaign', kicker: 'Chiến dịch · Tháng cao điểm thử', headline: 'Điểm tựa an sinh', detail: '1/5/2023 – 31/5/2023 · huyện Thử', url: 'https://thu.example/chien-dich/thang-5/', ...site,
    });
    expect(card('/anh/thong-diep/thang-5-1/poster-a4.png')).toEqual({
      template: 'message', kicker: 'Thông điệp 1 · Tháng cao điểm thử', headline: 'Tham gia BHXH tự nguyện để có lương hưu.', detail: '1/5/2023 – 31/5/2023 · huyện Thử', url: 'https://thu.example/thong-diep/thang-5-1/', ...site,
    });
    expect(card('/anh/thong-diep/thang-5-1/poster-a4-khong-ngay.png')).toEqual({
      template: 'message', kicker: 'Thông điệp', headline: 'Tham gia BHXH tự nguyện để có lương hưu.', detail: undefined, url: 'https://thu.example/thong-diep/thang-5-1/', ...site,
    });
    expect(jobs.find((j) => j.path.endsWith('-khong-ngay.png'))!.undated).toBe(true);
    expect(card('/anh/bai-viet/ra-quan/square.png')).toEqual({
      template: 'article', kicker: 'Tin bài · 2/5/2023', headline: 'Ra quân tháng cao điểm', detail: undefined, url: 'https://thu.example/bai-viet/ra-quan/', ...site,
    });
    expect(card('/anh/chinh-sach/la-gi/og.png')).toEqual({
      template: 'policy', kicker: 'Chính sách BHXH tự nguyện', headline: 'BHXH tự nguyện là gì?', detail: undefined, url: 'https://thu.example/chinh-sach/la-gi/', ...site,
    });
  });

  test('a message whose campaign is not in the build: its number alone in the kicker, no period', () => {
    const entries = checkContent(contentSources({})).entries;
    const jobs = entryImageJobs({ ...entries, campaigns: [] });
    const og = jobs.find((j) => j.path === '/anh/thong-diep/thang-5-1/og.png')!;
    expect(og.props.kicker).toBe('Thông điệp 1');
    expect(og.props.detail).toBeUndefined();
  });

  test('without a site identity there is nothing to draw the cards with: no jobs', () => {
    const entries = checkContent(contentSources({})).entries;
    expect(entryImageJobs({ ...entries, site: null })).toEqual([]);
  });
});

describe('genericPageJob', () => {
  const site = checkContent(contentSources({})).entries.site!;
  test('a page that is not an entry: its title on the site’s og card, at the path given, named by its page in errors', () => {
    expect(genericPageJob(site, '/bai-viet/2/', '/anh/trang/bai-viet-2/og.png', 'Tin bài, trang 2')).toEqual({
      path: '/anh/trang/bai-viet-2/og.png',
      format: 'og',
      props: { template: 'page', kicker: 'Trang thử', headline: 'Tin bài, trang 2', detail: undefined, url: 'https://thu.example/bai-viet/2/', agency: 'BHXH huyện Thử', hotline: 'Đường dây nóng 1900 9068', colors: { primary: '#0B5CAD', accent: '#F2A900', text: '#1A1A1A', background: '#FFFFFF' } },
      source: 'trang /bai-viet/2/',
      kind: 'trang',
      id: 'bai-viet-2',
    });
  });

  test('a Khmer page’s card says "hotline" in Khmer; a Vietnamese one in Vietnamese', () => {
    expect(genericPageJob(site, '/km/', '/anh/trang/km/og.png', 'ទំព័រដើម', 'km').props.hotline).toBe('ខ្សែទូរស័ព្ទបន្ទាន់ 1900 9068');
    expect(genericPageJob(site, '/', '/anh/trang/trang-chu/og.png', 'Trang thử', 'vi').props.hotline).toBe('Đường dây nóng 1900 9068');
  });
});

