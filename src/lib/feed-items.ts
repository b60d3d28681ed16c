import type { RSSFeedItem } from '@astrojs/rss';
import { absoluteUrl } from './absolute-url.ts';
import { parsePartialDate } from './partial-date.ts';
import { articlePath } from './urls.ts';

/** Site path of the feed (`src/pages/rss.xml.ts`), announced in every page's head. */
export const FEED_PATH = '/rss.xml';

/** How many articles the feed carries: the newest ones. */
export const FEED_SIZE = 50;

/** What the feed shows of an article. */
export interface FeedArticle {
  slug: string;
  title: string;
  description: string;
  date?: string;
}

/**
 * The feed's items: the first `limit` articles (give them newest first), each with its
 * absolute address and, when dated, the first day of its date's precision as `pubDate`
 * (RSS needs a full date: `2024-06` → 1 June 2024, 00:00 UTC); an undated article has none.
 */
export function feedItems(articles: readonly FeedArticle[], siteUrl: string, limit = FEED_SIZE): RSSFeedItem[] {
  return articles.slice(0, limit).map((article) => {
    const pubDate = article.date === undefined ? undefined : startOfPartialDate(article.date);
    return {
      title: article.title,
      link: absoluteUrl(articlePath(article.slug), siteUrl),
      description: article.description,
      ...(pubDate && { pubDate }),
    };
  });
}

/** The first instant of a partial date, in UTC: `2024` → 2024-01-01T00:00Z; undefined when malformed. */
export function startOfPartialDate(text: string): Date | undefined {
  const date = parsePartialDate(text);
  if (!date) return undefined;
  const start = new Date(0);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  start.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return start;
}
