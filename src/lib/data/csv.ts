// The data behind a unit page as CSV (UTF-8 with BOM so spreadsheet programs show Vietnamese):
// one row per unit (the unit itself, then its children) and indicator. Text cells that start like
// a formula (=, +, -, @) get a leading ' (csv-stringify's escape_formulas), so a unit name such
// as "=HYPERLINK(…)" stays text in Excel or LibreOffice instead of running (CSV injection).
import { stringify } from 'csv-stringify/sync';
import { STATUS } from '../charts/svg.ts';
import { viProgress } from '../../i18n/vi-progress.ts';
import { rateSeries } from './rates.ts';
import type { Model } from './unit-view.ts';

export function unitCsv(model: Model, unitId: string): string {
  const unitIds = [unitId, ...(model.tree.children.get(unitId) ?? []).map((u) => u.id)];
  const rows: (string | number)[][] = [['ma_don_vi', 'ten_don_vi', 'cap', 'chi_tieu_so', 'cach_tinh', 'tu_ngay', 'den_ngay', 'so_lieu_den_ngay', 'da_dat', 'chi_tieu', 'ty_le_phan_tram', 'tinh_trang', 'chi_tieu_toi_da']];
  for (const ind of model.indicators) {
    const table = model.tables.get(ind.id)!;
    const m = table.measure;
    for (const id of unitIds) {
      const u = model.tree.units.get(id)!;
      const p = table.byUnit.get(id)!;
      rows.push([u.id, u.name, u.level, ind.label, m.kind === 'period' ? 'moi-trong-dot' : m.kind === 'year' ? 'ca-nam' : 'chi-tieu', m.start, m.end, m.asOf ?? '', p.attained ?? '', p.target ?? '', p.percent === null ? '' : p.percent.toFixed(2), STATUS[p.status].label, '']);
    }
  }
  // Percentage indicators: one row per unit and year; target, its upper end and result in percent.
  for (const id of unitIds) {
    const u = model.tree.units.get(id)!;
    for (const series of rateSeries(model.snapshot, model.rateIndicators, id)) {
      for (const y of series.years) {
        const status = y.status === 'dat' ? viProgress.rateStatus.dat : y.status === 'chua-dat' ? viProgress.rateStatus['chua-dat'] : viProgress.status['chua-ro'];
        rows.push([u.id, u.name, u.level, series.indicator.label, 'phan-tram', `${y.year}-01-01`, `${y.year}-12-31`, y.result?.date ?? '', y.result?.value ?? '', y.target?.min ?? '', '', status, y.target?.max ?? '']);
      }
    }
  }
  return `\uFEFF${stringify(rows, { escape_formulas: true })}`;
}
