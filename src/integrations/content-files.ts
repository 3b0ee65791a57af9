// Reads the content folder from disk for the checker (the only file-system part of it).
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_NAMES, type ContentSources, type SourceFile } from '../lib/content/check-content.ts';
import { displayPath } from './content-dir.ts';
import type { RulesSources } from '../lib/rules/check-rules.ts';
import type { TranslationSources } from '../lib/content/check-translations.ts';
import { TRANSLATED_COLLECTIONS, TRANSLATION_LANGS } from '../schemas/translation.ts';

/** The search synonyms file, relative to the content folder. */
export const SYNONYMS_FILE = path.join('search', 'tu-dong-nghia.yaml');

function readIfExists(file: string): SourceFile | null {
  if (!fs.existsSync(file)) return null;
  return { file: displayPath(file), bytes: fs.readFileSync(file) };
}

/** Every .md/.mdx file of each collection folder, site.yaml and the synonyms file, as bytes. */
export function readContentSources(contentDir: string): ContentSources {
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    throw new Error(`Không tìm thấy thư mục nội dung: ${contentDir}`);
  }
  const readFolder = (name: string): SourceFile[] => {
    const folder = path.join(contentDir, name);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder)
      .filter((f) => /\.mdx?$/i.test(f) && !f.startsWith('_'))
      .sort()
      .map((f) => ({ file: displayPath(path.join(folder, f)), bytes: fs.readFileSync(path.join(folder, f)) }));
  };
  const collections = {} as ContentSources['collections'];
  for (const name of COLLECTION_NAMES) collections[name] = readFolder(name);
  // Translations: content/<collection>/<lang>/<id>.mdx.
  const translations: TranslationSources = {};
  for (const lang of TRANSLATION_LANGS) {
    translations[lang] = {};
    for (const name of TRANSLATED_COLLECTIONS) translations[lang][name] = readFolder(path.join(name, lang));
  }
  return {
    site: readIfExists(path.join(contentDir, 'site.yaml')),
    collections,
    synonyms: readIfExists(path.join(contentDir, SYNONYMS_FILE)),
    rules: readRulesSources(contentDir),
    points: readPointsSources(contentDir),
    translations,
  };
}

/** content/rules/bhxh-tu-nguyen.yaml and content/rules/dia-phuong/*.yaml, as bytes. */
export function readRulesSources(contentDir: string): RulesSources {
  const folder = path.join(contentDir, 'rules', 'dia-phuong');
  const locals = fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((f) => /\.ya?ml$/i.test(f) && !f.startsWith('_'))
        .sort()
        .map((f) => ({ file: displayPath(path.join(folder, f)), bytes: fs.readFileSync(path.join(folder, f)) }))
    : [];
  const main = path.join(contentDir, 'rules', 'bhxh-tu-nguyen.yaml');
  const pension = path.join(contentDir, 'rules', 'luong-huu.yaml');
  return { main: readIfExists(main), locals, mainFile: displayPath(main), pension: readIfExists(pension), pensionFile: displayPath(pension) };
}

/** content/points/*.json (collection points), as bytes; none when the folder has no points/. */
export function readPointsSources(contentDir: string): SourceFile[] {
  const folder = path.join(contentDir, 'points');
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .sort()
    .map((f) => ({ file: displayPath(path.join(folder, f)), bytes: fs.readFileSync(path.join(folder, f)) }));
}
