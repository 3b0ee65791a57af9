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
import { indicatorsOf } from '../../../src/lib/data/validate.ts';

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

describe('rateSeries: what goes in a unit’s row', () => {
  const kg = () => load('kien-giang-2021-2025');
  const collaborators = (s: ReturnType<typeof kg>, unit = 'tinh-kien-giang', indicators = buildModel(s).rateIndicators) =>
    rateSeries(s, indicators, unit).find((r) => r.indicator.id === 'tap-huan-cong-tac-vien')?.years;

  it('only percentage indicators, and only the unit’s own targets and results', () => {
    const s = kg();
    // A head-count indicator with a figure, and a district's target and result: none of them in the province's rows.
    s.indicators.push({ id: 'so-nguoi', label: 'Số người', unit: 'người', kind: 'count' });
    s.figures.push({ unit: 'tinh-kien-giang', indicator: 'so-nguoi', date: '2021-12-31', value: 1200 });
    s.targets.push({ unit: 'huyen-khac', indicator: 'tap-huan-cong-tac-vien', year: 2030, periodNew: null, remainderNew: null, yearTotal: null, coverage: [], percent: 90 });
    s.figures.push({ unit: 'huyen-khac', indicator: 'tap-huan-cong-tac-vien', date: '2021-12-31', value: 99 });
    const series = rateSeries(s, indicatorsOf(s), 'tinh-kien-giang');
    expect(series.map((r) => r.indicator.id)).not.toContain('so-nguoi');
    const years = series.find((r) => r.indicator.id === 'tap-huan-cong-tac-vien')!.years;
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(years[0]!.result).toBeNull();
  });

  it('a unit with no target and no result has no rows', () => {
    expect(collaborators(kg(), 'khong-co-don-vi-nay')).toBeUndefined();
  });

  it('years oldest first whatever the order in the file; the latest result of a year whatever its place', () => {
    const s = kg();
    s.targets.push({ unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', year: 2020, periodNew: null, remainderNew: null, yearTotal: null, coverage: [], percent: 20 });
    s.figures.push({ unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', date: '2021-12-31', value: 36 }, { unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', date: '2021-06-30', value: 10 });
    const years = collaborators(snapshotSchema.parse(s))!;
    expect(years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years[1]!.result).toEqual({ value: 36, date: '2021-12-31' });
  });

  it('a result exactly at the target’s lower end has reached it', () => {
    const s = kg();
    s.figures.push({ unit: 'tinh-kien-giang', indicator: 'tap-huan-cong-tac-vien', date: '2021-12-31', value: 35 });
    expect(collaborators(s)![0]!.status).toBe('dat');
  });
});

describe('progressIndex: the kind of each campaign', () => {
  it('a plan with head counts is never listed as "rates" for having percentage targets too; a rates-only plan has no child level', () => {
    const tv = load('tra-vinh-2023');
    tv.indicators.push({ id: 'tap-huan', label: 'Tập huấn', unit: '%', kind: 'percent', denominator: 'cán bộ' });
    tv.targets.push({ unit: 'tra-vinh', indicator: 'tap-huan', year: 2023, periodNew: null, remainderNew: null, yearTotal: null, coverage: [], percent: 100 });
    const [tvRow, kgRow] = progressIndex([buildModel(snapshotSchema.parse(tv)), buildModel(load('kien-giang-2021-2025'))], (id) => id);
    expect([tvRow!.kind, tvRow!.total, tvRow!.childLevel]).toEqual(['targets-only', 10, 'phường, xã']);
    expect([kgRow!.kind, kgRow!.childLevel, kgRow!.years]).toEqual(['rates', '', [2021, 2025]]);
  });

  it('campaigns with figures before those without, newest figures first', () => {
    const rows = progressIndex(['tra-vinh-2023', 'bac-giang-2023', 'tho-xuong-2024'].map((n) => buildModel(load(n))), (id) => id);
    expect(rows.map((r) => r.campaign)).toEqual(['tho-xuong-2024', 'bac-giang-2023', 'tra-vinh-2023']);
  });
});
