// The bench's guard: an edit to the project's code during a bench run must be noticed (the warm
// build's figures are then a partial rebuild), and nothing else may set it off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { codeFingerprint } from '../../scripts/bench/code-fingerprint.ts';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function project(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-fingerprint-'));
  fs.mkdirSync(path.join(dir, 'src/lib/images'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'src/lib/images/progress-spec.ts'), 'export const behind = "#a8361a";\n');
  fs.writeFileSync(path.join(dir, 'astro.config.mjs'), 'export default {};\n');
  fs.mkdirSync(path.join(dir, 'content'));
  return dir;
}

test('an edited source file, a new one or a changed config changes the fingerprint', () => {
  const root = project();
  const before = codeFingerprint(root);
  expect(codeFingerprint(root)).toBe(before);
  fs.writeFileSync(path.join(root, 'src/lib/images/progress-spec.ts'), 'export const behind = "#2e7d32";\n');
  const edited = codeFingerprint(root);
  expect(edited).not.toBe(before);
  fs.writeFileSync(path.join(root, 'src/lib/images/ranking.ts'), '\n');
  expect(codeFingerprint(root)).not.toBe(edited);
  const added = codeFingerprint(root);
  fs.writeFileSync(path.join(root, 'astro.config.mjs'), 'export default { trailingSlash: "always" };\n');
  expect(codeFingerprint(root)).not.toBe(added);
});

test('content, build output and caches do not count: the bench writes those itself', () => {
  const root = project();
  const before = codeFingerprint(root);
  fs.writeFileSync(path.join(root, 'content/site.yaml'), 'name: x\n');
  fs.mkdirSync(path.join(root, 'dist'));
  fs.writeFileSync(path.join(root, 'dist/index.html'), '<html></html>');
  expect(codeFingerprint(root)).toBe(before);
});
