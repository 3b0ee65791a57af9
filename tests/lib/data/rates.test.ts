// Multi-year plans in percentages: the Kiên Giang snapshot holds the plan's yearly targets (seed
// kien-giang-tuyen-truyen-den-2025.txt, section II.2), with no results; the index and the page
// read them year by year.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';
import { rateSeries } from '../../../src/lib/data/rates.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { progressIndex } from '../../../src/lib/data/progress-index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const load = (name: string) => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'content/data', `${name}.json`), 'utf8')));

describe('rateSeries', () => {
  it('Kiên Giang: 45 % → 65 % of the labour force on social insurance, 15 % → 35 % on voluntary insurance, collaborators 35–50 %, 70 %, then 100 %', () => {
    const s = load('kien-giang-2021-2025');
    const model = buildModel(s);
    expect(model.indicators).toEqual([]);
    const series = rateSeries(s, model.rateIndicators, 'tinh-kien-giang');
    const targets = (id: string) => series.find((r) => r.indicator.id === id)!.years.map((y) => [y.year, y.target!.min, y.target!.max]);
    expect(targets('tuyen-truyen-bhxh')).toEqual([[2021, 45, null], [2022, 50, null], [2023, 55, null], [2024, 60, null], [2025, 65, null]]);
    expect(targets('tuyen-truyen-bhxh-tu-nguyen')).toEqual([[2021, 15, null], [2022, 20, null], [2023, 25, null], [2024, 30, null], [2025, 35, null]]);
    expect(targets('tap-huan-cong-tac-vien')).toEqual([[2021, 35, 50], [2022, 70, null], [2023, 100, null], [2024, 100, null], [2025, 100, null]]);
    expect(series.flatMap((r) => r.years).every((y) => y.result === null && y.status === 'chua-ro')).toBe(true);
    expect(series[0]!.indicator.denominator).toBe('lực lượng lao động trong độ tuổi của tỉnh');
  });

  it('takes the latest result of each year and compares it with the target’s lower end', () => {
    const s = load('kien-giang-2021-2025');
    s.figures.push({ unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', date: '2021-06-30', value: 30 }, { unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', date: '2021-12-31', value: 41.5 }, { unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', date: '2022-12-31', value: 64 });
    const years = rateSeries(s, buildModel(s).rateIndicators, 'tinh-kien-giang').find((r) => r.indicator.id === 'tap-huan-cong-tac-vien')!.years;
    expect(years.slice(0, 2).map((y) => [y.result, y.status])).toEqual([[{ value: 41.5, date: '2021-12-31' }, 'dat'], [{ value: 64, date: '2022-12-31' }, 'chua-dat']]);
  });
});

describe('progressIndex', () => {
  it('lists every snapshot, newest figures first, with status, date and units on track', () => {
    const models = ['bac-giang-2023', 'tho-xuong-2024', 'tra-vinh-2023', 'kien-giang-2021-2025'].map((n) => buildModel(load(n)));
    const rows = progressIndex(models, (id) => `Chiến dịch ${id}`);
    expect(rows.map((r) => [r.campaign, r.kind, r.status, r.latest, r.onTrack, r.total])).toEqual([
      ['tho-xuong-2024', 'progress', 'cham', '2024-04-24', 4, 17],
      ['bac-giang-2023', 'progress', 'cham', '2023-05-21', 3, 10],
      ['tra-vinh-2023', 'targets-only', null, null, 0, 10],
      ['kien-giang-2021-2025', 'rates', null, null, 0, 0],
    ]);
    expect(rows[3]!.years).toEqual([2021, 2025]);
    expect(rows[1]!.href).toBe('/tien-do/bac-giang-2023/');
  });
});
