// Turns a CSV of collection points into a points file, following a config that maps the CSV's
// headers to fields (like the annex import of participation data). Every problem names the file,
// the row as a spreadsheet numbers it (header = row 1) and the column; nothing is written when
// any row is wrong. Pure: rows and config come in parsed.
import { POINT_KINDS, PHONE_ERROR, PHONE_PATTERN, pointsFileSchema, type CollectionPoint, type PointKind, type PointsFile } from '../../schemas/point.ts';
import { showValue, type ContentIssue } from '../content/content-issue.ts';
import { slug } from '../data/import-table.ts';

/** The config beside the CSV (diem-thu.config.json). */
export interface PointsImportConfig {
  /** Where the list comes from, shown under it on the site. */
  source: string;
  /** True when the points are made up for the example. */
  illustrative?: boolean;
  /** Province for every row when the CSV has no province column. */
  province?: string;
  /** Header names of the CSV's columns. name, kind, address and commune are required. */
  columns: {
    name: string;
    kind: string;
    address: string;
    commune: string;
    district?: string;
    province?: string;
    phone?: string;
    hours?: string;
    lat?: string;
    lng?: string;
    /** Unit ids ("campaign/unit"), several separated by ";". */
    units?: string;
  };
  /** Words of the kind column and the kind they mean, e.g. { "Bưu điện": "buu-dien" }. */
  kinds: Record<string, PointKind>;
}

const REQUIRED = ['name', 'kind', 'address', 'commune'] as const;
const FIELD_WORDS: Record<string, string> = { name: 'tên điểm thu', kind: 'loại điểm thu', address: 'địa chỉ', commune: 'tên xã, phường', province: 'tỉnh, thành phố' };

/** A decimal coordinate, written with a dot or a comma: "21,2917" → 21.2917. */
function parseCoordinate(cell: string): number | null {
  const t = cell.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

export function importPoints(file: string, rows: readonly (readonly string[])[], config: PointsImportConfig): { points: PointsFile | null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const [header, ...body] = rows;
  if (!header) return { points: null, issues: [{ file, field: '', expected: 'bảng trống: cần một dòng tiêu đề' }] };
  const at: Partial<Record<keyof PointsImportConfig['columns'], number>> = {};
  for (const [field, name] of Object.entries(config.columns) as [keyof PointsImportConfig['columns'], string | undefined][]) {
    if (!name) continue;
    const index = header.findIndex((h) => h.trim().normalize('NFC') === name.trim().normalize('NFC'));
    if (index < 0) issues.push({ file, field: `cột "${name}"`, expected: `không có cột này trong dòng tiêu đề (có: ${header.map((h) => `"${h.trim()}"`).join(', ')})` });
    else at[field] = index;
  }
  if (!config.columns.province && !config.province) issues.push({ file, field: '', expected: 'cần cột tỉnh, thành phố (columns.province) hoặc "province" trong tệp cấu hình' });
  if (issues.length > 0) return { points: null, issues };

  const points: CollectionPoint[] = [];
  const ids = new Map<string, number>();
  body.forEach((row, i) => {
    const rowNumber = i + 2;
    if (row.every((c) => c.trim() === '')) return;
    const cell = (field: keyof PointsImportConfig['columns']) => (at[field] === undefined ? '' : (row[at[field]!] ?? '').trim().normalize('NFC'));
    const where = (field: keyof PointsImportConfig['columns']) => `dòng ${rowNumber}, cột "${config.columns[field]}"`;
    const before = issues.length;
    for (const field of REQUIRED) {
      if (cell(field) === '') issues.push({ file, field: where(field), expected: `thiếu ${FIELD_WORDS[field]}` });
    }
    const province = config.columns.province ? cell('province') : config.province!;
    if (config.columns.province && province === '') issues.push({ file, field: where('province'), expected: `thiếu ${FIELD_WORDS.province}` });
    const kindWord = cell('kind');
    const kind = config.kinds[kindWord] ?? (POINT_KINDS.includes(kindWord as PointKind) ? (kindWord as PointKind) : undefined);
    if (kindWord !== '' && !kind) {
      issues.push({ file, field: where('kind'), expected: `cần một trong: ${Object.keys(config.kinds).map((k) => `"${k}"`).join(', ')}`, found: showValue(kindWord) });
    }
    const phone = cell('phone');
    if (phone !== '' && !PHONE_PATTERN.test(phone.replace(/[\s.]/g, ''))) issues.push({ file, field: where('phone'), expected: PHONE_ERROR, found: showValue(phone) });
    const coordinates = { lat: cell('lat'), lng: cell('lng') };
    const lat = coordinates.lat === '' ? null : parseCoordinate(coordinates.lat);
    const lng = coordinates.lng === '' ? null : parseCoordinate(coordinates.lng);
    if (coordinates.lat !== '' && (lat === null || Math.abs(lat) > 90)) issues.push({ file, field: where('lat'), expected: 'cần vĩ độ dạng số thập phân, ví dụ 21,2917', found: showValue(coordinates.lat) });
    if (coordinates.lng !== '' && (lng === null || Math.abs(lng) > 180)) issues.push({ file, field: where('lng'), expected: 'cần kinh độ dạng số thập phân, ví dụ 106,3912', found: showValue(coordinates.lng) });
    const units = cell('units').split(';').map((u) => u.trim()).filter(Boolean);
    for (const unit of units) {
      if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(unit)) issues.push({ file, field: where('units'), expected: 'cần "mã chiến dịch/mã đơn vị", nhiều đơn vị cách nhau bằng dấu ;', found: showValue(unit) });
    }
    if (issues.length > before) return;
    const base = slug(`${cell('name')} ${cell('commune')}`) || `diem-${rowNumber}`;
    const count = (ids.get(base) ?? 0) + 1;
    ids.set(base, count);
    points.push({
      id: count === 1 ? base : `${base}-${count}`,
      name: cell('name'),
      kind: kind!,
      address: cell('address'),
      commune: cell('commune'),
      ...(cell('district') ? { district: cell('district') } : {}),
      province,
      ...(phone ? { phone } : {}),
      ...(cell('hours') ? { hours: cell('hours') } : {}),
      ...(lat !== null && lng !== null ? { lat, lng } : {}),
      units,
    });
  });
  if (issues.length > 0) return { points: null, issues };
  if (points.length === 0) return { points: null, issues: [{ file, field: '', expected: 'bảng không có dòng điểm thu nào dưới dòng tiêu đề' }] };
  const result = pointsFileSchema.safeParse({ source: config.source, illustrative: config.illustrative ?? false, points });
  if (!result.success) {
    return { points: null, issues: result.error.issues.map((issue) => ({ file, field: issue.path.join('.'), expected: issue.message })) };
  }
  return { points: result.data, issues: [] };
}
