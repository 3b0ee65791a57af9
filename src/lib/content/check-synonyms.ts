// Checks the search synonyms file (content/search/tu-dong-nghia.yaml). The file is optional: a
// content folder without it simply has no synonyms.
import type { ContentIssue } from './content-issue.ts';
import { decodeText, parseYaml } from './frontmatter.ts';
import { validateEntry } from './validate-entry.ts';
import { synonymsSchema } from '../../schemas/synonyms.ts';
import { searchTokens } from '../search/tokens.ts';

export interface SynonymsReport {
  groups: string[][];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/** Validates the file; a phrase in two groups is a warning (the groups probably belong together). */
export function checkSynonyms(source: { file: string; bytes: Uint8Array } | null): SynonymsReport {
  const none: SynonymsReport = { groups: [], errors: [], warnings: [] };
  if (!source) return none;
  const decoded = decodeText(source.file, source.bytes);
  if (decoded.text === null) return { ...none, errors: decoded.issues };
  const parsed = parseYaml(source.file, decoded.text);
  if (parsed.data === null) return { ...none, errors: parsed.issues };
  const result = validateEntry(synonymsSchema, source.file, parsed.data);
  if (!result.ok) return { ...none, errors: result.issues };
  const warnings: ContentIssue[] = [];
  const seen = new Map<string, number>();
  result.value.groups.forEach((group, g) => {
    group.forEach((phrase, p) => {
      const key = searchTokens(phrase).join(' ');
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier !== g) {
        warnings.push({ file: source.file, field: `groups[${g}][${p}]`, expected: `cụm từ này đã có trong nhóm groups[${earlier}]: nên gộp hai nhóm làm một`, found: JSON.stringify(phrase) });
      }
      seen.set(key, earlier ?? g);
    });
  });
  return { groups: result.value.groups, errors: [], warnings };
}
