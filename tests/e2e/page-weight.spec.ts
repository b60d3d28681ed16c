import { expect, test, type Page } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { SitePage } from './pages/SitePage.ts';
import { seedFacts, words } from './support/seeds.ts';

const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');

/** The search code: Pagefind's files and the site's own search script. */
const SEARCH_FILE = /\/pagefind\/|\/_astro\/search-entry[^/]*\.js$/;

/** A response of a page: its address and kind at once, the size of its body once read. */
interface Recorded {
  url: string;
  kind: string;
  bytes: Promise<number>;
}

/**
 * Every response of a page, recorded the moment it arrives: reading a body takes time, so
 * its size is a promise, and no response can be missed by a count taken meanwhile.
 */
function recordResponses(page: Page): Recorded[] {
  const responses: Recorded[] = [];
  page.on('response', (response) => {
    const bytes = response.body().then((body) => body.length, () => 0);
    responses.push({ url: response.url(), kind: response.request().resourceType(), bytes });
  });
  return responses;
}

test('an article reads in full without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: process.env.E2E_BASE_URL });
  const article = new ArticlePage(await context.newPage());
  await article.goto(JUNE_2024.url);
  await expect(article.heading).toHaveText(JUNE_2024.title);
  expect((await article.paragraphs()).map(words)).toEqual(JUNE_2024.paragraphs.map(words));
  await context.close();
});

test('an article loads no search code until the reader searches', async ({ page }) => {
  const responses = recordResponses(page);
  await page.goto(JUNE_2024.url);
  await page.waitForLoadState('networkidle');
  expect(responses.map((response) => response.url).filter((url) => SEARCH_FILE.test(url))).toEqual([]);

  const total = async (kind: string) => (await Promise.all(responses.filter((response) => response.kind === kind).map((response) => response.bytes))).reduce((sum, bytes) => sum + bytes, 0);
  const weight = { html: await total('document'), css: await total('stylesheet'), js: await total('script') };
  test.info().annotations.push({ type: 'article weight before searching (bytes)', description: JSON.stringify(weight) });
  console.log(`article weight before searching, in bytes: ${JSON.stringify(weight)}`);
  expect(weight.js).toBeGreaterThan(0);

  const site = new SitePage(page);
  await site.typeSearch('bahrein');
  await expect(site.searchOptions().filter({ hasText: JUNE_2024.title })).toBeVisible();
  expect(responses.some((response) => /\/_astro\/search-entry[^/]*\.js$/.test(response.url))).toBe(true);
  expect(responses.some((response) => /\/pagefind\//.test(response.url))).toBe(true);
});
