// The response headers of public/_headers for every page, as a static host sends them: browser
// tests serve the built site with these so scripts run under the real Content-Security-Policy.
import fs from 'node:fs';
import path from 'node:path';
import { parseHeadersFile } from '../../src/lib/site/headers-file.ts';
import { ROOT } from './build-site.ts';

/** Every header of `/*` in public/_headers (HSTS left out: it means nothing on http://127.0.0.1). */
export function siteHeaders(): Record<string, string> {
  const { 'Strict-Transport-Security': _hsts, ...sent } = parseHeadersFile(fs.readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')).get('/*') ?? {};
  return sent;
}
