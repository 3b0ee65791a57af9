// Splits a Markdown/MDX file into its YAML frontmatter and body, parsed the way authors expect:
// YAML 1.2 core schema, so "2023-13-31" stays a string and is rejected as a date instead of
// silently rolling over to January 2024 (which YAML 1.1 timestamp parsing does).
import { parseDocument } from 'yaml';
import type { ContentIssue } from './content-issue.ts';

export interface ParsedFile {
  data: Record<string, unknown> | null;
  body: string;
  issues: ContentIssue[];
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Decodes bytes as UTF-8, refusing binary files and invalid encodings with a readable issue. */
export function decodeText(file: string, bytes: Uint8Array): { text: string | null; issues: ContentIssue[] } {
  if (bytes.includes(0)) {
    return { text: null, issues: [{ file, field: '', expected: 'cần một tệp văn bản (UTF-8); đây là tệp nhị phân' }] };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return { text, issues: [] };
  } catch {
    return { text: null, issues: [{ file, field: '', expected: 'cần một tệp văn bản mã hoá UTF-8; tệp này dùng bảng mã khác' }] };
  }
}

/** Parses a YAML document (frontmatter or a .yaml file) into a plain object. */
export function parseYaml(file: string, source: string, lineOffset = 0): { data: Record<string, unknown> | null; issues: ContentIssue[] } {
  const doc = parseDocument(source, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      data: null,
      issues: doc.errors.map((error) => ({
        file,
        field: '',
        // The line in the file where the parser stopped (linePos is only filled with prettyErrors).
        expected: `cần YAML hợp lệ (dòng ${source.slice(0, error.pos[0]).split('\n').length + lineOffset}: ${error.code === 'DUPLICATE_KEY' ? 'một trường bị lặp lại' : 'sai cú pháp'})`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch {
    // An alias (*name) with no anchor (&name) before it, or aliases nested past the yaml
    // package's limit: a syntax slip (e.g. a value starting with *) that must not crash the check.
    return { data: null, issues: [{ file, field: '', expected: 'cần YAML hợp lệ (một giá trị bắt đầu bằng * hoặc &: hãy đặt nó trong dấu ngoặc kép)' }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { data: null, issues: [{ file, field: '', expected: 'cần các trường dạng "tên: giá trị"' }] };
  }
  return { data: data as Record<string, unknown>, issues: [] };
}

/** Reads a content file's frontmatter; an empty file or one without frontmatter is an issue. */
export function parseContentFile(file: string, text: string): ParsedFile {
  if (text.trim() === '') {
    return { data: null, body: '', issues: [{ file, field: '', expected: 'tệp rỗng: cần phần đầu (frontmatter) giữa hai dòng ---' }] };
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { data: null, body: text, issues: [{ file, field: '', expected: 'cần phần đầu (frontmatter) giữa hai dòng --- ở đầu tệp' }] };
  }
  const { data, issues } = parseYaml(file, match[1] ?? '', 1);
  return { data, body: text.slice(match[0].length), issues };
}
