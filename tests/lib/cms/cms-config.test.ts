// The editor's configuration is generated from the schemas: every field of every collection has
// a widget and a Vietnamese label, and the whole configuration validates against the JSON Schema
// that @sveltia/cms ships (schema/sveltia-cms.json).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { cmsConfig, type CmsConfigInput } from '../../../src/lib/cms/cms-config.ts';
import { schemaFields, type SchemaField } from '../../../src/lib/cms/schema-fields.ts';
import { fieldWords } from '../../../src/i18n/vi-cms.ts';
import { collectionSchemas, siteSchema } from '../../../src/schemas/index.ts';
import { synonymsSchema } from '../../../src/schemas/synonyms.ts';

// The package's exports do not list its schema file: find the package folder from its entry point.
const require = createRequire(import.meta.url);
const packageDir = path.resolve(path.dirname(require.resolve('@sveltia/cms')), '..');
const jsonSchema = JSON.parse(fs.readFileSync(path.join(packageDir, 'schema/sveltia-cms.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(jsonSchema);

const input = (over: Partial<CmsConfigInput> = {}): CmsConfigInput => ({
  contentFolder: 'content',
  backend: { host: 'github', repo: 'bhxh-bacgiang/trang', branch: 'main' },
  siteUrl: 'https://bhxh.bacgiang.example',
  logo: '/logo.svg',
  collections: collectionSchemas,
  siteSchema,
  synonymsSchema,
  ...over,
});

type Widget = { name: string; label: string; widget: string; required: boolean; fields?: Widget[]; hint?: string };
type Collection = { name: string; folder?: string; fields?: Widget[]; files?: { file: string; fields: Widget[] }[] };
const collections = (config: Record<string, unknown>) => config.collections as Collection[];
const fieldsOf = (config: Record<string, unknown>, name: string): Widget[] => {
  const c = collections(config).find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields;
};

/** Every schema field, with its dotted path, in schema order. */
function allFields(fields: SchemaField[]): SchemaField[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? f.item?.fields ?? [])]);
}
/** Every widget with its dotted path. */
function allWidgets(widgets: Widget[], parent = ''): [string, Widget][] {
  return widgets.flatMap((w) => {
    const p = parent ? `${parent}.${w.name}` : w.name;
    return [[p, w] as [string, Widget], ...allWidgets(w.fields ?? [], p)];
  });
}

