// The files of a new locality's content folder (npm run new-site): site.yaml from the answers,
// and a sample campaign, message and article written for that locality, so the first build
// already shows every kind of page. Pure: answers in, file texts out.
import { stringify } from 'yaml';

export interface NewSiteAnswers {
  /** Full name of the agency, e.g. "Bảo hiểm xã hội tỉnh Bắc Giang". */
  agency: string;
  /** e.g. "tỉnh Bắc Giang". */
  locality: string;
  /** As people read it, e.g. "1900 9068". */
  hotline: string;
  /** Public address of the site; an example address until the real one is known. */
  baseUrl: string;
  facebook?: string | undefined;
  zalo?: string | undefined;
  primary: string;
  accent: string;
  /** Site path of the logo, e.g. /logo.svg or /logo-bhxh.png. */
  logo: string;
  /** Git repository for the editor, e.g. { host: 'github', repo: 'bhxh-bacgiang/trang' }. */
  cms?: { host: 'github' | 'gitlab' | 'gitea'; repo: string } | undefined;
}

/** Defaults offered by the questions: the example site's colours and logo. */
export const NEW_SITE_DEFAULTS = { primary: '#0B5CAD', accent: '#F2A900', logo: '/logo.svg', baseUrl: 'https://bhxh.example.vn', hotline: '1900 9068' } as const;

/** A short name for tight places: the locality after "BHXH" ("BHXH tỉnh Bắc Giang"), at most 40 characters. */
function shortName(locality: string): string {
  const name = `BHXH ${locality}`;
  return name.length <= 40 ? name : name.slice(0, 40).replace(/\s+\S*$/, '');
}

/** "tỉnh Bắc Giang" → "bac-giang": the ASCII words of a locality without its level word. */
export function localitySlug(locality: string): string {
  const folded = locality
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/^(tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran)\s+/, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'dia-phuong';
}

/** The campaign year: this year's May, or next year's once this May is over. */
function campaignYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return today > `${year}-05-31` ? year + 1 : year;
}

const frontmatter = (data: Record<string, unknown>, comment: string) => `---\n# ${comment}\n${stringify(data, { lineWidth: 0 })}---\n`;

/** Every file of the new content folder, by path relative to it. `today` is YYYY-MM-DD. */
export function newSiteFiles(answers: NewSiteAnswers, today: string): Record<string, string> {
  const slug = localitySlug(answers.locality);
  const year = campaignYear(today);
  // Short ids: the page address is printed under the QR code of every poster.
  const campaignId = `van-dong-${year}`;
  const site = {
    name: `BHXH tự nguyện ${answers.locality}`,
    tagline: `Thông tin dễ hiểu về bảo hiểm xã hội tự nguyện ở ${answers.locality}: quyền lợi, mức đóng, cách đăng ký và các đợt vận động.`,
    agency: { name: answers.agency, shortName: shortName(answers.locality) },
    locality: answers.locality,
    hotline: { display: answers.hotline, dial: answers.hotline.replace(/[^0-9+]/g, '') },
    baseUrl: answers.baseUrl,
    ...(answers.facebook ? { facebook: answers.facebook } : {}),
    ...(answers.zalo ? { zalo: answers.zalo } : {}),
    colors: { primary: answers.primary, accent: answers.accent, text: '#1A1A1A', background: '#FFFFFF' },
    logo: answers.logo,
    currentCampaign: campaignId,
    disclaimer: 'Các con số trên trang chỉ để tham khảo. Cơ quan Bảo hiểm xã hội nơi bạn đăng ký là nơi trả lời cuối cùng về mức đóng và quyền lợi của bạn.',
    ...(answers.cms ? { cms: { host: answers.cms.host, repo: answers.cms.repo, branch: 'main' } } : {}),
  };
  const siteYaml = [
    `# Danh tính của trang ${answers.agency}: tạo bởi npm run new-site ngày ${today}.`,
    '# Tên cơ quan, địa chỉ trang (baseUrl) và đường dây nóng in trên mọi ảnh, áp phích và mã QR.',
    '# Sửa ở đây hoặc ở mục "Thông tin trang" của trang quản trị /admin/.',
    stringify(site, { lineWidth: 0 }),
  ].join('\n');
  const campaign = frontmatter(
    {
      title: `Tháng vận động người dân tham gia BHXH tự nguyện năm ${year} tại ${answers.locality}`,
      theme: 'Bảo hiểm xã hội tự nguyện - Điểm tựa an sinh khi về già',
      summary: `Chiến dịch mẫu: sửa tên, thời gian, văn bản và các mốc theo kế hoạch thật của ${answers.agency}.`,
      period: { start: `${year}-05-01`, end: `${year}-05-31` },
      locality: answers.locality,
      document: { issuer: answers.agency, level: 'tinh' },
      // Audience groups copied from the example by scripts/new-site.ts.
      audiences: ['nong-dan', 'lao-dong-tu-do'],
      channels: ['Trang Facebook', 'Zalo OA', 'Loa truyền thanh cơ sở'],
      milestones: [{ date: `${year}-05-01`, what: 'Lễ phát động Tháng vận động', who: answers.agency }],
    },
    'CHIẾN DỊCH MẪU do npm run new-site tạo: sửa theo kế hoạch thật, hoặc đặt draft: true để ẩn.',
  );
  const message = frontmatter(
    {
      text: 'Tham gia bảo hiểm xã hội tự nguyện để được hưởng lương hưu hàng tháng và chăm sóc sức khỏe khi về già.',
      short: 'Tham gia BHXH tự nguyện để có lương hưu hằng tháng khi về già',
      campaigns: [campaignId],
      order: 1,
      cta: { label: `Gọi ${answers.hotline}`, href: `tel:${site.hotline.dial}` },
    },
    'THÔNG ĐIỆP MẪU (câu số 6 của kế hoạch ra quân toàn quốc năm 2020): thay bằng thông điệp của kế hoạch.',
  );
  const article = `${frontmatter(
    {
      title: `${answers.agency} ra mắt trang thông tin BHXH tự nguyện`,
      date: today,
      author: answers.agency,
      campaign: campaignId,
      tags: ['ra mắt'],
      summary: 'Bài mẫu: người dân tra cứu quyền lợi, mức đóng và cách đăng ký BHXH tự nguyện ngay trên điện thoại.',
    },
    'BÀI MẪU do npm run new-site tạo: sửa hoặc xóa bài này.',
  )}
## Trang này có gì

Người dân ${answers.locality} có thể đọc những điều cần biết về bảo hiểm xã hội tự nguyện: ai được tham gia, đóng bao nhiêu, Nhà nước hỗ trợ thế nào và đăng ký ở đâu.

Cần hỏi thêm, gọi đường dây nóng ${answers.hotline}.
`;
  return {
    'site.yaml': siteYaml,
    [`campaigns/${campaignId}.mdx`]: campaign,
    [`messages/${campaignId}-1.mdx`]: message,
    [`articles/ra-mat-trang-thong-tin-${slug}.mdx`]: article,
  };
}
