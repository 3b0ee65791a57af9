// The workflow files localities copy (deploy/github-actions/publish.yml, deploy/gitlab-ci.yml) are
// valid YAML, run the commands the README documents, deploy only after a successful build, and
// keep the image cache between runs.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const readme = read('README.md');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}

describe('GitHub Actions workflow', () => {
  const workflow = parse(read('deploy/github-actions/publish.yml')) as {
    on: { push: { branches: string[] }; schedule: { cron: string }[] };
    env: Record<string, string>;
    jobs: Record<string, { steps: Step[]; needs?: string }>;
  };
  const steps = workflow.jobs.build!.steps;

  test('builds on every push to main and every morning (scheduled articles appear on their day)', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule[0]!.cron).toBe('0 23 * * *');
  });

  test('runs the README’s commands, and each of them is in the README', () => {
    const commands = steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
    expect(commands).toEqual(['npm ci', 'npm run build']);
    for (const command of commands) expect(readme).toContain(command);
  });

  test('restores the image cache before the build, keyed by content and renderer', () => {
    const cacheIndex = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(cacheIndex).toBeGreaterThan(-1);
    expect(cacheIndex).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
    expect(steps[cacheIndex]!.with!.path).toBe(workflow.env.LOA_IMAGE_CACHE);
    expect(steps[cacheIndex]!.with!.key).toMatch(/hashFiles\('content\/\*\*', 'src\/lib\/images\/\*\*'/);
  });

  test('uploads dist/ only after the build step, and deploys only after the build job', () => {
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm run build'));
    expect(steps[upload]!.with!.path).toBe('dist');
    expect(workflow.jobs.deploy!.needs).toBe('build');
    expect(workflow.jobs.deploy!.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('GitLab CI pipeline', () => {
  const pipeline = parse(read('deploy/gitlab-ci.yml')) as { image: string; variables: Record<string, string>; pages: { script: string[]; artifacts: { paths: string[] }; cache: { paths: string[] }[] } };

  test('the pages job builds with the README’s commands, then publishes the complete dist/ as public/', () => {
    const script = pipeline.pages.script;
    expect(script[0]).toMatch(/^npm ci\b/);
    expect(script[1]).toBe('npm run build');
    expect(readme).toContain('npm ci');
    expect(script.slice(2)).toEqual(['rm -rf public', 'mv dist public']);
    expect(pipeline.pages.artifacts.paths).toEqual(['public']);
  });

  test('keeps the image cache and uses Node 24 like the project', () => {
    expect(pipeline.pages.cache.flatMap((c) => c.paths)).toContain(pipeline.variables.LOA_IMAGE_CACHE);
    expect(pipeline.image).toBe('node:24');
    expect(read('.nvmrc').trim()).toMatch(/^24/);
  });
});
