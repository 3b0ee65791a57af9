// Runs a zod schema over one entry's raw data and turns zod's issues into ContentIssues
// that name the field, say what was expected in Vietnamese, and show what was written.
import type { z } from 'zod';
import { fieldPath, showValue, type ContentIssue } from './content-issue.ts';

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng "- ")',
  object: 'một nhóm trường con',
  date: 'một ngày dạng YYYY-MM-DD',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function expectation(issue: z.core.$ZodIssue, found: unknown, typeNames: Record<string, string>): string {
  const TYPE_NAMES = typeNames;
  if (issue.code === 'invalid_type') {
    if (found === undefined) return `thiếu trường bắt buộc (cần ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
    if (typeof issue.message === 'string' && !issue.message.startsWith('Invalid input')) return issue.message;
    return `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'unrecognized_keys') {
    // A key with a line break or odd spacing is shown quoted, so the issue stays on one line.
    return `trường không có trong mẫu (gõ sai tên?): ${issue.keys.map((k) => (/^[\p{L}\p{N}_-]+$/u.test(k) ? k : JSON.stringify(k))).join(', ')}`;
  }
  // Bounds zod checks without a message of ours (a schema's plain .min(1), an int beyond 2^53,
  // a list with no item) get Vietnamese words too: zod's own are English.
  const custom = typeof issue.message === 'string' && !/^(Too (small|big)|Invalid)\b/.test(issue.message);
  // An int beyond 2^53 keeps the schema's own words ("cần một số nguyên") when it has some.
  const numeric = (origin: string) => origin === 'number' || (!custom && (origin === 'int' || origin === 'bigint'));
  // inclusive: false is a strict bound (positive() is "> 0"): say so, or 0 would look allowed.
  if (issue.code === 'too_big' && numeric(issue.origin)) return issue.inclusive === false ? `cần số nhỏ hơn ${String(issue.maximum)}` : `cần số không lớn hơn ${String(issue.maximum)}`;
  if (issue.code === 'too_small' && numeric(issue.origin)) return issue.inclusive === false ? `cần số lớn hơn ${String(issue.minimum)}` : `cần số không nhỏ hơn ${String(issue.minimum)}`;
  if (issue.code === 'too_small' && !custom) {
    if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'không được để trống' : `cần ít nhất ${String(issue.minimum)} ký tự`;
    if (issue.origin === 'array' || issue.origin === 'set') return `cần ít nhất ${String(issue.minimum)} mục`;
  }
  if (issue.code === 'too_big' && !custom) {
    if (issue.origin === 'string') return `dài tối đa ${String(issue.maximum)} ký tự`;
    if (issue.origin === 'array' || issue.origin === 'set') return `tối đa ${String(issue.maximum)} mục`;
  }
  if (issue.code === 'invalid_value' && !custom) return `cần một trong các giá trị: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_union') return issue.message.startsWith('Invalid input') ? 'giá trị không đúng dạng' : issue.message;
  return issue.message;
}

/**
 * Validates `data` with `schema`; on success returns the parsed value, otherwise the issues.
 * `typeNames` replaces some type names (JSON files say "[ … ]" where YAML says "- ").
 */
export function validateEntry<S extends z.ZodType>(
  schema: S,
  file: string,
  data: unknown,
  typeNames: Record<string, string> = {},
): { ok: true; value: z.output<S> } | { ok: false; issues: ContentIssue[] } {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue): ContentIssue => {
    const found = valueAt(data, issue.path);
    const showFound = issue.code !== 'unrecognized_keys' && !(issue.code === 'invalid_type' && found === undefined);
    return {
      file,
      field: fieldPath(issue.path),
      expected: expectation(issue, found, { ...TYPE_NAMES, ...typeNames }),
      ...(showFound ? { found: showValue(found) } : {}),
    };
  });
  return { ok: false, issues };
}
