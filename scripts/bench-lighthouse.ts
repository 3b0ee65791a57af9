// npm run bench:lighthouse — builds the example site, serves it on 127.0.0.1 with the headers of
// public/_headers, and runs Lighthouse (mobile settings: emulated phone, simulated slow 4G) in
// Debian's Chromium on one page of each template. Prints the four scores, LCP, CLS and total
// bytes. Figures, not a test. Options: --dist DIR (use an existing build instead).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { builtPages, onePagePerKind } from '../src/integrations/built-pages.ts';
import { parseHeadersFile } from '../src/lib/site/headers-file.ts';
import { serveStatic } from '../src/integrations/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
const root = process.cwd();
let dist = values.dist ? path.resolve(values.dist) : '';
let work = '';
if (!dist) {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'loa-lighthouse-'));
  dist = path.join(work, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(1);
}

// The headers a host would send (public/_headers, rule "/*"), minus HSTS (meaningless on http).
const { 'Strict-Transport-Security': _hsts, ...headers } = parseHeadersFile(fs.readFileSync(path.join(root, 'public/_headers'), 'utf8')).get('/*') ?? {};

const server = await serveStatic(dist, headers);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log(`Lighthouse (mobile) · ${server.origin}\n`);
console.log(`${'mẫu trang'.padEnd(10)} ${'hiệu năng'.padStart(9)} ${'truy cập'.padStart(9)} ${'thực hành'.padStart(9)} ${'SEO'.padStart(5)} ${'LCP'.padStart(8)} ${'CLS'.padStart(6)} ${'tổng tải'.padStart(9)}  trang`);
try {
  for (const [kind, page] of onePagePerKind(builtPages(dist))) {
    const result = await lighthouse(server.origin + page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], locale: 'vi' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    const { categories, audits } = result.lhr;
    const score = (name: string) => String(Math.round((categories[name]?.score ?? 0) * 100)).padStart(name === 'seo' ? 5 : 9);
    const lcp = `${((audits['largest-contentful-paint']?.numericValue ?? 0) / 1000).toFixed(2)} s`;
    const cls = (audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3);
    const bytes = `${((audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1)} KB`;
    console.log(`${kind.padEnd(10)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')} ${lcp.padStart(8)} ${cls.padStart(6)} ${bytes.padStart(9)}  ${page.url}`);
  }
} finally {
  chrome.kill();
  await server.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
}
