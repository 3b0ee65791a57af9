// Checks the collection-point files of a content folder (content/points/*.json): JSON (with line
// and column when broken), the schema field by field, ids unique within a file. Pure.
import { pointsFileSchema, type PointsFile } from '../../schemas/point.ts';
import type { ContentIssue } from '../content/content-issue.ts';
import { decodeText } from '../content/frontmatter.ts';
import { validateEntry } from '../content/validate-entry.ts';
import { parseSnapshotText } from '../data/validate.ts';

export interface PointsSourceFile {
  file: string;
  bytes: Uint8Array;
}

export interface PointsReport {
  files: { file: string; points: PointsFile }[];
  errors: ContentIssue[];
}

const JSON_TYPES = { array: 'một danh sách [ … ]', object: 'một nhóm { … }' };

export function checkPoints(sources: readonly PointsSourceFile[]): PointsReport {
  const report: PointsReport = { files: [], errors: [] };
  for (const source of sources) {
    const decoded = decodeText(source.file, source.bytes);
    if (decoded.text === null) {
      report.errors.push(...decoded.issues);
      continue;
    }
    if (decoded.text.trim() === '') {
      report.errors.push({ file: source.file, field: '', expected: 'tệp rỗng: cần { "source": …, "points": [ … ] } (tạo bằng npm run points:import)' });
      continue;
    }
    const parsed = parseSnapshotText(source.file, decoded.text);
    if (parsed.errors.length > 0) {
      report.errors.push(...parsed.errors);
      continue;
    }
    const result = validateEntry(pointsFileSchema, source.file, parsed.raw, JSON_TYPES);
    if (!result.ok) {
      report.errors.push(...result.issues);
      continue;
    }
    const seen = new Map<string, number>();
    result.value.points.forEach((point, i) => {
      const earlier = seen.get(point.id);
      if (earlier !== undefined) report.errors.push({ file: source.file, field: `points[${i}].id`, expected: `mỗi điểm thu cần một mã riêng (trùng với points[${earlier}])`, found: JSON.stringify(point.id) });
      else seen.set(point.id, i);
    });
    report.files.push({ file: source.file, points: result.value });
  }
  return report;
}
