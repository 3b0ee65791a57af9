// Typed, validated content: what the checker hands to the rest of the build.
import type { Article } from '../../schemas/article.ts';
import type { Audience } from '../../schemas/audience.ts';
import type { Campaign } from '../../schemas/campaign.ts';
import type { Message } from '../../schemas/message.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { SiteIdentity } from '../../schemas/site.ts';

export interface Entry<T> {
  /** File name without extension: the id other entries refer to and the page's URL segment. */
  id: string;
  /** File path shown in messages. */
  file: string;
  data: T;
  body: string;
}

export interface ContentEntries {
  site: SiteIdentity | null;
  campaigns: Entry<Campaign>[];
  messages: Entry<Message>[];
  policies: Entry<Policy>[];
  articles: Entry<Article>[];
  audiences: Entry<Audience>[];
  /** Synonym groups for search (content/search/tu-dong-nghia.yaml; none when the file is absent). */
  synonyms: string[][];
}
