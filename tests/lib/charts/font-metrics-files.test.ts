// The generated advance tables are those of the font files today (npm run charts:metrics): a
// font update without regenerating them would measure chart and image text with stale widths.
// Its own file so the mutation run (vitest.mutation.config.ts) can leave it out: StrykerJS
// rewrites the sources in place, so their text never matches there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontMetricsSource, imageFontMetricsSource } from '../../../src/integrations/font-metrics-source.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('font metrics', () => {
  it('src/lib/charts/font-metrics.ts (served fonts) and src/lib/images/image-font-metrics.ts (image TTFs) are generated and up to date (npm run charts:metrics)', () => {
    expect(fs.readFileSync(path.join(ROOT, 'src/lib/charts/font-metrics.ts'), 'utf8')).toBe(fontMetricsSource());
    expect(fs.readFileSync(path.join(ROOT, 'src/lib/images/image-font-metrics.ts'), 'utf8')).toBe(imageFontMetricsSource());
  });
});
