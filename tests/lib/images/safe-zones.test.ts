// Where the medium hides things, nothing essential: a story's top and bottom 14 % (the app's
// bars) and a roll-up standee's bottom 15 % (its base) hold only background and brand colour.
// Checked on the layout (every text box and the QR code outside the zones) and on the pixels of
// the longest seed message (the zones contain no colour but the background and the band's).
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { loadAssets, type LoadedAssets } from '../../../src/integrations/images/assets.ts';
import { cardLayout } from '../../../src/lib/images/card-layout.ts';
import { normalizeProps } from '../../../src/lib/images/card-props.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { FORMATS, type FormatName } from '../../../src/lib/images/formats.ts';
import { renderCard } from '../../../src/lib/images/render-card.ts';
import { rgba } from '../../helpers/pixels.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
const longest = entryImageJobs(entries)
  .filter((j) => j.kind === 'thong-diep')
  .sort((a, b) => b.props.headline.length - a.props.headline.length)[0]!.props;
let assets: LoadedAssets;
vi.setConfig({ testTimeout: 300_000 });

beforeAll(() => {
  assets = loadAssets(ROOT, entries.site!.logo);
});

// Written out from the brief: story 14 % top and bottom, standee 15 % bottom.
const ZONES: [FormatName, number, number][] = [
  ['story', 0.14, 0.14],
  ['standee', 0, 0.15],
];

describe.each(ZONES)('%s', (name, topShare, bottomShare) => {
  const format = FORMATS[name];
  const top = Math.ceil(format.height * topShare);
  const bottom = Math.floor(format.height * (1 - bottomShare));

  test('every text box and the QR code lie between the zones', () => {
    const layout = cardLayout(format, normalizeProps(longest));
    const boxes = [...Object.values(layout.slots).filter((s) => s !== null), ...(layout.qr ? [layout.qr] : []), layout.logo];
    expect(boxes.length).toBeGreaterThanOrEqual(6);
    for (const box of boxes) {
      expect(box.y, JSON.stringify(box)).toBeGreaterThanOrEqual(top);
      expect(box.y + box.height, JSON.stringify(box)).toBeLessThanOrEqual(bottom);
    }
  });

  test('the drawn zones hold only the background and the brand colour', async () => {
    const { png } = await renderCard(format, longest, assets);
    const { data, info } = await rgba(png);
    const hex = (c: string) => c.toLowerCase();
    const allowed = new Set([hex(longest.colors.background), hex(longest.colors.primary)]);
    const seen = new Set<string>();
    const rows = [...Array.from({ length: top }, (_, y) => y), ...Array.from({ length: info.height - bottom }, (_, i) => bottom + i)];
    for (const y of rows) {
      for (let x = 0; x < info.width; x++) {
        const i = (y * info.width + x) * 4;
        seen.add(`#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`);
      }
    }
    expect(rows.length).toBeGreaterThan(0);
    expect([...seen].filter((c) => !allowed.has(c))).toEqual([]);
  });
});
