// Collection points from a CSV: good rows become a points file; bad rows are exact messages naming
// the file, the row as a spreadsheet numbers it and the column; nothing is written then.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { importPoints, type PointsImportConfig } from '../../../src/lib/points/import-points.ts';
import { checkPoints } from '../../../src/lib/points/check-points.ts';
import { directionsUrl, groupByCommune, pointsForUnits, telHref } from '../../../src/lib/points/points-view.ts';
import { formatIssue } from '../../../src/lib/content/content-issue.ts';
import { ROOT } from '../../helpers/build-site.ts';

const FILE = 'diem-thu.csv';
const config: PointsImportConfig = {
  source: 'Danh sách thử',
  province: 'Tỉnh Thử',
  columns: { name: 'Tên', kind: 'Loại', address: 'Địa chỉ', commune: 'Xã', phone: 'Điện thoại', lat: 'Vĩ độ', lng: 'Kinh độ', units: 'Đơn vị' },
  kinds: { 'Bưu điện': 'buu-dien', 'Đại lý thu': 'dai-ly-thu' },
};
const rowsOf = (csv: string) => parse(csv, { bom: true, relax_column_count: true }) as string[][];
const HEADER = 'Tên,Loại,Địa chỉ,Xã,Điện thoại,Vĩ độ,Kinh độ,Đơn vị\n';

describe('importPoints', () => {
  test('a good CSV becomes a points file', () => {
    const { points, issues } = importPoints(FILE, rowsOf(`${HEADER}Bưu điện xã An Hà,Bưu điện,Số 1 đường Chợ,Xã An Hà,0204 3854 123,"21,2917","106,3912",thu-2026/an-ha\nĐại lý thu thôn Đông,Đại lý thu,Nhà văn hóa thôn Đông,Xã An Hà,,,,\n`), config);
    expect(issues).toEqual([]);
    expect(points).toEqual({
      source: 'Danh sách thử',
      illustrative: false,
      points: [
        { id: 'buu-dien-xa-an-ha-xa-an-ha', name: 'Bưu điện xã An Hà', kind: 'buu-dien', address: 'Số 1 đường Chợ', commune: 'Xã An Hà', province: 'Tỉnh Thử', phone: '0204 3854 123', lat: 21.2917, lng: 106.3912, units: ['thu-2026/an-ha'] },
        { id: 'dai-ly-thu-thon-dong-xa-an-ha', name: 'Đại lý thu thôn Đông', kind: 'dai-ly-thu', address: 'Nhà văn hóa thôn Đông', commune: 'Xã An Hà', province: 'Tỉnh Thử', units: [] },
      ],
    });
  });

  test('bad rows: missing commune, bad phone, unknown kind — exact messages, nothing imported', () => {
    const csv = `${HEADER}Bưu điện xã An Hà,Bưu điện,Số 1 đường Chợ,,0204 3854 123,,,\nĐại lý thôn Tây,Đại lý thu,Nhà văn hóa,Xã An Hà,12345,,,\nĐiểm thu chợ,Chợ,Chợ xã,Xã An Hà,,,,\n`;
    const { points, issues } = importPoints(FILE, rowsOf(csv), config);
    expect(points).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'diem-thu.csv › dòng 2, cột "Xã": thiếu tên xã, phường',
      'diem-thu.csv › dòng 3, cột "Điện thoại": cần số điện thoại Việt Nam, ví dụ 0204 3854 123, 0912 345 678 hoặc 1900 9068; gặp: "12345"',
      'diem-thu.csv › dòng 4, cột "Loại": cần một trong: "Bưu điện", "Đại lý thu"; gặp: "Chợ"',
    ]);
  });

  test('a header the config names but the CSV lacks is one message listing the headers', () => {
    const { issues } = importPoints(FILE, rowsOf('Tên,Loại,Địa chỉ,Điện thoại\nA,Bưu điện,B,\n'), { ...config, columns: { name: 'Tên', kind: 'Loại', address: 'Địa chỉ', commune: 'Xã, phường' } });
    expect(issues.map(formatIssue)).toEqual(['diem-thu.csv › cột "Xã, phường": không có cột này trong dòng tiêu đề (có: "Tên", "Loại", "Địa chỉ", "Điện thoại")']);
  });

  test('the example CSV and config import to the committed example points', () => {
    const dir = path.join(ROOT, 'content/points');
    const csvConfig = JSON.parse(fs.readFileSync(path.join(dir, 'csv/diem-thu-mau.config.json'), 'utf8')) as PointsImportConfig;
    const { points } = importPoints('x.csv', rowsOf(fs.readFileSync(path.join(dir, 'csv/diem-thu-mau.csv'), 'utf8')), csvConfig);
    expect(points).toEqual(JSON.parse(fs.readFileSync(path.join(dir, 'diem-thu-mau.json'), 'utf8')));
  });
});

