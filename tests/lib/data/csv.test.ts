// du-lieu.csv cell by cell, on snapshots worked out by hand: a campaign window (May 2024, figures
// of 30/4 and 21/5), the year, targets only, and a percentage indicator with a row per year.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { unitCsv } from '../../../src/lib/data/csv.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';

const HEADER = ['ma_don_vi', 'ten_don_vi', 'cap', 'chi_tieu_so', 'cach_tinh', 'tu_ngay', 'den_ngay', 'so_lieu_den_ngay', 'da_dat', 'chi_tieu', 'ty_le_phan_tram', 'tinh_trang', 'chi_tieu_toi_da'];
const units = [
  { id: 'xa', name: 'Xã A', level: 'xã', parent: null },
  { id: 't1', name: 'Thôn 1', level: 'thôn', parent: 'xa' },
  { id: 't2', name: 'Thôn 2', level: 'thôn', parent: 'xa' },
];
const rows = (raw: object, unit = 'xa') => {
  const csv = unitCsv(buildModel(snapshotSchema.parse({ campaign: 'x', source: 's', units, ...raw })), unit);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return parse(csv.slice(1)) as string[][];
};
const figures = (date: string, values: [number, number, number]) => units.map((u, i) => ({ unit: u.id, date, value: values[i] }));

describe('unitCsv', () => {
  it('a campaign window: new participants since the baseline, against the period target, and a percentage row per year', () => {
    const raw = {
      indicators: [{ id: 'ty-le', label: 'Tỷ lệ lao động được tuyên truyền', kind: 'percent', denominator: 'lực lượng lao động' }],
      figures: [
        ...figures('2024-04-30', [100, 40, 60]),
        ...figures('2024-05-21', [130, 55, 75]),
        { unit: 'xa', indicator: 'ty-le', date: '2023-12-31', value: 38.5 },
        { unit: 'xa', indicator: 'ty-le', date: '2024-06-30', value: 40 },
      ],
      targets: [
        { unit: 'xa', year: 2024, period: { start: '2024-05-01', end: '2024-05-31' }, periodNew: 60, yearTotal: 300 },
        { unit: 't1', year: 2024, periodNew: 20 },
        { unit: 't2', year: 2024, periodNew: 40 },
        { unit: 'xa', indicator: 'ty-le', year: 2022, percent: 30 },
        { unit: 'xa', indicator: 'ty-le', year: 2023, percent: 35, percentMax: 50 },
        { unit: 'xa', indicator: 'ty-le', year: 2024, percent: 45 },
      ],
    };
    const window = ['BHXH tự nguyện', 'moi-trong-dot', '2024-05-01', '2024-05-31', '2024-05-21'];
    const rate = ['Tỷ lệ lao động được tuyên truyền', 'phan-tram'];
    expect(rows(raw)).toEqual([
      HEADER,
      // 21 of May's 31 days: on schedule means 21/31 of the target. 30 of 60 is behind; 15 of 20 is not.
      ['xa', 'Xã A', 'xã', ...window, '30', '60', '50.00', 'Chậm', ''],
      ['t1', 'Thôn 1', 'thôn', ...window, '15', '20', '75.00', 'Đúng tiến độ', ''],
      ['t2', 'Thôn 2', 'thôn', ...window, '15', '40', '37.50', 'Chậm', ''],
      // No result in 2022; 38,5 % ≥ 35 % in 2023 (range up to 50 %); 40 % < 45 % in 2024.
      ['xa', 'Xã A', 'xã', ...rate, '2022-01-01', '2022-12-31', '', '', '30', '', 'Chưa rõ', ''],
      ['xa', 'Xã A', 'xã', ...rate, '2023-01-01', '2023-12-31', '2023-12-31', '38.5', '35', '', 'Đạt', '50'],
      ['xa', 'Xã A', 'xã', ...rate, '2024-01-01', '2024-12-31', '2024-06-30', '40', '45', '', 'Chưa đạt', ''],
    ]);
    // A village's own file: the village alone (no children), and no percentage rows (none of its own).
    expect(rows(raw, 't1')).toEqual([HEADER, ['t1', 'Thôn 1', 'thôn', ...window, '15', '20', '75.00', 'Đúng tiến độ', '']]);
  });

  it('the year: the total at the latest date against the year’s target; targets only: no figure, no status', () => {
    // 21/5/2024 is day 142 of 366: 130 × 366 ≥ 300 × 142, on schedule.
    expect(rows({ figures: [{ unit: 'xa', date: '2024-05-21', value: 130 }], targets: [{ unit: 'xa', year: 2024, yearTotal: 300 }] }).slice(1, 2)).toEqual([
      ['xa', 'Xã A', 'xã', 'BHXH tự nguyện', 'ca-nam', '2024-01-01', '2024-12-31', '2024-05-21', '130', '300', '43.33', 'Đúng tiến độ', ''],
    ]);
    expect(rows({ targets: [{ unit: 'xa', year: 2024, yearTotal: 300 }] }).slice(1, 2)).toEqual([
      ['xa', 'Xã A', 'xã', 'BHXH tự nguyện', 'chi-tieu', '2024-01-01', '2024-12-31', '', '', '300', '', 'Chưa rõ', ''],
    ]);
  });
});
