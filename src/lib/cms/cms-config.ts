// The configuration of Sveltia CMS (the editor at /admin/), generated from the content schemas:
// one collection per content folder, one field per schema field with its Vietnamese label and
// hint (src/i18n/vi-cms.ts), the widget that fits its type, required as in the schema. Pure: the
// schemas, the site identity and the content folder's place in the repository come in.
import type { z } from 'zod';
import { fieldWords, viCms } from '../../i18n/vi-cms.ts';
import { schemaFields, type SchemaField } from './schema-fields.ts';

/** Where the Git repository lives, from site.yaml › cms. */
export interface CmsBackend {
  host: 'github' | 'gitlab' | 'gitea';
  /** owner/name */
  repo: string;
  branch: string;
  /** API root of a self-hosted GitLab or Gitea/Forgejo, e.g. https://git.tinh.gov.vn/api/v1. */
  apiRoot?: string | undefined;
}

export interface CmsConfigInput {
  /** Content folder relative to the repository root, with "/" ("content", "sites/bac-giang"). */
  contentFolder: string;
  backend: CmsBackend;
  siteUrl: string;
  logo: string;
  /** Entry collections by folder name (src/schemas/index.ts). */
  collections: Readonly<Record<string, z.ZodType>>;
  siteSchema: z.ZodType;
  /** The search synonyms file (content/search/tu-dong-nghia.yaml); no editor page without it. */
  synonymsSchema?: z.ZodType;
  /** Public page of an entry, with "{{slug}}" for its id (lib/site/routes.ts). */
  pagePath?: (collection: string) => string | undefined;
}

type Widget = Record<string, unknown>;

/** The API origin the editor talks to: the only other origin /admin/'s CSP allows. */
export function gitApiRoot(backend: CmsBackend): string {
  if (backend.apiRoot) return backend.apiRoot;
  return { github: 'https://api.github.com', gitlab: 'https://gitlab.com/api/v4', gitea: 'https://gitea.com/api/v1' }[backend.host];
}

/** The field (or, in a list of references, the item field) a collection's entries are named by. */
function titleField(schema: z.ZodType): string {
  const fields = schemaFields(schema);
  return (fields.find((f) => ['title', 'name', 'text'].includes(f.key)) ?? fields.find((f) => f.kind === 'string'))?.key ?? 'title';
}

function relation(collection: string, schemas: CmsConfigInput['collections']): Widget {
  const shown = schemas[collection] ? titleField(schemas[collection]) : 'title';
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown] };
}

function words(collection: string, field: SchemaField): Widget {
  const found = fieldWords(collection, field.path);
  return { label: found?.label ?? field.key, ...(found?.hint ? { hint: found.hint } : {}) };
}

/** The widget of one field (name, label, hint and required are added by the caller). */
function widgetOf(collection: string, field: SchemaField, schemas: CmsConfigInput['collections']): Widget {
  switch (field.kind) {
    case 'string':
      return { widget: 'string', ...(field.maxLength ? { maxlength: field.maxLength } : {}) };
    case 'text':
      return { widget: 'text' };
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'number':
      return { widget: 'number', value_type: field.integer ? 'int' : 'float', ...(field.min !== undefined ? { min: field.min } : {}), ...(field.max !== undefined ? { max: field.max } : {}) };
    case 'boolean':
      return { widget: 'boolean' };
    case 'select':
      return { widget: 'select', options: field.options!.map((value) => ({ label: viCms.options[value] ?? value, value })) };
    case 'reference':
      return relation(field.references!, schemas);
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'color':
      return { widget: 'color' };
    case 'object':
      return { widget: 'object', fields: field.fields!.map((f) => cmsField(collection, f, schemas)) };
    case 'list': {
      const item = field.item!;
      const count = field.minItems ? { min: field.minItems } : {};
      if (item.kind === 'reference') return { ...relation(item.references!, schemas), multiple: true, ...count };
      if (item.kind === 'object') return { widget: 'list', fields: item.fields!.map((f) => cmsField(collection, f, schemas)), ...count };
      // A list of lists (the synonym groups): each item is itself a list of words, typed
      // comma-separated in one box.
      if (item.kind === 'list') return { widget: 'list', field: { name: field.key, ...words(collection, item), widget: 'list', ...(item.minItems ? { min: item.minItems } : {}) }, ...count };
      return { widget: 'list', ...count };
    }
  }
}

/** One field of the editor: Vietnamese label and hint, widget, required as in the schema. */
export function cmsField(collection: string, field: SchemaField, schemas: CmsConfigInput['collections']): Widget {
  const primitive = ['string', 'number', 'boolean'].includes(typeof field.default);
  return {
    name: field.key,
    ...words(collection, field),
    ...widgetOf(collection, field, schemas),
    required: field.required,
    ...(primitive ? { default: field.default } : {}),
  };
}

/** The whole configuration object, ready to be written as /admin/config.yml. */
export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const folder = (name: string) => `${input.contentFolder}/${name}`;
  const backend: Widget = { name: input.backend.host, repo: input.backend.repo, branch: input.backend.branch };
  if (input.backend.apiRoot) backend.api_root = input.backend.apiRoot;
  const entryCollections = Object.entries(input.collections).map(([name, schema]) => {
    const fields = schemaFields(schema);
    const title = titleField(schema);
    const meta = viCms.collections[name];
    const dated = fields.some((f) => f.key === 'date' && f.kind === 'date');
    const page = input.pagePath?.(name);
    return {
      name,
      label: meta?.label ?? name,
      label_singular: meta?.singular ?? name,
      ...(meta?.description ? { description: meta.description } : {}),
      folder: folder(name),
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      delete: true,
      identifier_field: title,
      slug: `{{${title}}}`,
      summary: dated ? `{{${title}}} — {{date}}{{draft | ternary(' (nháp)', '')}}` : `{{${title}}}{{draft | ternary(' (nháp)', '')}}`,
      sortable_fields: dated ? { fields: ['date', title], default: { field: 'date', direction: 'descending' } } : { fields: [title] },
      ...(page ? { preview_path: page } : {}),
      fields: [...fields.map((f) => cmsField(name, f, input.collections)), { name: 'body', ...viCms.body, widget: 'richtext', required: false }],
    };
  });
  const siteFile = {
    name: 'site',
    label: viCms.collections.site!.label,
    description: viCms.collections.site!.description,
    files: [{ name: 'site', label: viCms.collections.site!.label, file: folder('site.yaml'), fields: schemaFields(input.siteSchema).map((f) => cmsField('site', f, input.collections)) }],
  };
  const synonyms = viCms.collections.synonyms!;
  const synonymsFile = input.synonymsSchema && {
    name: 'synonyms',
    label: synonyms.label,
    description: synonyms.description,
    files: [{ name: 'synonyms', label: synonyms.label, file: folder('search/tu-dong-nghia.yaml'), fields: schemaFields(input.synonymsSchema).map((f) => cmsField('synonyms', f, input.collections)) }],
  };
  return {
    app_title: viCms.appTitle,
    backend,
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    logo: { src: input.logo },
    media_folder: folder('public/images'),
    public_folder: '/images',
    // File names from titles: "Hội nghị đối thoại xã An Hà" → hoi-nghi-doi-thoai-xa-an-ha.mdx,
    // the lower-case ASCII id every entry needs (src/lib/content/check-content.ts).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, maxlength: 80 },
    // An empty optional field is left out of the file rather than written as '' or null, which
    // the schemas would reject (an unset campaign is no campaign, not the campaign "").
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [...entryCollections, siteFile, ...(synonymsFile ? [synonymsFile] : [])],
  };
}
