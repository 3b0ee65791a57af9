// Every collection's schema, by the folder name under content/.
import { articleSchema } from './article.ts';
import { audienceSchema } from './audience.ts';
import { campaignSchema } from './campaign.ts';
import { messageSchema } from './message.ts';
import { policySchema } from './policy.ts';

export const collectionSchemas = {
  campaigns: campaignSchema,
  messages: messageSchema,
  policies: policySchema,
  articles: articleSchema,
  audiences: audienceSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];
export { siteSchema } from './site.ts';
