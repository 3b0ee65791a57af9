// Adds the editor's own Content-Security-Policy to the built site's _headers (see
// src/lib/site/admin-csp.ts), for the Git host named in site.yaml › cms.
import fs from 'node:fs';
import path from 'node:path';
import { backendOf } from '../data/cms.ts';
import { adminHeadersRule } from '../lib/site/admin-csp.ts';
import type { SiteIdentity } from '../schemas/site.ts';

export function writeAdminHeaders(outDir: string, site: SiteIdentity): void {
  const file = path.join(outDir, '_headers');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.writeFileSync(file, current.replace(/\n*$/, '\n') + adminHeadersRule(backendOf(site)));
}
