// The CI files that draw images on several runners (deploy/github-actions/publish-sharded.yml,
// deploy/gitlab-ci-sharded.yml): every runner gets a distinct share and together they cover all
// (the shard count in the command matches the number of runners), only what was drawn is passed
// on, and the final job gathers it into the image cache before `npm run build`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
type Step = { run?: string; uses?: string; with?: Record<string, unknown> };

describe('GitHub Actions: deploy/github-actions/publish-sharded.yml', () => {
  const workflow = read('deploy/github-actions/publish-sharded.yml');
  const images = workflow.jobs.images;
  const build = workflow.jobs.build;

  test('a matrix of shards 1…N, each drawing its K/N share of the images only', () => {
    const shards: number[] = images.strategy.matrix.shard;
    expect(shards).toEqual(Array.from({ length: shards.length }, (_, i) => i + 1));
    expect(shards.length).toBeGreaterThan(1);
    const draw = (images.steps as Step[]).find((s) => s.run?.includes('--images-only'))!;
    expect(draw.run).toBe(`npm run build -- --images-only --shard \${{ matrix.shard }}/${shards.length}`);
  });

  test('each shard uploads what it drew under its own name; the final job merges them into the image cache, then builds', () => {
    const cacheDir = workflow.env.LOA_IMAGE_CACHE;
    const upload = (images.steps as Step[]).find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with!.name).toBe('loa-images-${{ matrix.shard }}');
    expect(build.needs).toBe('images');
    const steps = build.steps as Step[];
    const download = steps.findIndex((s) => s.uses?.startsWith('actions/download-artifact'));
    expect(steps[download]!.with).toMatchObject({ pattern: 'loa-images-*', 'merge-multiple': true, path: cacheDir });
    const buildStep = steps.findIndex((s) => s.run === 'npm run build');
    expect(buildStep).toBeGreaterThan(download);
    // The image cache is saved after the build, for the next run's shards and final job.
    expect(steps.findIndex((s) => s.uses?.startsWith('actions/cache/save') && s.with!.path === cacheDir)).toBeGreaterThan(buildStep);
  });
});

describe('GitLab CI: deploy/gitlab-ci-sharded.yml', () => {
  const pipeline = read('deploy/gitlab-ci-sharded.yml');

  test('one parallel job whose runners take the shard from CI_NODE_INDEX/CI_NODE_TOTAL', () => {
    expect(pipeline.images.parallel).toBeGreaterThan(1);
    expect(pipeline.images.script).toContain('npm run build -- --images-only --shard $CI_NODE_INDEX/$CI_NODE_TOTAL');
  });

  test('the pages job needs every shard, copies their images into the image cache before building', () => {
    const pages = pipeline.pages;
    expect(pages.needs).toEqual(['images']);
    const artifact = pipeline.images.artifacts.paths[0].replace(/\/$/, '');
    const script: string[] = pages.script;
    const merge = script.findIndex((line) => line.includes(`${artifact}/.`) && line.includes(pipeline.variables.LOA_IMAGE_CACHE));
    expect(merge).toBeGreaterThan(-1);
    expect(script.indexOf('npm run build')).toBeGreaterThan(merge);
  });
});
