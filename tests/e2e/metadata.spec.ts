import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { formatPartialDate } from '../../src/lib/partial-date.ts';
import { readLastCommitDates } from '../../src/lib/read-last-commit-dates.ts';
import { sourceUrl } from '../../src/lib/source-url.ts';
import { site } from '../../src/site.config.ts';
import { ArticlePage } from './pages/ArticlePage.ts';
import { builtPages, jsonLdScripts, readBuilt, siteUrl } from './support/built-site.ts';
import { article, e2eCorpus } from './support/corpus.ts';
import { ROOT } from './support/site-build.ts';
import { seedFacts } from './support/seeds.ts';

const UNDATED = article(seedFacts('seeds/000_1a0fa30b9826f976.txt').slug);
const JUNE_2024 = article(seedFacts('seeds/004_5a753ca10db2e016.txt').slug);
const SCRIPT_TITLE = article(seedFacts('tests/fixtures/e2e-seeds/script-in-title.txt').slug);

function meta(page: Page, property: string) {
  return page.locator(`meta[property="${property}"]`);
}

test('every page with JSON-LD holds valid JSON, and each article page its NewsArticle', () => {
  const found = new Map<string, Record<string, unknown>>();
  for (const file of builtPages()) {
    for (const script of jsonLdScripts(readBuilt(file))) {
      expect(() => JSON.parse(script), `${file}: ${script.slice(0, 80)}`).not.toThrow();
      found.set(file, JSON.parse(script));
    }
  }
  const articles = e2eCorpus();
  expect([...found.keys()].sort()).toEqual(articles.map((entry) => `${entry.url.slice(1)}index.html`).sort());
  for (const entry of articles) {
    const jsonLd = found.get(`${entry.url.slice(1)}index.html`)!;
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: entry.title,
      description: entry.description,
      inLanguage: entry.lang,
      url: siteUrl(entry.url),
      isPartOf: { '@type': 'WebSite', name: site.title, url: siteUrl('/') },
    });
    expect(jsonLd.datePublished).toBe(entry.date);
    const mentions = [
      ...entry.people.map((name) => ({ '@type': 'Person', name })),
      ...entry.places.map((name) => ({ '@type': 'Place', name })),
      ...entry.organizations.map((name) => ({ '@type': 'Organization', name })),
    ];
    expect(jsonLd.mentions ?? []).toEqual(mentions);
  }
  expect(found.get(`${JUNE_2024.url.slice(1)}index.html`)!.datePublished).toBe('2024-06');
});

test('a title with </script> stays data: its JSON-LD equals the title and nothing runs', async ({ page }) => {
  expect(SCRIPT_TITLE.title).toContain('</script><script>window.__pwned=1</script>');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const articlePage = new ArticlePage(page);
  await articlePage.goto(SCRIPT_TITLE.url);

  await expect(articlePage.heading).toContainText('</script><script>window.__pwned=1</script>');
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  expect(JSON.parse((await scripts.textContent())!).headline).toBe(SCRIPT_TITLE.title);
  await expect(meta(page, 'og:title')).toHaveAttribute('content', SCRIPT_TITLE.title);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('an article page describes itself to link previews, at its date precision', async ({ page }) => {
  await page.goto(JUNE_2024.url);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', siteUrl(JUNE_2024.url));
  await expect(meta(page, 'og:url')).toHaveAttribute('content', siteUrl(JUNE_2024.url));
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'og:title')).toHaveAttribute('content', JUNE_2024.title);
  await expect(meta(page, 'og:description')).toHaveAttribute('content', JUNE_2024.description);
  await expect(meta(page, 'og:site_name')).toHaveAttribute('content', site.title);
  await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'fr_FR');
  await expect(meta(page, 'article:published_time')).toHaveAttribute('content', '2024-06');

  await page.goto(UNDATED.url);
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'article:published_time')).toHaveCount(0);
});

test('other pages are a website, with absolute canonical addresses', async ({ page }) => {
  for (const address of ['/', '/archives/', '/chronologie/']) {
    await page.goto(address);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', siteUrl(address));
    await expect(meta(page, 'og:url')).toHaveAttribute('content', siteUrl(address));
    await expect(meta(page, 'og:type')).toHaveAttribute('content', 'website');
    await expect(meta(page, 'article:published_time')).toHaveCount(0);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  }
});

test.describe('the information column', () => {
  // The build reads dates from git at the project root: the e2e seeds are copies that were
  // never committed, so git knows no date for them, and the page must then show none.
  const gitDates = readLastCommitDates(ROOT, ['*.txt']);

  for (const entry of [JUNE_2024, UNDATED, SCRIPT_TITLE]) {
    test(`« ${entry.slug} » shows its seed's last commit date and source link only when known`, async ({ page }) => {
      const articlePage = new ArticlePage(page);
      await articlePage.goto(entry.url);
      const seed = (await articlePage.info.locator('code').first().textContent())!;
      expect(path.basename(seed)).toBe(path.basename(entry.seed));

      const updated = gitDates.get(seed);
      const label = articlePage.info.getByText('Dernière mise à jour', { exact: true });
      if (updated) {
        await expect(label).toBeVisible();
        const time = articlePage.info.locator(`time[datetime="${updated}"]`);
        await expect(time).toHaveText(formatPartialDate(updated.slice(0, 10)));
      } else {
        await expect(label).toHaveCount(0);
      }

      const source = sourceUrl(seed, site.repository, site.branch);
      const link = articlePage.info.getByRole('link', { name: 'Voir la source' });
      if (source) await expect(link).toHaveAttribute('href', source);
      else await expect(link).toHaveCount(0);
    });
  }
});
