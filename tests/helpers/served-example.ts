// The shared example build (tests/helpers/shared-build.setup.ts) served on 127.0.0.1 with one
// Chromium, for the browser tests of a build test file: call once at the top of the file; the
// server and browser start before its tests and close after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/integrations/static-server.ts';
import { launchChromium } from './browser.ts';

export interface ServedSite {
  server: StaticServer;
  browser: Browser;
}

export function exampleSiteInChromium(): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    const build = inject('exampleBuild');
    expect(build.status, build.stderr).toBe(0);
    site.server = await serveStatic(build.dist);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
