// The fast measure (batched satori layouts, remembered answers, scaled estimates) must choose
// exactly the size a plain search would: the one-by-one binary search over the candidates, each
// step a full satori layout of the text and of its words with glyphs drawn, as the card is drawn.
// (That the plain search's answer is the largest size that fits is fit-text.test.ts's business.)
import fs from 'node:fs';
import path from 'node:path';
import satori from 'satori';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../src/lib/content/check-content.ts';
import { readContentSources } from '../../../src/integrations/content-files.ts';
import { loadAssets, type LoadedAssets } from '../../../src/integrations/images/assets.ts';
import { cardLayout } from '../../../src/lib/images/card-layout.ts';
import { normalizeProps } from '../../../src/lib/images/card-props.ts';
import { textStyle } from '../../../src/lib/images/card-tree.ts';
import { entryImageJobs } from '../../../src/lib/images/entry-images.ts';
import { candidateSizes, fitText, type Measure, type TextSlot } from '../../../src/lib/images/fit-text.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';
import { progressImageJobs } from '../../../src/lib/images/progress-images.ts';
import { progressLayout } from '../../../src/lib/images/progress-layout.ts';
import { createSatoriMeasure } from '../../../src/lib/images/satori-measure.ts';
import { buildModel } from '../../../src/lib/data/unit-view.ts';
import { snapshotSchema } from '../../../src/schemas/snapshot.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const entries = checkContent(readContentSources(path.join(ROOT, 'content'))).entries;
let assets: LoadedAssets;
vi.setConfig({ testTimeout: 300_000 });

beforeAll(() => {
  assets = loadAssets(ROOT, entries.site!.logo);
});

/** satori's full layout of the text in a box of the slot's width, and of each word alone. */
function plainMeasure(fonts: LoadedAssets['fonts']): Measure {
  return async (slot, size) => {
    const words = [...new Set(slot.text.split(/[\s\u200B]+/).filter(Boolean))];
    const style = textStyle(slot, size, '#000');
    const found = new Map<string, { width: number; height: number }>();
    const width = Math.max(slot.width * 4, 2000);
    const children = [
      { type: 'div', key: 'block', props: { style, children: slot.text } },
      ...words.map((word, i) => ({ type: 'div', key: `w${i}`, props: { style: { ...style, width: 'auto' }, children: word } })),
    ];
    await satori({ type: 'div', props: { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', width }, children } } as never, {
      width,
      height: 100_000,
      fonts,
      onNodeDetected: (n) => n.key !== undefined && found.set(String(n.key), n),
    });
    return { height: found.get('block')!.height, widestWord: Math.max(0, ...words.map((_, i) => found.get(`w${i}`)!.width)) };
  };
}

/** The plain search: fitText's binary search with nothing but one full layout per step. */
function largestThatFits(slot: TextSlot, measure: Measure): Promise<number> {
  return fitText(slot, (s, size) => measure(s, size));
}

function exampleSlots(): { card: string; slots: TextSlot[] }[] {
  const cards = entryImageJobs(entries)
    .filter((j) => ['og', 'square', 'banner'].includes(j.format))
    .map((j) => ({ card: j.path, slots: Object.values(cardLayout(FORMATS[j.format], normalizeProps(j.props)).slots).filter((s): s is NonNullable<typeof s> => s !== null) }));
  const dataDir = path.join(ROOT, 'content/data');
  const file = fs.readdirSync(dataDir).find((f) => f.endsWith('.json') && !f.startsWith('_'))!;
  const snapshot = snapshotSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')));
  const progress = progressImageJobs(buildModel(snapshot), { site: entries.site!, campaignTitle: 'Chiến dịch' }, file)
    .filter((j) => j.format === 'og')
    .slice(0, 12)
    .map((j) => ({ card: j.path, slots: Object.values(progressLayout(FORMATS[j.format], normalizeProps(j.props)).slots) }));
  return [...cards, ...progress];
}

describe('createSatoriMeasure', () => {
  test('every text of the example images gets exactly the size a plain one-by-one satori search gives', async () => {
    const fast = createSatoriMeasure(assets.fonts);
    const plain = plainMeasure(assets.fonts);
    const cards = exampleSlots();
    expect(cards.length).toBeGreaterThan(40);
    let compared = 0;
    for (const { card, slots } of cards) {
      // As the renderer does: every slot of a card at once, sharing layouts.
      const chosen = await Promise.all(slots.map((slot) => fitText(slot, fast)));
      for (const [i, slot] of slots.entries()) {
        expect(chosen[i], `${card} › ${slot.label}`).toBe(await largestThatFits(slot, plain));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(250);
  });

  test('a card’s slots share satori layouts, and texts every card repeats are measured once', async () => {
    const fast = createSatoriMeasure(assets.fonts);
    const jobs = entryImageJobs(entries).filter((j) => j.format === 'og');
    for (const job of jobs) {
      const layout = cardLayout(FORMATS.og, normalizeProps(job.props));
      await Promise.all(Object.values(layout.slots).flatMap((s) => (s ? [fitText(s, fast)] : [])));
    }
    // Six texts a card, each needing two sizes measured and its words' widths: one-by-one that
    // is well over ten layouts a card; batched, about one (words) plus one (sizes).
    expect(fast.layouts).toBeLessThanOrEqual(2 * jobs.length);
    const before = fast.layouts;
    const agency = cardLayout(FORMATS.og, normalizeProps(jobs[0]!.props)).slots.agency;
    await fitText({ ...agency }, fast);
    expect(fast.layouts).toBe(before);
  });

  test('the estimate is only a guess: a wrong one still ends on the largest size that fits', async () => {
    const fast = createSatoriMeasure(assets.fonts);
    const plain = plainMeasure(assets.fonts);
    const slot = cardLayout(FORMATS.square, normalizeProps(entryImageJobs(entries).find((j) => j.kind === 'thong-diep')!.props)).slots.headline;
    const expected = await largestThatFits(slot, plain);
    const sizes = candidateSizes(slot.maxSize, slot.minSize);
    for (const wrong of [0, sizes.length - 1, Math.floor(sizes.length / 2)]) {
      const misled: Measure = Object.assign((s: TextSlot, size: number) => fast(s, size), { estimate: async () => wrong });
      expect(await fitText(slot, misled), `guess ${sizes[wrong]}`).toBe(expected);
    }
  });
});

describe('a satori failure', () => {
  test('reaches every text waiting in the same layout, so the build stops with the error instead of hanging', async () => {
    // No fonts: satori refuses to lay out. The block and the word widths asked in the same turn both fail.
    const measure = createSatoriMeasure([]);
    const slot: TextSlot = { label: 'Nội dung chính', text: 'Tham gia BHXH tự nguyện để có lương hưu', width: 400, height: 100, maxSize: 40, minSize: 20, weight: 800, lineHeight: 1.2 };
    const hang = new Promise<string>((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000));
    const settled = await Promise.race([Promise.allSettled([measure(slot, 40), measure.naturalWidths(['Loa'], 700)]), hang]);
    expect(settled).toEqual([
      { status: 'rejected', reason: new Error('No fonts are loaded. At least one font is required to calculate the layout.') },
      { status: 'rejected', reason: new Error('No fonts are loaded. At least one font is required to calculate the layout.') },
    ]);
  });
});
