// Assembles the collections from the schemas in src/schemas/. The content folder is ./content
// unless LOA_CONTENT_DIR names another one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { articleSchema } from './schemas/article.ts';
import { audienceSchema } from './schemas/audience.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { messageSchema } from './schemas/message.ts';
import { policySchema } from './schemas/policy.ts';
import { siteSchema } from './schemas/site.ts';
import { entryId } from './lib/content/check-content.ts';
import { resolveContentDir } from './integrations/content-dir.ts';
import { publishedIdsIn } from './integrations/published-content.ts';
import type { CollectionName } from './schemas/index.ts';

const contentDir = resolveContentDir();
const folder = (name: string) => pathToFileURL(path.join(contentDir, name) + path.sep);
// Files starting with "_" are drafts and notes, never pages (the checker skips them too).
const globFiles = (name: string) => glob({ pattern: ['*.{md,mdx}', '!_*'], base: folder(name), generateId: ({ entry }) => entryId(entry) });
// Drafts and entries dated after the build's reference date are dropped from the store after the
// glob loader has read the folder, so they get no page and no place in any list, feed or index
// (src/lib/content/publication.ts decides, for this step and the steps before Astro alike).
const mdxFiles = (name: CollectionName): Loader => {
  const inner = globFiles(name);
  return {
    name: `loa-published-${name}`,
    async load(context) {
      await inner.load(context);
      const keep = publishedIdsIn(contentDir)[name];
      for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
    },
  };
};

export const collections = {
  site: defineCollection({
    loader: file(path.join(contentDir, 'site.yaml'), { parser: (text) => ({ site: parse(text) }) }),
    schema: siteSchema,
  }),
  campaigns: defineCollection({ loader: mdxFiles('campaigns'), schema: campaignSchema }),
  messages: defineCollection({ loader: mdxFiles('messages'), schema: messageSchema }),
  policies: defineCollection({ loader: mdxFiles('policies'), schema: policySchema }),
  articles: defineCollection({ loader: mdxFiles('articles'), schema: articleSchema }),
  audiences: defineCollection({ loader: mdxFiles('audiences'), schema: audienceSchema }),
};
