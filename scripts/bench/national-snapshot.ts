// The national participation snapshot for `npm run bench`, in the format of the data branch's
// content/data/*.json (same shape and sizes as its scripts/bench-data.ts): 34 provinces, ~3,300
// communes, ~30,000 residential groups, 20 weekly dates, 4 indicators. Deterministic.
import fs from 'node:fs';
import path from 'node:path';

const INDICATORS = ['bhxh-tu-nguyen', 'bhxh-bat-buoc', 'bhtn', 'bhyt'];

export function writeNationalSnapshot(contentDir: string, campaign: string): { units: number; figures: number } {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const units: object[] = [{ id: 'viet-nam', name: 'Cả nước', level: 'quốc gia', parent: null }];
  const figures: object[] = [];
  const targets: object[] = [];
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
        for (const indicator of INDICATORS) {
          let value = Math.floor(rand() * 200);
          const start = value;
          for (const date of dates) {
            value += Math.floor(rand() * 6);
            figures.push({ unit: group, indicator, date, value });
          }
          targets.push({ unit: group, indicator, year: 2026, period: { start: dates[0], end: '2026-06-30' }, periodNew: 60 + Math.floor(rand() * 40), remainderNew: null, yearTotal: start + 150, coverage: [] });
        }
      }
    }
  }
  const snapshot = { campaign, source: 'Số liệu tổng hợp (giả lập cho đo hiệu năng)', counts: 'total', indicators: [], units, figures, targets, notes: [] };
  fs.mkdirSync(path.join(contentDir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(contentDir, 'data', 'ca-nuoc-gia-lap.json'), JSON.stringify(snapshot));
  return { units: units.length, figures: figures.length };
}
