// npm run new-site -- <folder> — a content folder for a locality's own site, from a few
// questions in Vietnamese. Answers come from the keyboard, from piped lines (one per question, an
// empty line keeps the default), or from flags (--agency "…" --locality "…" --hotline "…" --url …
// --facebook … --zalo … --primary "#…" --accent "#…" --logo file.svg --repo owner/name --host github). The example's policy pages
// and audience groups (national rules) are copied too.
// Then: LOA_CONTENT_DIR=<folder> npm run build.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { displayPath } from '../src/integrations/content-dir.ts';
import { checkContent } from '../src/lib/content/check-content.ts';
import { formatIssues } from '../src/lib/content/content-issue.ts';
import { readContentSources } from '../src/integrations/content-files.ts';
import { NEW_SITE_DEFAULTS, newSiteFiles, type NewSiteAnswers } from '../src/lib/site/new-site.ts';
import { vietnamDay } from '../src/lib/site/reference-date.ts';
import { siteSchema } from '../src/schemas/site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: Object.fromEntries(['agency', 'locality', 'hotline', 'url', 'facebook', 'zalo', 'primary', 'accent', 'logo', 'repo', 'host'].map((k) => [k, { type: 'string' as const }])),
});
const folder = positionals[0];
if (!folder) {
  console.error('Cần tên thư mục cho trang mới, ví dụ: npm run new-site -- noi-dung-bac-giang');
  process.exit(1);
}
const target = path.resolve(folder);
if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
  console.error(`Thư mục ${displayPath(target)} đã có tệp: chọn một thư mục mới (không ghi đè nội dung đã có).`);
  process.exit(1);
}

// Piped answers are read all at once (readline would drop lines that arrive before a question).
const piped = !process.stdin.isTTY;
const lines: string[] = [];
if (piped) for await (const line of readline.createInterface({ input: process.stdin })) lines.push(line);
const terminal = piped ? null : readline.createInterface({ input: process.stdin, output: process.stdout });

const shape = siteSchema.shape;
const check = (schema: z.ZodType) => (value: string) => {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? 'giá trị không hợp lệ');
};

interface Question {
  flag: string;
  text: string;
  fallback?: string;
  optional?: boolean;
  validate?: (value: string) => string | null;
}

async function ask(q: Question): Promise<string | undefined> {
  const given = values[q.flag as keyof typeof values];
  const hint = q.fallback ? ` [Enter: ${q.fallback}]` : q.optional ? ' [Enter: bỏ trống]' : '';
  for (let attempt = 0; attempt < 5; attempt++) {
    let answer: string;
    if (typeof given === 'string' && attempt === 0) answer = given;
    else if (terminal) answer = await terminal.question(`${q.text}${hint}: `);
    else {
      answer = lines.shift() ?? '';
      console.log(`${q.text}${hint}: ${answer}`);
    }
    answer = answer.trim().normalize('NFC');
    if (!answer && q.fallback) answer = q.fallback;
    if (!answer && q.optional) return undefined;
    const problem = answer ? (q.validate?.(answer) ?? null) : 'không được để trống';
    if (!problem) return answer;
    console.log(`  → ${problem}. Nhập lại.`);
    if (!terminal && typeof given !== 'string' && lines.length === 0) break;
  }
  console.error(`Chưa có câu trả lời hợp lệ cho: ${q.text}. Chưa tạo trang.`);
  process.exit(1);
}

