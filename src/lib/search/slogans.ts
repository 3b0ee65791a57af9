// A slogan used word for word by several campaigns is one answer, not three: search indexes it
// once, on the page of the message that stands for the group (the one the message list links to,
// src/lib/site/message-groups.ts), which lists every campaign that used it. The other pages stay
// on the site and list the same campaigns, but are left out of the index.
import type { Campaign } from '../../schemas/campaign.ts';
import type { Message } from '../../schemas/message.ts';
import type { Item } from '../site/collections.ts';
import { messageListSections } from '../site/message-groups.ts';

export interface SloganSearch<C> {
  /** Whether this message's page is the one search indexes for its slogan. */
  indexed: boolean;
  /** Every campaign that used the slogan, most recent first. */
  campaigns: C[];
}

/** For each message id, whether search indexes its page and the campaigns its slogan belongs to. */
export function sloganSearch<M extends Item<Pick<Message, 'text' | 'campaigns' | 'order'>>, C extends Item<Campaign>>(
  messages: readonly M[],
  campaigns: readonly C[],
): Map<string, SloganSearch<C>> {
  const out = new Map<string, SloganSearch<C>>();
  for (const section of messageListSections(messages, campaigns)) {
    for (const item of section.items) {
      const used = [...new Set(item.uses.map((u) => u.campaign))];
      for (const { message } of item.uses) out.set(message.id, { indexed: message.id === item.message.id, campaigns: used });
    }
  }
  return out;
}