describe('checkPoints', () => {
  const file = (text: string) => [{ file: 'content/points/a.json', bytes: new TextEncoder().encode(text) }];
  test('schema errors name the JSON path; duplicate ids are errors', () => {
    const point = { id: 'a', name: 'A', kind: 'buu-dien', address: 'B', commune: 'Xã C', province: 'Tỉnh D' };
    expect(checkPoints(file(JSON.stringify({ source: 'S', points: [point, { ...point, phone: '0123' }] }))).errors.map(formatIssue)).toEqual([
      'content/points/a.json › points[1].phone: cần số điện thoại Việt Nam, ví dụ 0204 3854 123, 0912 345 678 hoặc 1900 9068; gặp: "0123"',
    ]);
    expect(checkPoints(file(JSON.stringify({ source: 'S', points: [point, point] }))).errors.map(formatIssue)).toEqual([
      'content/points/a.json › points[1].id: mỗi điểm thu cần một mã riêng (trùng với points[0]); gặp: "a"',
    ]);
    expect(checkPoints(file('')).errors.map(formatIssue)).toEqual(['content/points/a.json: tệp rỗng: cần { "source": …, "points": [ … ] } (tạo bằng npm run points:import)']);
  });
});

describe('points view', () => {
  const p = (commune: string, name: string, units: string[] = []) => ({ id: name, name, kind: 'buu-dien' as const, address: 'Số 1', commune, district: 'Huyện Lục Nam', province: 'Tỉnh Bắc Giang', units });
  test('grouped by commune in Vietnamese order, with an anchor each', () => {
    const groups = groupByCommune([{ source: 'S', illustrative: true, points: [p('Xã Đông Phú', 'B'), p('Thị trấn Đồi Ngô', 'A'), p('Xã Đông Phú', 'A')] }]);
    expect(groups.map((g) => [g.anchor, g.points.map((x) => x.name)])).toEqual([
      ['xa-thi-tran-doi-ngo-huyen-luc-nam-tinh-bac-giang', ['A']],
      ['xa-xa-dong-phu-huyen-luc-nam-tinh-bac-giang', ['A', 'B']],
    ]);
  });
  test('"Chỉ đường" opens the maps app with the coordinates, or the address', () => {
    expect(directionsUrl({ ...p('Xã A', 'A'), lat: 21.29, lng: 106.39 })).toBe('https://www.google.com/maps/search/?api=1&query=21.29%2C106.39');
    expect(directionsUrl(p('Xã A', 'A'))).toBe('https://www.google.com/maps/search/?api=1&query=S%E1%BB%91%201%2C%20X%C3%A3%20A%2C%20Huy%E1%BB%87n%20L%E1%BB%A5c%20Nam%2C%20T%E1%BB%89nh%20B%E1%BA%AFc%20Giang');
    expect(telHref('0204 3854.123')).toBe('tel:02043854123');
  });
  test('a unit links to the points of its own and its children', () => {
    const groups = groupByCommune([{ source: 'S', illustrative: false, points: [p('Xã B', 'B', ['c/xa-b']), p('Xã A', 'A', ['c/huyen'])] }]);
    expect(pointsForUnits(groups, 'c', ['huyen', 'xa-b'])).toEqual({ count: 2, anchor: groups[0]!.anchor });
    expect(pointsForUnits(groups, 'c', ['xa-c'])).toBeNull();
  });
});
