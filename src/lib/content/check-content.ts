// The whole content check: decode, parse, validate each file against its collection's schema,
// then check ids and references across collections. Pure: files come in as bytes.
import { COLLECTION_NAMES, collectionSchemas, siteSchema, type CollectionName } from '../../schemas/index.ts';
import { checkSynonyms } from './check-synonyms.ts';
import { checkReferences } from './check-references.ts';
import { milestoneWarnings } from './campaign-warnings.ts';
import { staffNoteWarnings } from './staff-notes.ts';
import { duplicateMessageWarnings } from './message-warnings.ts';
import { sortIssues, type ContentIssue } from './content-issue.ts';
import type { ContentEntries, Entry } from './entries.ts';
import { decodeText, parseContentFile, parseYaml } from './frontmatter.ts';
import { validateEntry } from './validate-entry.ts';
import { checkRules, type RulesReport, type RulesSources } from '../rules/check-rules.ts';
import { checkAmountsInBody, checkAmountsInData } from '../rules/content-amounts.ts';
import { checkPoints, type PointsReport } from '../points/check-points.ts';
import { checkTranslations, type TranslationEntries, type TranslationSources } from './check-translations.ts';
import type { z } from 'zod';

export interface SourceFile {
  /** Path shown to authors, e.g. content/articles/a.mdx. */
  file: string;
  bytes: Uint8Array;
}

export interface ContentSources {
  site: SourceFile | null;
  collections: Record<CollectionName, SourceFile[]>;
  /** content/search/tu-dong-nghia.yaml, optional. */
  synonyms?: SourceFile | null;
  /** content/rules/: the national rules file and the local top-ups. Absent: rules not checked. */
  rules?: RulesSources;
  /** content/points/*.json: collection points. Absent: not checked. */
  points?: SourceFile[];
  /** content/<collection>/km/*.mdx: translated entries. Absent: none. */
  translations?: TranslationSources;
}

export interface ContentReport {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  entries: ContentEntries;
  /** The checked rules, when the sources had them. */
  rules?: RulesReport;
  /** The checked collection points, when the sources had them. */
  points?: PointsReport;
  /** The checked translations, by language and collection (empty lists when there are none). */
  translations: TranslationEntries;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of a content file: its name without folder and extension. */
export function entryId(file: string): string {
  const name = file.split('/').pop() ?? file;
  return name.replace(/\.(mdx|md)$/i, '');
}

/** Validates one folder's files against a schema (a collection's, or a translation's). */
export function checkCollection<T>(name: CollectionName, files: readonly SourceFile[], errors: ContentIssue[], schema: z.ZodType = collectionSchemas[name]): Entry<T>[] {
  const seen = new Map<string, string>();
  const entries: Entry<T>[] = [];
  for (const source of files) {
    const id = entryId(source.file);
    if (!ID_PATTERN.test(id)) {
      errors.push({ file: source.file, field: '', expected: 'tên tệp phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ bai-viet-moi.mdx)', found: JSON.stringify(id) });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) {
      errors.push({ file: source.file, field: '', expected: `mã "${id}" đã được dùng bởi ${earlier}: mỗi mục cần một tên tệp riêng` });
      continue;
    }
    seen.set(id, source.file);
    const decoded = decodeText(source.file, source.bytes);
    if (decoded.text === null) {
      errors.push(...decoded.issues);
      continue;
    }
    const parsed = parseContentFile(source.file, decoded.text);
    if (parsed.data === null) {
      errors.push(...parsed.issues);
      continue;
    }
    const result = validateEntry(schema, source.file, parsed.data);
    if (!result.ok) {
      errors.push(...result.issues);
      continue;
    }
    // "{{name}}" amounts: unknown names stop the build here, before any page is made.
    const amountIssues = [...checkAmountsInData(source.file, result.value), ...checkAmountsInBody(source.file, parsed.body, bodyFirstLine(decoded.text, parsed.body))];
    if (amountIssues.length > 0) {
      errors.push(...amountIssues);
      continue;
    }
    entries.push({ id, file: source.file, data: result.value as T, body: parsed.body.normalize('NFC') });
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/** Line number of the body's first line in the file, for messages about the body. */
function bodyFirstLine(text: string, body: string): number {
  return text.slice(0, text.length - body.length).split('\n').length;
}

function checkSite(source: SourceFile | null, errors: ContentIssue[]): ContentEntries['site'] {
  if (!source) {
    errors.push({ file: 'content/site.yaml', field: '', expected: 'thiếu tệp site.yaml (tên trang, cơ quan, đường dây nóng, địa chỉ trang)' });
    return null;
  }
  const decoded = decodeText(source.file, source.bytes);
  if (decoded.text === null) {
    errors.push(...decoded.issues);
    return null;
  }
  const parsed = parseYaml(source.file, decoded.text);
  if (parsed.data === null) {
    errors.push(...parsed.issues);
    return null;
  }
  const result = validateEntry(siteSchema, source.file, parsed.data);
  if (!result.ok) {
    errors.push(...result.issues);
    return null;
  }
  return result.value;
}

/** Checks every content file; errors stop the build, warnings are printed and shown. */
export function checkContent(sources: ContentSources): ContentReport {
  const errors: ContentIssue[] = [];
  const site = checkSite(sources.site, errors);
  const synonyms = checkSynonyms(sources.synonyms ?? null);
  errors.push(...synonyms.errors);
  const entries: ContentEntries = {
    site,
    campaigns: checkCollection('campaigns', sources.collections.campaigns, errors),
    messages: checkCollection('messages', sources.collections.messages, errors),
    policies: checkCollection('policies', sources.collections.policies, errors),
    articles: checkCollection('articles', sources.collections.articles, errors),
    audiences: checkCollection('audiences', sources.collections.audiences, errors),
    synonyms: synonyms.groups,
  };
  const idsOf = (files: readonly SourceFile[]) => new Set(files.map((f) => entryId(f.file)));
  const known = { campaigns: idsOf(sources.collections.campaigns), audiences: idsOf(sources.collections.audiences) };
  errors.push(...checkReferences(entries, known, sources.site?.file ?? 'content/site.yaml'));
  const warnings = [...entries.campaigns.flatMap(milestoneWarnings), ...entries.policies.flatMap(staffNoteWarnings), ...duplicateMessageWarnings(entries.messages), ...synonyms.warnings];
  const rules = sources.rules ? checkRules(sources.rules, site?.rulesLocality, sources.site?.file ?? 'content/site.yaml') : undefined;
  if (rules) errors.push(...rules.errors);
  const points = sources.points ? checkPoints(sources.points) : undefined;
  if (points) errors.push(...points.errors);
  const translations = checkTranslations(sources.translations, entries, errors);
  return { errors: sortIssues(errors), warnings: sortIssues(warnings), entries, translations, ...(rules ? { rules } : {}), ...(points ? { points } : {}) };
}

export { COLLECTION_NAMES };
