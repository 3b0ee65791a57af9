// RSS feed of articles, newest first.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArticles, loadSite } from '../data/content.ts';
import { vi } from '../i18n/vi.ts';
import { articlesByDate } from '../lib/site/collections.ts';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return rss({
    title: vi.rss.title(site.name),
    description: site.tagline,
    site: site.baseUrl,
    customData: '<language>vi</language>',
    items: articlesByDate(await loadArticles()).map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      pubDate: new Date(`${a.data.date}T00:00:00Z`),
      link: routes.article(a.id),
      categories: a.data.tags,
    })),
  });
};
