// npm run image -- --text "…" --format poster-a4 --out file.png [--title "…"] [--url https://…]
// Makes one image outside the site build, with the site's colours, logo, agency and hotline.
// Content: ./content or LOA_CONTENT_DIR (for site.yaml). Also the way tests drive the renderer.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../src/integrations/content-dir.ts';
import { ContentError, runContentCheck } from '../src/integrations/run-content-check.ts';
import { cardAssets, loadAssets } from '../src/integrations/images/assets.ts';
import { siteCardBase } from '../src/lib/images/entry-images.ts';
import { FORMAT_NAMES, FORMATS, isFormatName } from '../src/lib/images/formats.ts';
import { MissingGlyphError, renderCard } from '../src/lib/images/render-card.ts';
import { TextFitError } from '../src/lib/images/fit-text.ts';
import { withKhmerBreaks } from '../src/lib/images/khmer-breaks.ts';

const usage = `Cách dùng: npm run image -- --text "Nội dung" --format ${FORMAT_NAMES.join('|')} --out tep.png [--title "Dòng giới thiệu"] [--url https://…]`;
const { values } = parseArgs({
  options: { text: { type: 'string' }, format: { type: 'string', default: 'square' }, out: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean' } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (values.help) {
  console.log(`${usage}\n\nCác khổ ảnh:\n${FORMAT_NAMES.map((n) => `  ${n.padEnd(10)} ${FORMATS[n].width} × ${FORMATS[n].height}  ${FORMATS[n].label}`).join('\n')}`);
  process.exit(0);
}
if (!values.text?.trim()) fail(`Thiếu --text.\n${usage}`);
if (!values.out) fail(`Thiếu --out (tệp PNG sẽ ghi).\n${usage}`);
if (!isFormatName(values.format!)) fail(`--format: cần một trong ${FORMAT_NAMES.join(', ')}; gặp: "${values.format}"`);

let site;
try {
  site = runContentCheck(resolveContentDir(), () => undefined).entries.site!;
} catch (error) {
  fail(error instanceof ContentError ? error.message : String(error));
}
const url = values.url ?? site.baseUrl;
try {
  new URL(url);
} catch {
  fail(`--url: cần địa chỉ đầy đủ, ví dụ https://bhxh.example.vn/; gặp: "${url}"`);
}
const format = FORMATS[values.format];
try {
  const props = { template: 'message' as const, kicker: withKhmerBreaks(values.title ?? site.name), headline: withKhmerBreaks(values.text), url, ...siteCardBase(site) };
  const { png } = await renderCard(format, props, cardAssets(loadAssets(process.cwd(), site.logo), props));
  const out = path.resolve(values.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, png);
  console.log(`Đã ghi ${values.out} (${format.width} × ${format.height} px, ${format.label}).`);
} catch (error) {
  fail(error instanceof TextFitError || error instanceof MissingGlyphError ? `Ảnh ${format.name} (${format.width} × ${format.height}): ${error.message}` : String(error));
}
