// Every reference between entries must point at an entry that exists: a broken link between
// content would otherwise become a 404 on the public site.
import type { ContentIssue } from './content-issue.ts';
import type { ContentEntries } from './entries.ts';

/** Ids of the files present in each referenced collection, valid or not. */
export interface KnownIds {
  campaigns: ReadonlySet<string>;
  audiences: ReadonlySet<string>;
}

/**
 * Issues for references to campaigns, audiences or the site's current campaign that do not exist.
 * A file that exists but is itself invalid still counts as present, so one broken file gives one
 * error, not a cascade.
 */
export function checkReferences(entries: ContentEntries, ids: KnownIds, siteFile: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const expect = (kind: keyof typeof ids, file: string, field: string, id: string) => {
    if (ids[kind].has(id)) return;
    const folder = `content/${kind}`;
    const known = [...ids[kind]].sort().join(', ') || '(chưa có mục nào)';
    issues.push({ file, field, expected: `cần mã của một mục có trong ${folder} (có: ${known})`, found: JSON.stringify(id) });
  };

  if (entries.site) expect('campaigns', siteFile, 'currentCampaign', entries.site.currentCampaign);
  for (const campaign of entries.campaigns) {
    campaign.data.audiences.forEach((id, i) => expect('audiences', campaign.file, `audiences[${i}]`, id));
  }
  for (const message of entries.messages) {
    message.data.campaigns.forEach((id, i) => expect('campaigns', message.file, `campaigns[${i}]`, id));
  }
  for (const policy of entries.policies) {
    policy.data.audiences.forEach((id, i) => expect('audiences', policy.file, `audiences[${i}]`, id));
  }
  for (const article of entries.articles) {
    if (article.data.campaign) expect('campaigns', article.file, 'campaign', article.data.campaign);
  }
  return issues;
}
