// The identity of the agency that publishes the site (content/site.yaml).
import { z } from 'zod';
import { href, isoDate, line, ref, slug, text } from './common.ts';

/** A number of levels below a snapshot's top unit (0 = the top unit only). */
const levels = () =>
  z
    .int({ error: 'cần một số nguyên từ 0 đến 9 (số cấp dưới đơn vị gốc)' })
    .min(0, { error: 'cần một số nguyên từ 0 đến 9 (số cấp dưới đơn vị gốc)' })
    .max(9, { error: 'cần một số nguyên từ 0 đến 9 (số cấp dưới đơn vị gốc)' });

const colour = () =>
  z.string({ error: 'cần mã màu dạng #RRGGBB' }).regex(/^#[0-9a-fA-F]{6}$/, { error: 'cần mã màu dạng #RRGGBB' }).meta({ widget: 'color' });

export const siteSchema = z.strictObject({
  /** Name of the site shown in the header and in page titles. */
  name: line(80),
  /** One sentence saying what the site is for (home page meta description). */
  tagline: line(200),
  /**
   * The home page's heading: what the site is for, in plain words ("Tìm hiểu và tham gia bảo hiểm
   * xã hội tự nguyện"), not the site's name. Optional: a plain default is used without it.
   */
  homeTitle: line(120).optional(),
  /** The agency that issues the content. */
  agency: z.strictObject({
    /** Full official name, e.g. "Bảo hiểm xã hội tỉnh Bắc Giang". */
    name: line(120),
    /** Short name for tight places (cards, footers). */
    shortName: line(40).optional(),
    /** Postal address of the office. */
    address: line(200).optional(),
    /** Contact e-mail. */
    email: z.email({ error: 'cần địa chỉ thư điện tử' }).optional(),
  }),
  /** Locality the site serves, e.g. "tỉnh Bắc Giang" or "toàn quốc". */
  locality: line(80),
  /** Hotline shown on every page and in every image. */
  hotline: z.strictObject({
    /** As people read it: "1900 9068". */
    display: line(30),
    /** Digits to dial, used in tel: links. */
    dial: z.string().regex(/^\+?[0-9]{3,15}$/, { error: 'cần dãy số để gọi, ví dụ 19009068' }),
  }),
  /** Public address of the site, used for canonical URLs, sitemap and QR codes. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'cần địa chỉ trang đầy đủ, ví dụ https://bhxh.example.vn' }),
  /** Facebook fanpage. */
  facebook: href().optional(),
  /** Zalo Official Account. */
  zalo: href().optional(),
  /** Brand colours used by pages and generated images. */
  colors: z.strictObject({
    primary: colour(),
    accent: colour(),
    text: colour(),
    background: colour(),
  }),
  /** Logo file under public/, e.g. /logo.svg. */
  logo: z.string().regex(/^\/[^\s]+\.(svg|png)$/, { error: 'cần đường dẫn tệp logo .svg hoặc .png trong public/, ví dụ /logo.svg' }).meta({ widget: 'image' }),
  /** Campaign shown on the home page. */
  currentCampaign: ref('campaigns'),
  /** Short disclaimer on policy pages. */
  disclaimer: text(),
  /**
   * The build's "today" (campaign status, drafts and scheduled entries, the calculator's
   * default date), to preview the site as it will be on a given day. Leave it out on a live
   * site: the build then uses the day it runs (or SOURCE_DATE_EPOCH, which wins over this).
   */
  referenceDate: isoDate().optional(),
  /**
   * The Git repository the editor at /admin/ saves to (Sveltia CMS). Leave it out and staff can
   * still edit in local-folder mode on their own PC (README, "Quản trị nội dung").
   */
  cms: z
    .strictObject({
      /** Git host: github (GitHub), gitlab (GitLab) or gitea (Gitea/Forgejo). */
      host: z.enum(['github', 'gitlab', 'gitea'], { error: 'cần một trong: github, gitlab, gitea' }),
      /** owner/name of the repository, e.g. bhxh-bacgiang/trang-bhxh. */
      repo: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: 'cần tên kho dạng tổ-chức/tên-kho' }),
      /** Branch the site is built from. */
      branch: line(100).default('main'),
      /** API address of a self-hosted GitLab or Gitea/Forgejo, e.g. https://git.example.vn/api/v1. */
      apiRoot: z.url({ protocol: /^https$/, error: 'cần địa chỉ https://…' }).optional(),
    })
    .optional(),
  /**
   * Which province's top-ups on the State's support the calculator and the amounts on pages add:
   * the name of a file in content/rules/dia-phuong/ without .yaml (e.g. "ha-noi"). Leave it out
   * for a national site: only the State's support is counted.
   */
  rulesLocality: slug().optional(),
  /**
   * Which progress pages get images of their own. Every unit's page has a link preview, but a
   * national snapshot has ~32,000 units and each card takes ~0.1 s to draw: below `cardLevels`
   * a page shows its ancestor's card at that level; share images of the headline and ranking
   * charts are drawn down to `chartLevels`. Levels count from the snapshot's top unit (0).
   */
  /**
   * Crop marks on the print PDFs of posters, banners and standees, outside the 3 mm bleed. Off
   * by default: most print shops place their own from the PDF's TrimBox and BleedBox.
   */
  printCropMarks: z.boolean().default(false),
  progressImages: z
    .strictObject({
      cardLevels: levels().default(2),
      chartLevels: levels().default(1),
    })
    .prefault({}),
});

export type SiteIdentity = z.output<typeof siteSchema>;
