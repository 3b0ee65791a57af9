// Assembles the collections from the schemas in src/schemas/. The content folder is ./content
// unless LOA_CONTENT_DIR names another one.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { collectionSchemas, siteSchema } from './schemas/index.ts';
import { entryId } from './lib/content/check-content.ts';
import { resolveContentDir } from './integrations/content-dir.ts';

const contentDir = resolveContentDir();
const folder = (name: string) => pathToFileURL(path.join(contentDir, name) + path.sep);
const mdxFiles = (name: keyof typeof collectionSchemas) =>
  defineCollection({
    loader: glob({ pattern: ['*.{md,mdx}', '!_*'], base: folder(name), generateId: ({ entry }) => entryId(entry) }),
    schema: collectionSchemas[name],
  });

export const collections = {
  site: defineCollection({
    loader: file(path.join(contentDir, 'site.yaml'), { parser: (text) => ({ site: parse(text) }) }),
    schema: siteSchema,
  }),
  campaigns: mdxFiles('campaigns'),
  messages: mdxFiles('messages'),
  policies: mdxFiles('policies'),
  articles: mdxFiles('articles'),
  audiences: mdxFiles('audiences'),
};
