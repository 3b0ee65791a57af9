import { createRequire } from "node:module"; const require = createRequire(import.meta.url);
import { launchChromium } from './tests/helpers/browser.ts';
import { serveStatic } from './src/integrations/static-server.ts';
const dir = process.argv[2] ?? 'dist';
const pages = process.argv.slice(3);
const server = await serveStatic(require("node:path").resolve(dir));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 });
for (const p of pages) {
  await page.goto(server.origin + p);
  const name = p.replace(/\//g, '_') || 'home';
  await page.screenshot({ path: `/tmp/prog-shots/${name}.png` });
  await page.screenshot({ path: `/tmp/prog-shots/${name}-full.png`, fullPage: true });
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(p, 'scrollWidth', sw, 'height', h);
}
await browser.close(); await server.close();
