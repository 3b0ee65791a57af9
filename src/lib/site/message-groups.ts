// Several campaigns often use the very same slogan (the national 2020 plan's messages come back in
// provincial plans word for word). A reader looking for a poster wants that slogan once, with the
// campaigns that used it, not three identical lines. This is the one rule for "the same slogan",
// used by the message list, the content check's warning and the search results.
import type { Campaign } from '../../schemas/campaign.ts';
import type { Message } from '../../schemas/message.ts';
import { campaignsByRecency, type Item } from './collections.ts';

/**
 * What makes two slogans the same: the same words, whatever the case ("Bảo hiểm xã hội" /
 * "bảo hiểm xã hội"), spacing, Unicode form or closing punctuation. Different words, or the same
 * words in another order, are different slogans.
 */
export function messageTextKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!…;,]+$/u, '');
}

export interface MessageGroup<T> {
  key: string;
  /** Members in the order they came in: the first stands for the group. */
  messages: T[];
}

/** Messages with the same slogan together, groups in the order of their first member. */
export function groupMessages<T extends Item<Pick<Message, 'text'>>>(messages: readonly T[]): MessageGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const message of messages) {
    const key = messageTextKey(message.data.text);
    groups.set(key, [...(groups.get(key) ?? []), message]);
  }
  return [...groups].map(([key, members]) => ({ key, messages: members }));
}

/** One slogan on the message list: the message whose page it links to, and every use of it. */
export interface MessageListItem<M, C> {
  message: M;
  /** Each campaign that uses the slogan, most recent first, with its own message (its page). */
  uses: { campaign: C; message: M }[];
}

export interface MessageListSection<M, C> {
  campaign: C;
  items: MessageListItem<M, C>[];
}

/**
 * The message list: one section per campaign, most recent first; a slogan used by several
 * campaigns appears once, in its most recent campaign's section, listing all of them.
 */
export function messageListSections<M extends Item<Pick<Message, 'text' | 'campaigns' | 'order'>>, C extends Item<Campaign>>(messages: readonly M[], campaigns: readonly C[]): MessageListSection<M, C>[] {
  const recent = campaignsByRecency(campaigns);
  const rank = new Map(recent.map((c, i) => [c.id, i]));
  const firstCampaign = (m: M) => Math.min(...m.data.campaigns.map((id) => rank.get(id) ?? Infinity));
  // Members sorted so the most recent campaign's message stands for the group.
  const sorted = [...messages].sort((a, b) => firstCampaign(a) - firstCampaign(b) || a.data.order - b.data.order || a.id.localeCompare(b.id));
  const sections = new Map<string, MessageListItem<M, C>[]>();
  for (const group of groupMessages(sorted)) {
    const uses = group.messages.flatMap((message) => recent.filter((c) => message.data.campaigns.includes(c.id)).map((campaign) => ({ campaign, message })));
    uses.sort((a, b) => rank.get(a.campaign.id)! - rank.get(b.campaign.id)!);
    const home = uses[0]?.campaign;
    if (!home) continue;
    sections.set(home.id, [...(sections.get(home.id) ?? []), { message: group.messages[0]!, uses }]);
  }
  return recent.filter((c) => sections.has(c.id)).map((campaign) => ({ campaign, items: sections.get(campaign.id)!.sort((a, b) => a.message.data.order - b.message.data.order || a.message.id.localeCompare(b.message.id)) }));
}
