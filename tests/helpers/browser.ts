// Debian's Chromium driven by playwright-core, with the flags the project's browser tests use.
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A new page at `url` on a phone screen (360×780 unless told), once its web fonts are in: text measured after that is measured as readers see it. */
export async function openOnPhone(browser: Browser, url: string, width = 360): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 780 } });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}
