// npm run content:check — checks the content folder without building the site.
import { resolveContentDir } from '../src/integrations/content-dir.ts';
import { ContentError, runContentCheck } from '../src/integrations/run-content-check.ts';
import { referenceDateOf } from '../src/integrations/reference-date.ts';
import { heldLines, publishedEntries } from '../src/lib/content/publication.ts';
import { formatDate } from '../src/lib/format/vi-format.ts';

const contentDir = resolveContentDir();
try {
  const report = runContentCheck(contentDir);
  const e = report.entries;
  console.log(
    `Nội dung hợp lệ: ${e.campaigns.length} chiến dịch, ${e.messages.length} thông điệp, ${e.policies.length} chính sách, ${e.articles.length} bài viết, ${e.audiences.length} nhóm đối tượng.`,
  );
  const locality = e.site?.rulesLocality;
  if (report.rules?.rules) console.log(`Quy định BHXH tự nguyện hợp lệ: ${report.rules.file}${locality ? ` (hỗ trợ thêm của địa phương: ${locality})` : ''}.`);
  const reference = referenceDateOf(e.site?.referenceDate);
  const { held } = publishedEntries(e, reference.date);
  if (held.length > 0) console.log([`Chưa xuất bản vào ngày ${formatDate(reference.date)} (${held.length}):`, ...heldLines(held, formatDate)].join('\n'));
} catch (error) {
  console.error(error instanceof ContentError ? error.message : error);
  process.exit(1);
}
