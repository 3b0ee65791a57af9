// Assembles the collections from the schemas in src/schemas/. The content folder is ./content
// unless LOA_CONTENT_DIR names another one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { articleSchema } from './schemas/article.ts';
import { audienceSchema } from './schemas/audience.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { messageSchema } from './schemas/message.ts';
import { policySchema } from './schemas/policy.ts';
import { siteSchema } from './schemas/site.ts';
import { entryId } from './lib/content/check-content.ts';
import { resolveContentDir } from './integrations/content-dir.ts';

const contentDir = resolveContentDir();
const folder = (name: string) => pathToFileURL(path.join(contentDir, name) + path.sep);
// Files starting with "_" are drafts and notes, never pages (the checker skips them too).
const mdxFiles = (name: string) => glob({ pattern: ['*.{md,mdx}', '!_*'], base: folder(name), generateId: ({ entry }) => entryId(entry) });

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
