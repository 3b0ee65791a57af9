import { describe, expect, test } from 'vitest';
import { fieldPath, formatIssue } from '../../../src/lib/content/content-issue.ts';

describe('fieldPath', () => {
  test('dots between names, brackets around list positions', () => {
    expect(fieldPath(['milestones', 2, 'date'])).toBe('milestones[2].date');
    expect(fieldPath([])).toBe('');
  });
  test('quotes a key that is not a plain word, so the issue stays one line (found by the rules property suite)', () => {
    expect(fieldPath(['documents', 'dòng\nhai'])).toBe('documents["dòng\\nhai"]');
    expect(fieldPath(['ghi chú', 0])).toBe('["ghi chú"][0]');
    expect(formatIssue({ file: 'f.yaml', field: fieldPath(['a.b']), expected: 'x' })).toBe('f.yaml › ["a.b"]: x');
  });
});
