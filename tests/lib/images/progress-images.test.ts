// The progress images' content, checked against the snapshots themselves: the headline numbers on
// each page's card are the figures and targets written in content/data (recomputed here from the
// raw records, not from unit-view), with the date and the "minh họa" label where figures are made up.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { snapshotSchema, type Snapshot } from '../../../src/schemas/snapshot.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { formatDate, formatDecimal, formatNumber } from '../../../src/lib/format/vi-format.ts';
import { progressImageJobs, progressChartImagePath } from '../../../src/lib/images/progress-images.ts';
import { pageImagePath } from '../../../src/lib/images/image-paths.ts';
import { shortNames, type HeadlineSpec } from '../../../src/lib/images/progress-spec.ts';
import { progressRoutes } from '../../../src/lib/data/progress-routes.ts';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const site = entries.site!;
const dataDir = path.join(ROOT, 'content/data');
const snapshots: Snapshot[] = fs
  .readdirSync(dataDir)
  .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
  .map((f) => snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8'))));

function jobsOf(s: Snapshot) {
  const title = entries.campaigns.find((c) => c.id === s.campaign)!.data.title;
  return progressImageJobs(buildModel(s), { site, campaignTitle: title }, `content/data/${s.campaign}.json`);
}

describe('progress page cards', () => {
  test('every progress page has an og and a square card at the path its og:image names', () => {
    for (const s of snapshots) {
      const paths = new Set(jobsOf(s).map((j) => j.path));
      for (const u of s.units) {
        const og = pageImagePath(progressRoutes.unit(s.campaign, u.id, u.parent === null));
        expect(og.generic).toBe(false);
        expect(paths.has(og.path), og.path).toBe(true);
        expect(paths.has(og.path.replace(/og\.png$/, 'square.png'))).toBe(true);
      }
    }
  });

  test('the headline numbers are the snapshot’s own figures and targets', () => {
    let checked = 0;
    for (const s of snapshots) {
      const first = buildModel(s).indicators[0]!.id;
      for (const job of jobsOf(s).filter((j) => j.path.endsWith('/og.png'))) {
        const unitId = s.units.find((u) => job.props.headline === u.name)!.id;
        const spec = job.props.progress as HeadlineSpec;
        const target = s.targets.find((t) => t.unit === unitId && t.indicator === first);
        const figures = s.figures.filter((f) => f.unit === unitId && f.indicator === first && f.value !== null).sort((a, b) => a.date.localeCompare(b.date));
        if (!target) continue;
        if (target.period && target.periodNew !== null) {
          // The campaign window: new participants since the last figure before it opens (the
          // charts' rule), against the period target.
          const base = figures.filter((f) => f.date <= target.period!.start).at(-1);
          const latest = figures.filter((f) => f.date > target.period!.start && f.date <= target.period!.end).at(-1);
          if (!base || !latest) continue;
          const attained = latest.value! - base.value!;
          expect(spec.numbers).toBe(`${formatNumber(attained)} / ${formatNumber(target.periodNew)} người — ${formatDecimal((attained / target.periodNew) * 100, 1)} %`);
          expect(spec.asOf).toContain(`Số liệu đến ngày ${formatDate(latest.date)}`);
          expect(spec.illustrative).toBe(Boolean(latest.illustrative));
          if (latest.illustrative) expect(spec.asOf).toMatch(/minh họa/);
          checked++;
        } else if (figures.length === 0 && target.yearTotal !== null) {
          expect(spec.numbers).toBe(`Chỉ tiêu: ${formatNumber(target.yearTotal)} người`);
          expect(spec.percent).toBeNull();
          checked++;
        } else if (target.yearTotal !== null && figures.length > 0) {
          const latest = figures.filter((f) => f.date.startsWith(String(target.year))).at(-1);
          if (!latest || target.yearTotal === 0) continue;
          expect(spec.numbers).toBe(`${formatNumber(latest.value!)} / ${formatNumber(target.yearTotal)} người — ${formatDecimal((latest.value! / target.yearTotal) * 100, 1)} %`);
          checked++;
        }
      }
    }
    // Units with their own figures and targets in the example: most of them.
    const withTargets = snapshots.reduce((n, s) => n + new Set(s.targets.map((t) => t.unit)).size, 0);
    expect(checked).toBeGreaterThan(withTargets / 2);
  });

  test('the illustrative May 2023 series is labelled "minh họa" on the card of every unit it reaches', () => {
    for (const s of snapshots) {
      const illustrativeUnits = new Set(s.figures.filter((f) => f.illustrative).map((f) => f.unit));
      for (const job of jobsOf(s).filter((j) => j.path.endsWith('/og.png'))) {
        const unit = s.units.find((u) => u.name === job.props.headline)!;
        if (illustrativeUnits.has(unit.id)) expect((job.props.progress as HeadlineSpec).asOf, unit.name).toMatch(/số liệu minh họa/);
      }
    }
  });
});

describe('chart share images', () => {
  test('every unit with children gets a ranking image with one row per child, in the page’s order', () => {
    for (const s of snapshots) {
      const jobs = jobsOf(s);
      for (const u of s.units) {
        const kids = s.units.filter((k) => k.parent === u.id);
        const imageId = u.parent === null ? s.campaign : `${s.campaign}/${u.id}`;
        const indicator = buildModel(s).indicators[0]!.id;
        const ranking = jobs.find((j) => j.path === progressChartImagePath(imageId, indicator, 'attainment', 'og'));
        if (kids.length === 0) {
          expect(ranking).toBeUndefined();
          continue;
        }
        expect(ranking, u.name).toBeDefined();
        const spec = ranking!.props.progress!;
        expect(spec.kind).toBe('ranking');
        if (spec.kind !== 'ranking') continue;
        expect([...spec.rows.map((r) => r.name)].sort()).toEqual([...shortNames(kids)].sort());
      }
    }
  });

  test('level words repeated in every child name are left to the title ("Tổ dân phố Số 1" → "Số 1")', () => {
    expect(shortNames([{ name: 'Tổ dân phố Số 1', level: 'tổ dân phố' }, { name: 'Tổ dân phố Cung Nhượng 1', level: 'tổ dân phố' }])).toEqual(['Số 1', 'Cung Nhượng 1']);
    // Not when a name would become a bare number, or when one name lacks the prefix.
    expect(shortNames([{ name: 'Phường 1', level: 'phường' }])).toEqual(['Phường 1']);
    expect(shortNames([{ name: 'Phường 1', level: 'phường' }, { name: 'Xã Long Đức', level: 'xã' }])).toEqual(['Phường 1', 'Xã Long Đức']);
  });
});
