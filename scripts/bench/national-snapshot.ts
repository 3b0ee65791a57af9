// The national participation snapshot for `npm run bench`, in the format of the data branch's
// content/data/*.json (also the data of `npm run bench:data`): 34 provinces, ~3,300
// communes, ~30,000 residential groups, 20 weekly dates, 4 indicators. Deterministic.
// `levels` bounds the tree (and so the number of progress pages, one per unit): 3 keeps every
// level (the national snapshot, ~32,000 pages); 2 stops at communes (~3,300), 1 at
// provinces (35). The counts of the levels left out are summed into their ancestor, so the
// totals stay those of the full snapshot.
import fs from 'node:fs';
import path from 'node:path';

import { STANDARD_INDICATORS, type Snapshot } from '../../src/schemas/snapshot.ts';

/** The whole synthetic national snapshot (every level), the same on every run (seeded). */
export function nationalSnapshot(campaign: string): Snapshot {
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
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
        for (const { id: indicator } of STANDARD_INDICATORS) {
          let value = Math.floor(rand() * 200);
          const start = value;
          for (const date of dates) {
            value += Math.floor(rand() * 6);
            figures.push({ unit: group, indicator, date, value });
          }
          targets.push({ unit: group, indicator, year: 2026, period: { start: dates[0]!, end: '2026-06-30' }, periodNew: 60 + Math.floor(rand() * 40), remainderNew: null, yearTotal: start + 150, coverage: [] });
        }
      }
    }
  }
  return { campaign, source: 'Số liệu tổng hợp (giả lập cho đo hiệu năng)', counts: 'total', indicators: [], units, figures, targets, notes: [], staffNotes: [] };
}

export function writeNationalSnapshot(contentDir: string, campaign: string, levels = 3): { units: number; figures: number } {
  const full = nationalSnapshot(campaign);
  const bounded = levels >= 3 ? full : bound(full.units, full.figures, full.targets, levels);
  const snapshot = { ...full, units: bounded.units, figures: bounded.figures, targets: bounded.targets };
  fs.mkdirSync(path.join(contentDir, 'data'), { recursive: true });
  fs.writeFileSync(path.join(contentDir, 'data', 'ca-nuoc-gia-lap.json'), JSON.stringify(snapshot));
  return { units: bounded.units.length, figures: bounded.figures.length };
}

type Unit = Snapshot['units'][number];
type Figure = Snapshot['figures'][number];
type Target = Snapshot['targets'][number];

/** Keeps the units down to depth `levels` (country = 0); figures and targets summed into them. */
function bound(units: Unit[], figures: Figure[], targets: Target[], levels: number) {
  const parent = new Map(units.map((u) => [u.id, u.parent]));
  const depth = (id: string): number => (parent.get(id) === null ? 0 : 1 + depth(parent.get(id)!));
  const kept = (id: string): string => (depth(id) <= levels ? id : kept(parent.get(id)!));
  const figureSums = new Map<string, Figure>();
  for (const f of figures) {
    const key = `${kept(f.unit)}|${f.indicator}|${f.date}`;
    const sum = figureSums.get(key) ?? { ...f, unit: kept(f.unit), value: 0 };
    sum.value = (sum.value ?? 0) + (f.value ?? 0);
    figureSums.set(key, sum);
  }
  const targetSums = new Map<string, Target>();
  for (const t of targets) {
    const key = `${kept(t.unit)}|${t.indicator}`;
    const sum = targetSums.get(key) ?? { ...t, unit: kept(t.unit), periodNew: 0, yearTotal: 0 };
    sum.periodNew = (sum.periodNew ?? 0) + (t.periodNew ?? 0);
    sum.yearTotal = (sum.yearTotal ?? 0) + (t.yearTotal ?? 0);
    targetSums.set(key, sum);
  }
  return { units: units.filter((u) => depth(u.id) <= levels), figures: [...figureSums.values()], targets: [...targetSums.values()] };
}