console.log(`Tạo trang mới trong thư mục ${displayPath(target)}. Trả lời các câu sau (có thể sửa lại sau trong site.yaml).\n`);
const agency = (await ask({ flag: 'agency', text: 'Tên cơ quan (ví dụ: Bảo hiểm xã hội tỉnh Bắc Giang)', validate: check(shape.agency.shape.name) }))!;
const locality = (await ask({ flag: 'locality', text: 'Địa bàn (ví dụ: tỉnh Bắc Giang)', validate: check(shape.locality) }))!;
const hotline = (await ask({ flag: 'hotline', text: 'Đường dây nóng', fallback: NEW_SITE_DEFAULTS.hotline, validate: (v) => check(shape.hotline.shape.display)(v) ?? check(shape.hotline.shape.dial)(v.replace(/[^0-9+]/g, '')) }))!;
const baseUrl = (await ask({ flag: 'url', text: 'Địa chỉ trang web (ví dụ: https://bhxh.bacgiang.gov.vn; chưa có thì Enter)', fallback: NEW_SITE_DEFAULTS.baseUrl, validate: check(shape.baseUrl) }))!;
const facebook = await ask({ flag: 'facebook', text: 'Trang Facebook (https://www.facebook.com/…)', optional: true, validate: check(shape.facebook) });
const zalo = await ask({ flag: 'zalo', text: 'Zalo OA (https://zalo.me/…)', optional: true, validate: check(shape.zalo) });
const primary = (await ask({ flag: 'primary', text: 'Màu chính, dạng #RRGGBB', fallback: NEW_SITE_DEFAULTS.primary, validate: check(shape.colors.shape.primary) }))!;
const accent = (await ask({ flag: 'accent', text: 'Màu nhấn, dạng #RRGGBB', fallback: NEW_SITE_DEFAULTS.accent, validate: check(shape.colors.shape.accent) }))!;
const logoSource = await ask({ flag: 'logo', text: 'Tệp logo .svg hoặc .png trên máy (Enter: dùng logo mẫu)', optional: true, validate: (v) => (!/\.(svg|png)$/i.test(v) ? 'cần tệp .svg hoặc .png' : fs.existsSync(path.resolve(v)) ? null : `không thấy tệp ${v}`) });
const repo = await ask({ flag: 'repo', text: 'Kho Git để lưu bài từ trang quản trị, dạng tổ-chức/tên-kho (chưa có thì Enter)', optional: true, validate: (v) => (/^[\w.-]+(\/[\w.-]+)+$/.test(v) ? null : 'cần dạng tổ-chức/tên-kho') });
const host = repo ? ((await ask({ flag: 'host', text: 'Kho ở đâu: github, gitlab hay gitea', fallback: 'github', validate: (v) => (['github', 'gitlab', 'gitea'].includes(v) ? null : 'cần github, gitlab hoặc gitea') })) as 'github' | 'gitlab' | 'gitea') : undefined;
terminal?.close();

const logo = logoSource ? `/logo${path.extname(logoSource).toLowerCase()}` : NEW_SITE_DEFAULTS.logo;
const answers: NewSiteAnswers = { agency, locality, hotline, baseUrl, facebook, zalo, primary, accent, logo, cms: repo && host ? { host, repo } : undefined };
const today = vietnamDay(new Date());

fs.mkdirSync(target, { recursive: true });
for (const [file, text] of Object.entries(newSiteFiles(answers, today))) {
  fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
  fs.writeFileSync(path.join(target, file), text);
}
// The example's policy explanations and audience groups explain national rules, true in every
// locality, and link to each other; the rule data (content/rules/) is national too: all of them
// come along (staff adapt or delete them).
const example = path.resolve(import.meta.dirname, '../content');
for (const collection of ['policies', 'audiences', 'rules']) fs.cpSync(path.join(example, collection), path.join(target, collection), { recursive: true });
// Pictures uploaded in the editor land here and are served at /images/…; the logo sits at the root.
fs.mkdirSync(path.join(target, 'public/images'), { recursive: true });
fs.writeFileSync(path.join(target, 'public/images/.gitkeep'), '');
if (logoSource) fs.copyFileSync(path.resolve(logoSource), path.join(target, 'public', logo.slice(1)));

const report = checkContent(readContentSources(target));
if (report.errors.length > 0) {
  console.error(formatIssues('Trang mới có lỗi (báo cho người phát triển)', report.errors));
  process.exit(1);
}
console.log(`\nĐã tạo ${displayPath(target)}/: site.yaml, một chiến dịch, một thông điệp, một bài viết mẫu, và các trang chính sách, nhóm đối tượng của trang mẫu (luật chung cả nước: đọc lại, sửa hoặc xóa).`);
console.log(`Dựng trang:   LOA_CONTENT_DIR=${folder} npm run build`);
console.log(`Xem thử:      LOA_CONTENT_DIR=${folder} npm run dev   (rồi mở http://localhost:4321/ và http://localhost:4321/admin/)`);
if (baseUrl === NEW_SITE_DEFAULTS.baseUrl) console.log('Lưu ý: địa chỉ trang đang là địa chỉ mẫu; sửa baseUrl trong site.yaml khi có địa chỉ thật (mã QR dẫn về đó).');
