// npm run bench:data — a synthetic national snapshot (34 provinces, ~3,300 communes, ~30,000
// residential groups, 20 weekly dates, 4 indicators): time to parse, validate, aggregate and
// warn, peak memory, and milliseconds per chart. Prints a table; nothing is asserted.
import { buildModel, unitView } from '../src/lib/data/unit-view.ts';
import { parseSnapshotText, validateSnapshot } from '../src/lib/data/validate.ts';
import { unitCharts } from '../src/lib/charts/render.ts';
import { nationalSnapshot } from './bench/national-snapshot.ts';

const gc = (globalThis as { gc?: () => void }).gc;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 5);

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

const text = JSON.stringify(nationalSnapshot('toan-quoc-2026'));
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
