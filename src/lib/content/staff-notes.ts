// Remarks written for staff in content files (a legal source's staffNote): kept off the public
// text (pages show them under "Ghi chú cho cán bộ") and printed by content:check as warnings, so
// whoever runs the check sees what is still to verify.
import type { Policy } from '../../schemas/policy.ts';
import type { ContentIssue } from './content-issue.ts';
import type { Entry } from './entries.ts';

/** One warning per staffNote of a policy's legal sources. */
export function staffNoteWarnings(policy: Entry<Policy>): ContentIssue[] {
  return policy.data.sources.flatMap((source, i) =>
    source.staffNote ? [{ file: policy.file, field: `sources[${i}].staffNote`, expected: `ghi chú cho cán bộ (${source.document}): ${source.staffNote}` }] : [],
  );
}
