// A problem found in a content file, and how it is shown to the person who wrote the file.

export interface ContentIssue {
  /** File as the author knows it, relative to the content folder's parent (e.g. content/articles/a.mdx). */
  file: string;
  /** Dotted path of the field, e.g. "period.start" or "milestones[2].date"; empty for the whole file. */
  field: string;
  /** What was expected, in plain Vietnamese. */
  expected: string;
  /** What was found, shown as written (quoted and shortened). Absent when nothing was there. */
  found?: string;
}

/**
 * Dotted field path as authors read it: ["milestones", 2, "date"] → "milestones[2].date". A key
 * that is not a plain word (a line break, a space, a dot in it) is quoted: documents["a\nb"], so
 * the issue stays on one line and the path stays readable.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (!/^[\p{L}\p{N}_-]+$/u.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}

/** A value as the author wrote it, shortened so one issue stays on one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(không có)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // YAML reads 1e400 as Infinity, which JSON would print as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? 'không phải số (NaN)' : 'số quá lớn';
  const shown = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
}

/** One line for one issue: file › field: expected; found. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.field ? `${issue.file} › ${issue.field}` : issue.file;
  const found = issue.found === undefined ? '' : `; gặp: ${issue.found}`;
  return `${where}: ${issue.expected}${found}`;
}

/** The single readable message printed when content is invalid. */
export function formatIssues(title: string, issues: readonly ContentIssue[]): string {
  const lines = issues.map((issue) => `  • ${formatIssue(issue)}`);
  return [`${title} (${issues.length}):`, ...lines].join('\n');
}

/** Stable order: by file, then field, so messages and tests do not depend on read order. */
export function sortIssues(issues: readonly ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field) || a.expected.localeCompare(b.expected));
}
