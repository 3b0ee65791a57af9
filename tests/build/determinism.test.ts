// Determinism gate: two clean builds of the same commit (each with a fresh Astro cache, into
// different folders) produce byte-identical sites: no timestamps, stable order, stable bytes.
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { buildSite, snapshotFolder, tempDir } from '../helpers/build-site.ts';

describe('identical rebuilds', () => {
  test('a second clean build is byte-identical to the first, file for file', () => {
    const first = inject('exampleBuild');
    expect(first.status).toBe(0);
    const root = tempDir('rebuild');
    const second = buildSite(path.join(root, 'dist'), undefined, { cacheDir: path.join(root, 'astro-cache') });
    expect(second.stderr).not.toMatch(/Lỗi/);
    expect(second.status).toBe(0);

    const a = snapshotFolder(first.dist);
    const b = snapshotFolder(path.join(root, 'dist'));
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a.keys()].filter((file) => a.get(file) !== b.get(file));
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(50);
  });
});
