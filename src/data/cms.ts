// What the editor at /admin/ needs from this build: the site identity, where the content folder
// sits in the repository, and the schemas (see src/lib/cms/cms-config.ts).
import path from 'node:path';
import { collectionSchemas, siteSchema } from '../schemas/index.ts';
import { synonymsSchema } from '../schemas/synonyms.ts';
import { cmsConfig, type CmsBackend } from '../lib/cms/cms-config.ts';
import { routes } from '../lib/site/routes.ts';
import { resolveContentDir } from '../integrations/content-dir.ts';
import type { SiteIdentity } from '../schemas/site.ts';

/** Used until site.yaml › cms names the site's repository (local-folder mode works without it). */
export const PLACEHOLDER_BACKEND: CmsBackend = { host: 'github', repo: 'to-chuc/kho-noi-dung', branch: 'main' };

export function backendOf(site: SiteIdentity): CmsBackend {
  return site.cms ? { host: site.cms.host, repo: site.cms.repo, branch: site.cms.branch, apiRoot: site.cms.apiRoot } : PLACEHOLDER_BACKEND;
}

const PAGES: Record<string, (id: string) => string> = { articles: routes.article, messages: routes.message, campaigns: routes.campaign, policies: routes.policy, audiences: routes.audience };

/** The configuration object of /admin/config.yml. */
export function siteCmsConfig(site: SiteIdentity): Record<string, unknown> {
  // The editor works on the repository's files: the content folder as a path inside it.
  const contentFolder = path.relative(process.cwd(), resolveContentDir()).split(path.sep).join('/') || '.';
  return cmsConfig({
    contentFolder,
    backend: backendOf(site),
    siteUrl: site.baseUrl,
    logo: site.logo,
    collections: collectionSchemas,
    siteSchema,
    synonymsSchema,
    pagePath: (name) => PAGES[name]?.('{{slug}}'),
  });
}