describe('cmsConfig', () => {
  const config = cmsConfig(input());
  const schemas: [string, z.ZodType][] = [...Object.entries(collectionSchemas), ['site', siteSchema], ['synonyms', synonymsSchema]];

  test('validates against the JSON Schema shipped by @sveltia/cms', () => {
    const ok = validate(config);
    expect(validate.errors?.filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword)) ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  test('the JSON Schema check catches a misspelt option (the check is real)', () => {
    const broken = structuredClone(config) as { collections: { fields: Record<string, unknown>[] }[] };
    broken.collections[0]!.fields[0]!.widgett = 'string';
    expect(validate(broken)).toBe(false);
  });

  test.each(schemas)('every field of %s has a widget, in the schema’s order, required as in the schema', (name, schema) => {
    const widgets = new Map(allWidgets(fieldsOf(config, name)));
    for (const field of allFields(schemaFields(schema))) {
      const widget = widgets.get(field.path);
      expect(widget, `${name}.${field.path} has no widget`).toBeDefined();
      expect(widget!.required, `${name}.${field.path} required`).toBe(field.required);
    }
    expect(fieldsOf(config, name).map((w) => w.name).filter((n) => n !== 'body')).toEqual(Object.keys((schema as z.ZodObject).shape));
  });

  test.each(schemas)('every field of %s has a Vietnamese label (src/i18n/vi-cms.ts)', (name, schema) => {
    const missing = allFields(schemaFields(schema)).filter((f) => !fieldWords(name, f.path)).map((f) => `${name}.${f.path}`);
    expect(missing).toEqual([]);
  });

  test('a field added to a schema appears in the configuration with a widget of its type', () => {
    const extended = { ...collectionSchemas, articles: (collectionSchemas.articles as z.ZodObject).extend({ readingMinutes: z.int().min(1).optional() }) };
    const widget = fieldsOf(cmsConfig(input({ collections: extended })), 'articles').find((w) => w.name === 'readingMinutes');
    expect(widget).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
  });

  test('a type the editor cannot show stops the generation with the field named', () => {
    const odd = { ...collectionSchemas, articles: (collectionSchemas.articles as z.ZodObject).extend({ when: z.date() }) };
    expect(() => cmsConfig(input({ collections: odd }))).toThrow(/when: kiểu "date"/);
  });

  test('widgets follow the schemas: dates, references, images with required alt text, selects, lists of objects', () => {
    const articles = new Map(allWidgets(fieldsOf(config, 'articles')));
    expect(articles.get('date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(articles.get('campaign')).toMatchObject({ widget: 'relation', collection: 'campaigns', value_field: '{{slug}}', required: false });
    expect(articles.get('cover.src')).toMatchObject({ widget: 'image', required: true });
    expect(articles.get('cover.alt')).toMatchObject({ widget: 'text', required: true, label: 'Mô tả ảnh' });
    expect(articles.get('draft')).toMatchObject({ widget: 'boolean', default: false, label: 'Bản nháp' });
    expect(articles.get('body')).toMatchObject({ widget: 'richtext', required: false });
    const messages = new Map(allWidgets(fieldsOf(config, 'messages')));
    expect(messages.get('campaigns')).toMatchObject({ widget: 'relation', collection: 'campaigns', multiple: true, min: 1, required: true });
    const campaigns = new Map(allWidgets(fieldsOf(config, 'campaigns')));
    expect(campaigns.get('milestones')).toMatchObject({ widget: 'list', required: false });
    expect(campaigns.get('milestones.date')).toMatchObject({ widget: 'datetime', required: true });
    expect(campaigns.get('document.level')).toMatchObject({ widget: 'select', options: [{ label: 'Trung ương', value: 'trung-uong' }, { label: 'Tỉnh', value: 'tinh' }, { label: 'Huyện', value: 'huyen' }, { label: 'Xã', value: 'xa' }] });
    const policies = new Map(allWidgets(fieldsOf(config, 'policies')));
    expect(policies.get('faq.q')).toMatchObject({ widget: 'string', maxlength: 200 });
    expect(policies.get('faq.a')).toMatchObject({ widget: 'text' });
    // The synonym groups: a list whose items are lists of phrases, in content/search/.
    const groups = fieldsOf(config, 'synonyms').find((w) => w.name === 'groups') as Widget & { field?: Record<string, unknown> };
    expect(groups).toMatchObject({ widget: 'list', required: true, field: { widget: 'list', min: 2 } });
    expect(collections(config).find((x) => x.name === 'synonyms')!.files![0]!.file).toBe('content/search/tu-dong-nghia.yaml');
    const site = new Map(allWidgets(fieldsOf(config, 'site')));
    expect(site.get('colors.primary')).toMatchObject({ widget: 'color' });
    expect(site.get('currentCampaign')).toMatchObject({ widget: 'relation', collection: 'campaigns' });
  });

  test('collections live in the content folder, pictures go to its public/images/, file names come from titles in ASCII', () => {
    const c = cmsConfig(input({ contentFolder: 'sites/bac-giang' }));
    expect(collections(c).find((x) => x.name === 'articles')!.folder).toBe('sites/bac-giang/articles');
    expect(collections(c).find((x) => x.name === 'site')!.files![0]!.file).toBe('sites/bac-giang/site.yaml');
    expect(c.media_folder).toBe('sites/bac-giang/public/images');
    expect(c.public_folder).toBe('/images');
    expect(c.slug).toMatchObject({ encoding: 'ascii', clean_accents: true, lowercase: true });
    expect(c.backend).toEqual({ name: 'github', repo: 'bhxh-bacgiang/trang', branch: 'main' });
  });

  test('a self-hosted GitLab or Gitea names its API', () => {
    const c = cmsConfig(input({ backend: { host: 'gitea', repo: 'bhxh/trang', branch: 'main', apiRoot: 'https://git.bhxh.example/api/v1' } }));
    expect(c.backend).toEqual({ name: 'gitea', repo: 'bhxh/trang', branch: 'main', api_root: 'https://git.bhxh.example/api/v1' });
    expect(validate(c)).toBe(true);
  });
});
