import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedItems, startOfPartialDate, type FeedArticle } from '../../src/lib/feed-items.ts';

const SITE = 'https://veille.example.org';

function articles(count: number): FeedArticle[] {
  return Array.from({ length: count }, (_, index) => ({
    slug: `article-${index}`,
    title: `Article ${index}`,
    description: `Chapeau ${index}.`,
    date: '2024-06-10',
  }));
}

describe('feedItems', () => {
  it('carries the 50 first articles, in the given order', () => {
    const items = feedItems(articles(60), SITE);
    expect(FEED_SIZE).toBe(50);
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.title)).toEqual(articles(50).map((article) => article.title));
    expect(feedItems(articles(3), SITE)).toHaveLength(3);
  });

  it('gives each item its absolute address, title and lead', () => {
    const [item] = feedItems([{ slug: 'piege', title: '</script> & co', description: 'Lead.', date: '2024-06-10' }], `${SITE}/archive/`);
    expect(item).toEqual({
      title: '</script> & co',
      link: 'https://veille.example.org/archive/articles/piege/',
      description: 'Lead.',
      pubDate: new Date('2024-06-10T00:00:00Z'),
    });
  });

  it('dates an item at the first day of its precision, and not at all when undated', () => {
    const [month, year, undated] = feedItems(
      [
        { slug: 'a', title: 'A', description: 'a', date: '2024-06' },
        { slug: 'b', title: 'B', description: 'b', date: '2023' },
        { slug: 'c', title: 'C', description: 'c' },
      ],
      SITE,
    );
    expect(month.pubDate).toEqual(new Date('2024-06-01T00:00:00Z'));
    expect(year.pubDate).toEqual(new Date('2023-01-01T00:00:00Z'));
    expect(undated).not.toHaveProperty('pubDate');
  });
});

describe('startOfPartialDate', () => {
  it('keeps early years as written', () => {
    expect(startOfPartialDate('0042-03')?.toISOString()).toBe('0042-03-01T00:00:00.000Z');
  });

  it('gives nothing for a malformed date', () => {
    expect(startOfPartialDate('juin 2024')).toBeUndefined();
  });
});
