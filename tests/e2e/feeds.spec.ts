import { expect, test } from '@playwright/test';
import { startOfPartialDate } from '../../src/lib/feed-items.ts';
import { site } from '../../src/site.config.ts';
import { builtFile, readBuilt, siteUrl, xml } from './support/built-site.ts';
import { e2eCorpus } from './support/corpus.ts';
import { seedFacts } from './support/seeds.ts';

const SCRIPT_TITLE = seedFacts('tests/fixtures/e2e-seeds/script-in-title.txt');

interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: string;
  guid: { '#text': string; '@_isPermaLink': string };
}

function feed() {
  return xml.parse(readBuilt('rss.xml')).rss as { '@_version': string; channel: Record<string, unknown> & { item: FeedItem[] } };
}

test('the feed and the sitemaps are well-formed XML for the browser’s strict parser', async ({ page }) => {
  const sitemaps = (xml.parse(readBuilt('sitemap-index.xml')).sitemapindex.sitemap as Array<{ loc: string }>).map(({ loc }) =>
    loc.slice(siteUrl('/').length),
  );
  for (const file of ['rss.xml', 'sitemap-index.xml', ...sitemaps]) {
    const error = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
      readBuilt(file),
    );
    expect(error, file).toBeNull();
  }
});

test.describe('RSS feed', () => {
  test('is RSS 2.0 describing the site', () => {
    const rss = feed();
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toBe(site.title);
    expect(rss.channel.link).toBe(siteUrl('/'));
    expect(rss.channel.description).toBe(site.description);
    expect(rss.channel.language).toBe(site.lang);
  });

  test('carries the newest articles, each linking to a page of the site', () => {
    const { item: items } = feed().channel;
    const newest = e2eCorpus().slice(0, 50);
    expect(items).toHaveLength(Math.min(50, e2eCorpus().length));
    expect(items.map((item) => item.title)).toEqual(newest.map((article) => article.title));
    items.forEach((item, index) => {
      const article = newest[index];
      expect(item.link).toBe(siteUrl(article.url));
      expect(builtFile(item.link), `${item.link} is a page of the built site`).toBeDefined();
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      expect(item.description).toBe(article.description);
      expect(item.pubDate).toBe(article.date ? startOfPartialDate(article.date)!.toUTCString() : undefined);
    });
  });

  test('keeps markup in a title as text', () => {
    const item = feed().channel.item.find((candidate) => candidate.link === siteUrl(SCRIPT_TITLE.url));
    expect(item?.title).toBe(SCRIPT_TITLE.title);
  });

  test('is announced in the head of every kind of page', async ({ page }) => {
    for (const address of ['/', SCRIPT_TITLE.url, '/archives/']) {
      await page.goto(address);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', siteUrl('/rss.xml'));
    }
  });
});

test.describe('sitemap and robots.txt', () => {
  function sitemapUrls(): string[] {
    const index = xml.parse(readBuilt('sitemap-index.xml')).sitemapindex.sitemap as Array<{ loc: string }>;
    expect(index.length).toBeGreaterThan(0);
    return index.flatMap(({ loc }) => {
      const file = builtFile(loc);
      expect(file, `${loc} is a file of the built site`).toBeDefined();
      return (xml.parse(readBuilt(loc.slice(siteUrl('/').length))).urlset.url as Array<{ loc: string }>).map((url) => url.loc);
    });
  }

  test('the sitemap lists every article page, by absolute addresses of built pages', () => {
    const urls = sitemapUrls();
    for (const article of e2eCorpus()) expect(urls).toContain(siteUrl(article.url));
    for (const url of urls) expect(builtFile(url), `${url} is a page of the built site`).toBeDefined();
    expect(urls).toContain(siteUrl('/'));
    expect(urls).not.toContain(siteUrl('/404/'));
  });

  test('robots.txt points crawlers at the sitemap index', () => {
    const robots = readBuilt('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`\nSitemap: ${siteUrl('/sitemap-index.xml')}\n`);
    expect(builtFile(siteUrl('/sitemap-index.xml'))).toBeDefined();
  });
});
