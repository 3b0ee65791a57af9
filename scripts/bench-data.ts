// npm run bench:data — a synthetic national snapshot (34 provinces, ~3,300 communes, ~30,000
// residential groups, 20 weekly dates, 4 indicators): time to parse, validate, aggregate and
// warn, peak memory, and milliseconds per chart. Prints a table; nothing is asserted.
import { buildModel, unitView } from '../src/lib/data/unit-view.ts';
import { parseSnapshotText, validateSnapshot } from '../src/lib/data/validate.ts';
import { unitCharts } from '../src/lib/charts/render.ts';
import { STANDARD_INDICATORS, type Snapshot } from '../src/schemas/snapshot.ts';

const gc = (globalThis as { gc?: () => void }).gc;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 5);

// Deterministic pseudo-random numbers so every run measures the same data.
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

function synthetic(): Snapshot {
  const units: Snapshot['units'] = [{ id: 'viet-nam', name: 'Cả nước', level: 'quốc gia', parent: null }];
  const figures: Snapshot['figures'] = [];
  const targets: Snapshot['targets'] = [];
  const dates = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 0, 4 + 7 * i)).toISOString().slice(0, 10));
  for (let p = 0; p < 34; p++) {
    const province = `tinh-${p + 1}`;
    units.push({ id: province, name: `Tỉnh ${p + 1}`, level: 'tỉnh', parent: 'viet-nam' });
    const communes = 90 + Math.floor(rand() * 15);
    for (let c = 0; c < communes; c++) {
      const commune = `${province}-xa-${c + 1}`;
      units.push({ id: commune, name: `Xã ${c + 1}`, level: 'xã', parent: province });
      const groups = 7 + Math.floor(rand() * 4);
      for (let g = 0; g < groups; g++) {
        const group = `${commune}-to-${g + 1}`;
        units.push({ id: group, name: `Tổ dân phố ${g + 1}`, level: 'tổ dân phố', parent: commune });
        for (const ind of STANDARD_INDICATORS) {
          let value = Math.floor(rand() * 200);
          const start = value;
          for (const date of dates) {
            value += Math.floor(rand() * 6);
            figures.push({ unit: group, indicator: ind.id, date, value });
          }
          targets.push({ unit: group, indicator: ind.id, year: 2026, period: { start: dates[0]!, end: '2026-06-30' }, periodNew: 60 + Math.floor(rand() * 40), remainderNew: null, yearTotal: start + 150, coverage: [] });
        }
      }
    }
  }
  return { campaign: 'toan-quoc-2026', source: 'Số liệu tổng hợp (giả lập)', counts: 'total', indicators: [], units, figures, targets, notes: [] };
}

const rows: [string, string][] = [];
const time = <T>(label: string, fn: () => T): T => {
  gc?.();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const out = fn();
  const cpu = process.cpuUsage(cpu0);
  rows.push([label, `${(performance.now() - t0).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`]);
  sample();
  return out;
};

const text = JSON.stringify(synthetic());
const raw = time('JSON.parse', () => parseSnapshotText('bench.json', text).raw);
const check = time('kiểm tra (zod + cây + số)', () => validateSnapshot('bench.json', raw, new Set(['toan-quoc-2026'])));
if (!check.snapshot) throw new Error(check.errors.slice(0, 3).map((e) => `${e.field}: ${e.expected}`).join('\n'));
const s = check.snapshot;
const model = time('tổng hợp + cảnh báo (4 chỉ tiêu)', () => buildModel(s));

time('dữ liệu trang cả nước lần đầu (chuỗi 20 ngày)', () => unitView(model, 'viet-nam', 'bhxh-tu-nguyen'));

function perChart(label: string, unitId: string, runs: number) {
  const v = unitView(model, unitId, 'bhxh-tu-nguyen');
  const t0 = performance.now();
  let charts = 0;
  for (let i = 0; i < runs; i++) charts = unitCharts(model, v).length;
  const ms = (performance.now() - t0) / runs / charts;
  rows.push([`${label}: ${charts} biểu đồ, ${v.children.length} đơn vị con`, `${ms.toFixed(2)} ms/biểu đồ`]);
}
perChart('trang cả nước', 'viet-nam', 5);
perChart('trang một tỉnh', 'tinh-1', 20);
perChart('trang một xã', 'tinh-1-xa-1', 50);
const viewStart = performance.now();
for (const u of s.units.slice(0, 1000)) unitView(model, u.id, 'bhxh-tu-nguyen');
rows.push(['dữ liệu trang của 1.000 đơn vị (sau lần đầu)', `${((performance.now() - viewStart) / 1000).toFixed(2)} ms/trang`]);
clearInterval(timer);
sample();

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(`Snapshot giả lập: ${s.units.length.toLocaleString('vi-VN')} đơn vị, ${s.figures.length.toLocaleString('vi-VN')} số liệu, ${s.targets.length.toLocaleString('vi-VN')} chỉ tiêu, JSON ${mb(text.length)}, ${model.warnings.length} cảnh báo`);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
console.log(`  ${'bộ nhớ đỉnh (RSS / heap)'.padEnd(width)}  ${mb(peakRss)} / ${mb(peakHeap)}`);
