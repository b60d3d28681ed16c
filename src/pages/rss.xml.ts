import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { loadCorpus } from '../lib/articles.ts';
import { FEED_PATH, feedItems } from '../lib/feed-items.ts';
import { site } from '../site.config.ts';

/** The RSS 2.0 feed of the newest articles. */
export const GET: APIRoute = async () => {
  const { articles } = await loadCorpus();
  return rss({
    title: site.title,
    description: site.description,
    site: absoluteUrl('/', site.url),
    items: feedItems(articles, site.url),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${site.lang}</language><atom:link href="${absoluteUrl(FEED_PATH, site.url)}" rel="self" type="application/rss+xml"/>`,
  });
};
