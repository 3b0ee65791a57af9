import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { FORMAT_NAMES } from '../../../src/lib/images/formats.ts';

const entries = checkContent(readContentSources(path.resolve(import.meta.dirname, '../../../content'))).entries;

describe('entryImageJobs: undated message images', () => {
  const jobs = entryImageJobs(entries).filter((j) => j.kind === 'thong-diep' && j.id === 'bac-giang-2023-1');

  test('every format once dated and once undated, through the same job list as every other image', () => {
    expect(jobs.filter((j) => !j.undated).map((j) => j.format)).toEqual([...FORMAT_NAMES]);
    expect(jobs.filter((j) => j.undated).map((j) => j.path)).toEqual(FORMAT_NAMES.map((f) => `/anh/thong-diep/bac-giang-2023-1/${f}-khong-ngay.png`));
  });

  test('the undated one names no campaign and no date; the slogan and the QR target stay', () => {
    const dated = jobs.find((j) => !j.undated)!.props;
    const undated = jobs.find((j) => j.undated)!.props;
    expect(`${dated.kicker} ${dated.detail}`).toMatch(/Bắc Giang.*2023/);
    const printed = `${undated.kicker} ${undated.headline} ${undated.detail ?? ''}`;
    expect(printed).not.toMatch(/Bắc Giang|2023|\d{1,2}\/\d{1,2}/);
    expect(undated.kicker).toBe('Thông điệp');
    expect(undated.headline).toBe(dated.headline);
    expect(undated.url).toBe(dated.url);
  });
});
