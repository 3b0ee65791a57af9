// Reads a content schema (zod) as a list of fields the editor can show: kind, required, default,
// limits and the metadata the schemas attach (references to another collection, images,
// colours). The schemas in src/schemas/ stay the one source of truth; this only describes them.
import type { z } from 'zod';

export type FieldKind = 'string' | 'text' | 'date' | 'number' | 'boolean' | 'select' | 'reference' | 'image' | 'color' | 'list' | 'object';

export interface SchemaField {
  /** Key in the frontmatter. */
  key: string;
  /** Dotted path from the collection, without list indexes: "milestones.date". */
  path: string;
  kind: FieldKind;
  required: boolean;
  default?: unknown;
  /** Most characters a one-line text takes. */
  maxLength?: number;
  /** Whole numbers only. */
  integer?: boolean;
  min?: number;
  max?: number;
  /** Choices of a select. */
  options?: string[];
  /** Collection a reference points to. */
  references?: string;
  /** Fewest items of a list. */
  minItems?: number;
  /** Item of a list: a field without key. */
  item?: SchemaField;
  /** Fields of an object. */
  fields?: SchemaField[];
}

/** zod's public definition of a schema (`schema._zod.def`), as much of it as this file reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number; value?: number; inclusive?: boolean; pattern?: RegExp } } }[];
  defaultValue?: unknown;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType): Record<string, unknown> => (schema as unknown as { meta(): Record<string, unknown> | undefined }).meta() ?? {};

/** The day pattern of isoDate() in src/schemas/common.ts. */
const ISO_DAY = /^\^\(\\d\{4\}\)-\(\\d\{2\}\)-\(\\d\{2\}\)\$$/;

interface Collected {
  required: boolean;
  default?: unknown;
  maxLength?: number;
  minLength?: number;
  min?: number;
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
  pattern?: RegExp;
  /** A string format (url, email): one line, like a pattern. */
  format?: string;
  meta: Record<string, unknown>;
}

/** Walks wrappers (optional, default, pipes) down to the schema that holds the value's type. */
function unwrap(schema: z.ZodType, seen: Collected): z.ZodType {
  Object.assign(seen.meta, metaOf(schema));
  const def = defOf(schema);
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'max_length') seen.maxLength = Math.min(seen.maxLength ?? Infinity, c.maximum!);
    if (c.check === 'min_length') seen.minLength = Math.max(seen.minLength ?? 0, c.minimum!);
    if (c.check === 'greater_than') [seen.min, seen.minExclusive] = [c.value!, !c.inclusive];
    if (c.check === 'less_than') [seen.max, seen.maxExclusive] = [c.value!, !c.inclusive];
    if (c.check === 'string_format' && c.pattern) seen.pattern = c.pattern;
    if (c.check === 'number_format') seen.integer = true;
  }
  if (def.type === 'string' && typeof (def as { format?: string }).format === 'string') seen.format = (def as { format?: string }).format;
  switch (def.type) {
    case 'optional':
      seen.required = false;
      return unwrap(def.innerType!, seen);
    case 'default':
    case 'prefault':
      seen.required = false;
      seen.default ??= def.defaultValue;
      return unwrap(def.innerType!, seen);
    case 'nullable':
    case 'readonly':
    case 'catch':
      return unwrap(def.innerType!, seen);
    case 'pipe': {
      // z.preprocess(fn, schema) is a pipe from a transform: the value's type is on the out side.
      // text().pipe(...) and .transform(): the input side holds the type, the out side the limits.
      if (defOf(def.in!).type === 'transform') return unwrap(def.out!, seen);
      if (defOf(def.out!).type !== 'transform') unwrap(def.out!, seen);
      return unwrap(def.in!, seen);
    }
    default:
      return schema;
  }
}

/** The field a schema describes; throws for a type the editor cannot show (a test names it). */
export function schemaField(key: string, schema: z.ZodType, parentPath = ''): SchemaField {
  // A list's item has no key of its own: its fields sit under the list's path ("milestones.date").
  const path = [parentPath, key].filter(Boolean).join('.');
  const seen: Collected = { required: true, meta: {} };
  const core = unwrap(schema, seen);
  const def = defOf(core);
  const base: SchemaField = { key, path, kind: 'string', required: seen.required, ...(seen.default !== undefined ? { default: seen.default } : {}) };
  if (typeof seen.meta.references === 'string') return { ...base, kind: 'reference', references: seen.meta.references };
  if (seen.meta.widget === 'image' || seen.meta.widget === 'color') return { ...base, kind: seen.meta.widget };
  // A value that is one of several object shapes, told apart by which keys it has (a policy
  // figure computed from the rules, or typed): one group with every shape's fields, all optional,
  // so the editor writes only what was filled in and the schema picks the shape.
  if (Array.isArray(seen.meta.variants)) {
    const byKey = new Map<string, SchemaField>();
    for (const variant of seen.meta.variants as z.ZodType[]) for (const field of schemaFields(variant, path)) if (!byKey.has(field.key)) byKey.set(field.key, { ...field, required: false });
    return { ...base, kind: 'object', fields: [...byKey.values()] };
  }
  switch (def.type) {
    case 'string':
      if (seen.pattern && ISO_DAY.test(seen.pattern.source)) return { ...base, kind: 'date' };
      // text() alone is free text over several lines; a length cap, a pattern or a format means one line.
      if (seen.maxLength === undefined && !seen.pattern && !seen.format) return { ...base, kind: 'text' };
      return { ...base, kind: 'string', ...(seen.maxLength !== undefined ? { maxLength: seen.maxLength } : {}) };
    case 'number':
    case 'int': {
      const integer = seen.integer === true || def.type === 'int' || /int/.test(String((def as { format?: string }).format ?? ''));
      // A strict bound ("positive": > 0) becomes the nearest allowed whole number for integers.
      const step = integer ? 1 : 0;
      const min = seen.min === undefined ? {} : { min: seen.min + (seen.minExclusive ? step : 0) };
      const max = seen.max === undefined ? {} : { max: seen.max - (seen.maxExclusive ? step : 0) };
      return { ...base, kind: 'number', integer, ...min, ...max };
    }
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return { ...base, kind: 'select', options: Object.values(def.entries!) };
    case 'array':
      return { ...base, kind: 'list', item: { ...schemaField('', def.element!, path), path }, ...(seen.minLength ? { minItems: seen.minLength } : {}) };
    case 'object':
      return { ...base, kind: 'object', fields: schemaFields(core, path) };
    default:
      throw new Error(`${path}: kiểu "${def.type}" chưa có ô nhập trong trang quản trị (src/lib/cms/schema-fields.ts)`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function schemaFields(schema: z.ZodType, parentPath = ''): SchemaField[] {
  const def = defOf(schema);
  if (def.type !== 'object' || !def.shape) throw new Error(`${parentPath || 'schema'}: cần một đối tượng zod`);
  return Object.entries(def.shape).map(([key, field]) => schemaField(key, field, parentPath));
}
