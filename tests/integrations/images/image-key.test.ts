// The image cache key: everything that shapes an image changes its key, so a changed template,
// font, logo, colour or format redraws what it affects and nothing is ever served stale.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROGRESS_ONLY_FILES, RENDERER_DIR, RENDERER_FILES, imageKey, rendererHash, rendererHashes, rendererOf } from '../../../src/integrations/images/image-key.ts';
import { fontFiles } from '../../../src/integrations/images/assets.ts';
import type { CardProps } from '../../../src/lib/images/card-props.ts';
import { tempDir } from '../../helpers/build-site.ts';

const fonts = fontFiles().map((f) => new Uint8Array(fs.readFileSync(f.file)));
const logo = new Uint8Array(fs.readFileSync(path.resolve(import.meta.dirname, '../../../public/logo.svg')));
const renderer = rendererHash(fonts, logo);
const props: CardProps = {
  template: 'message',
  kicker: 'Thông điệp · Tháng cao điểm 2023',
  headline: 'BHXH tự nguyện — An sinh cho mọi người',
  url: 'https://bhxh.example.vn/thong-diep/a/',
  agency: 'BHXH tỉnh Bắc Giang',
  hotline: '1900 9068',
  colors: { primary: '#0B5394', accent: '#F1C232', text: '#1A1A1A', background: '#FFFFFF' },
};
const key = imageKey(renderer, 'og', props);

/** Relative imports of a TypeScript file that are used at run time (not `import type`). */
function runtimeImports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)';/gm)].map((m) => path.resolve(path.dirname(file), m[1]!));
}


/** The renderer's files copied under `dir` (an "images" folder, so "../format/…" lands beside it). */
function copyRenderer(dir: string): void {
  for (const file of RENDERER_FILES) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(RENDERER_DIR, file), path.join(dir, file));
  }
}
describe('imageKey', () => {
  test('is stable: the same inputs give the same key', () => {
    expect(imageKey(rendererHash(fonts, logo), 'og', structuredClone(props))).toBe(key);
  });

  test('changes with the format', () => {
    expect(imageKey(renderer, 'square', props)).not.toBe(key);
    expect(imageKey(renderer, 'poster-a4', props)).not.toBe(key);
  });

  test.each(['primary', 'accent', 'text', 'background'] as const)('changes with the %s colour', (name) => {
    expect(imageKey(renderer, 'og', { ...props, colors: { ...props.colors, [name]: '#123456' } })).not.toBe(key);
  });

  test('changes with every text, the template and the page address', () => {
    for (const change of [{ headline: `${props.headline}!` }, { kicker: 'Khác' }, { detail: 'Dòng phụ' }, { url: 'https://bhxh.example.vn/b/' }, { agency: 'BHXH xã' }, { hotline: '1900 0000' }, { template: 'campaign' as const }]) {
      expect(imageKey(renderer, 'og', { ...props, ...change }), JSON.stringify(change)).not.toBe(key);
    }
  });
});

describe('rendererHash', () => {
  test('changes when any font file changes by one byte', () => {
    for (let i = 0; i < fonts.length; i++) {
      const changed = fonts.map((bytes) => new Uint8Array(bytes));
      changed[i]![1000] = (changed[i]![1000]! + 1) % 256;
      expect(rendererHash(changed, logo), `font ${i}`).not.toBe(renderer);
    }
    expect(rendererHash(fonts.slice(0, -1), logo)).not.toBe(renderer);
  });

  test('changes when the logo changes', () => {
    const other = new TextEncoder().encode(new TextDecoder().decode(logo).replace('</svg>', '<circle r="1"/></svg>'));
    expect(rendererHash(fonts, other)).not.toBe(renderer);
  });

  test('changes when any template source file changes', () => {
    const copy = path.join(tempDir('renderer-src'), 'images');
    copyRenderer(copy);
    expect(rendererHash(fonts, logo, copy)).toBe(renderer);
    for (const file of RENDERER_FILES) {
      const original = fs.readFileSync(path.join(copy, file), 'utf8');
      fs.writeFileSync(path.join(copy, file), `${original}\n// edited\n`);
      expect(rendererHash(fonts, logo, copy), file).not.toBe(renderer);
      fs.writeFileSync(path.join(copy, file), original);
    }
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  test('covers every file the renderer runs: render-card.ts and all it imports from src/lib/images', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of runtimeImports(file)) visit(imported);
    };
    visit(path.join(RENDERER_DIR, 'render-card.ts'));
    const closure = [...seen].map((f) => path.relative(RENDERER_DIR, f));
    // A file outside src/lib/images (the number-and-unit joining of src/lib/format) is keyed too:
    // a template depending on code the key ignores would keep stale images.
    expect(RENDERER_FILES).toEqual(expect.arrayContaining(closure));
    expect(closure.length).toBeGreaterThan(5);
  });
});

describe('rendererHashes: cards keyed apart from the progress template', () => {
  test('a card is keyed by every renderer file but the progress-only ones; a progress image by all of them', () => {
    const copy = path.join(tempDir('renderer-split'), 'images');
    copyRenderer(copy);
    const before = rendererHashes(fonts, logo, copy);
    expect(before.progress).toBe(renderer);
    for (const file of RENDERER_FILES) {
      const original = fs.readFileSync(path.join(copy, file), 'utf8');
      fs.writeFileSync(path.join(copy, file), `${original}\n// edited\n`);
      const after = rendererHashes(fonts, logo, copy);
      expect(after.progress, file).not.toBe(before.progress);
      if (PROGRESS_ONLY_FILES.includes(file)) expect(after.card, file).toBe(before.card);
      else expect(after.card, file).not.toBe(before.card);
      fs.writeFileSync(path.join(copy, file), original);
    }
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  });

  test('rendererOf picks the progress hash only for props with a progress spec', () => {
    const hashes = { card: 'c', progress: 'p' };
    expect(rendererOf(hashes, props)).toBe('c');
    expect(rendererOf(hashes, { ...props, template: 'progress', progress: { kind: 'ranking', rows: [], target: 1, asOf: '', illustrative: false, fold: { others: '', seePage: '' } } })).toBe('p');
  });

  test('the card path never runs a progress-only file: render-card.ts reaches them only through render-progress.ts', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || path.basename(file) === 'render-progress.ts') return;
      seen.add(file);
      for (const imported of runtimeImports(file)) visit(imported);
    };
    visit(path.join(RENDERER_DIR, 'render-card.ts'));
    const cardClosure = [...seen].map((f) => path.relative(RENDERER_DIR, f));
    expect(cardClosure.filter((f) => PROGRESS_ONLY_FILES.includes(f))).toEqual([]);
    expect(PROGRESS_ONLY_FILES.every((f) => RENDERER_FILES.includes(f))).toBe(true);
    // render-card.ts hands an image to the progress renderer only when its props carry a spec.
    expect(fs.readFileSync(path.join(RENDERER_DIR, 'render-card.ts'), 'utf8')).toMatch(/if \(props\.progress\) return [^;]*progressTree\(/);
  });
});
