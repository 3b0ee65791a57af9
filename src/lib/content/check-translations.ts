// Translated entries (content/<collection>/km/<id>.mdx): each is checked against its
// translation schema like any entry, and must have a Vietnamese entry of the same id to translate.
import { TRANSLATED_COLLECTIONS, TRANSLATION_LANGS, translationSchemas, type AudienceTranslation, type MessageTranslation, type PolicyTranslation, type TranslatedCollection, type TranslationLang } from '../../schemas/translation.ts';
import { checkCollection, type SourceFile } from './check-content.ts';
import type { ContentIssue } from './content-issue.ts';
import type { ContentEntries, Entry } from './entries.ts';

export type TranslationSources = Partial<Record<TranslationLang, Partial<Record<TranslatedCollection, SourceFile[]>>>>;

export interface TranslationsOf {
  messages: Entry<MessageTranslation>[];
  policies: Entry<PolicyTranslation>[];
  audiences: Entry<AudienceTranslation>[];
}
export type TranslationEntries = Record<TranslationLang, TranslationsOf>;

export function checkTranslations(sources: TranslationSources | undefined, entries: ContentEntries, errors: ContentIssue[]): TranslationEntries {
  const out = {} as TranslationEntries;
  for (const lang of TRANSLATION_LANGS) {
    const of = {} as Record<TranslatedCollection, Entry<unknown>[]>;
    for (const name of TRANSLATED_COLLECTIONS) {
      const checked = checkCollection(name, sources?.[lang]?.[name] ?? [], errors, translationSchemas[name]);
      const originals = new Set(entries[name].map((e) => e.id));
      of[name] = checked.filter((t) => {
        if (originals.has(t.id)) return true;
        const folder = t.file.slice(0, t.file.lastIndexOf(`/${lang}/`));
        errors.push({ file: t.file, field: '', expected: `một bản dịch phải cùng tên tệp với mục tiếng Việt nó dịch: không có ${folder}/${t.id}.mdx` });
        return false;
      });
    }
    out[lang] = of as unknown as TranslationsOf;
  }
  return out;
}
