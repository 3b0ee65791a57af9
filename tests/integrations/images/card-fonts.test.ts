// A card's cache key names the fonts it is drawn with. Noto Sans Khmer joins Be Vietnam Pro only
// on cards with Khmer text (assets.ts › usesKhmerFont): a Vietnamese card drawn by the build's
// render workers has the bytes of the same card drawn with Be Vietnam Pro alone, the fonts its
// key is made of. When every card was drawn with the Khmer font too, Vietnamese cards whose
// address holds zero-width wrap points changed under unchanged keys, and the determinism gate
// found a cached card and a fresh one that differed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadAssets, type LoadedAssets } from '../../../src/integrations/images/assets.ts';
import { ImageBuilder } from '../../../src/integrations/images/build-images.ts';
import { imageKey, rendererHashes } from '../../../src/integrations/images/image-key.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import type { ImageJob } from '../../../src/lib/images/entry-images.ts';
import { FORMATS } from '../../../src/lib/images/formats.ts';
import { withKhmerBreaks } from '../../../src/lib/images/khmer-breaks.ts';
import { renderCardFiles } from '../../../src/lib/images/render-card.ts';
import { tempDir } from '../../helpers/build-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
vi.setConfig({ testTimeout: 120_000 });

const colors = { primary: '#0B5CAD', accent: '#F2A900', text: '#1A1A1A', background: '#FFFFFF' };
// The policy card whose address ("…/bao-luu-hay-nhan-mot-lan/") moved by a pixel with the Khmer font loaded.
const vietnamese: CardProps = {
  template: 'policy',
  kicker: 'Chính sách BHXH tự nguyện',
  headline: 'Ngừng đóng BHXH thì nên bảo lưu hay rút tiền một lần?',
  url: 'https://loa.example/chinh-sach/bao-luu-hay-nhan-mot-lan/',
  agency: 'Ban Truyền thông BHXH tự nguyện (trang mẫu)',
  hotline: 'Đường dây nóng 1900 9068',
  colors,
};
const khmer: CardProps = { ...vietnamese, kicker: withKhmerBreaks('គោលនយោបាយ'), headline: withKhmerBreaks('ធានារ៉ាប់រងសង្គមស្ម័គ្រចិត្ត'), url: 'https://loa.example/km/chinh-sach/muc-dong/' };
const job = (props: CardProps, id: string): ImageJob => ({ path: `/anh/trang/${id}/og.png`, format: 'og', props, source: id, kind: 'trang', id });

let assets: LoadedAssets;
let built: Map<string, { key: string; bytes: Buffer }>;
beforeAll(async () => {
  assets = loadAssets(ROOT, '/logo.svg');
  // Through the build's own path: the render pool's worker thread, into an empty cache.
  const builder = new ImageBuilder({ root: ROOT, logo: '/logo.svg', cacheDir: tempDir('card-fonts'), threads: 1 });
  const images = await builder.render([job(vietnamese, 'vi'), job(khmer, 'km')]);
  built = new Map(images.map((image) => [image.id, { key: image.key, bytes: fs.readFileSync(image.file) }]));
});

const drawnWith = async (props: CardProps, fonts: LoadedAssets['fonts']) => (await renderCardFiles(FORMATS.og, props, { fonts, logo: assets.logo })).png;

describe('a Vietnamese card', () => {
  test('is drawn by the build with Be Vietnam Pro alone', async () => {
    expect(built.get('vi')!.bytes.equals(await drawnWith(vietnamese, assets.fonts))).toBe(true);
  });

  test('control: with Noto Sans Khmer loaded too, the same card has other bytes (so the comparison above can fail)', async () => {
    expect((await drawnWith(vietnamese, assets.khmerFonts)).equals(await drawnWith(vietnamese, assets.fonts))).toBe(false);
  });

  test('is keyed by Be Vietnam Pro alone', () => {
    expect(built.get('vi')!.key).toBe(imageKey(rendererHashes(assets.fontBytes, assets.logo.bytes).card, 'og', vietnamese));
  });
});

describe('a Khmer card', () => {
  test('is drawn by the build with Be Vietnam Pro and Noto Sans Khmer', async () => {
    expect(built.get('km')!.bytes.equals(await drawnWith(khmer, assets.khmerFonts))).toBe(true);
  });

  test('is keyed by both fonts', () => {
    expect(built.get('km')!.key).toBe(imageKey(rendererHashes([...assets.fontBytes, ...assets.khmerFontBytes], assets.logo.bytes).card, 'og', khmer));
  });
});
