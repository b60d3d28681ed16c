import { expect, test, type Page } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { SitePage } from './pages/SitePage.ts';
import { seedFacts, words } from './support/seeds.ts';

const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');

/** The search code: Pagefind's files and the site's own search script. */
const SEARCH_FILE = /\/pagefind\/|\/_astro\/search-entry[^/]*\.js$/;

/** Every response of a page, with its kind and the size of its body as served. */
function recordResponses(page: Page): { url: string; kind: string; bytes: number }[] {
  const responses: { url: string; kind: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
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

  const total = (kind: string) => responses.filter((response) => response.kind === kind).reduce((sum, response) => sum + response.bytes, 0);
  const weight = { html: total('document'), css: total('stylesheet'), js: total('script') };
  test.info().annotations.push({ type: 'article weight before searching (bytes)', description: JSON.stringify(weight) });
  console.log(`article weight before searching, in bytes: ${JSON.stringify(weight)}`);
  expect(weight.js).toBeGreaterThan(0);

  const site = new SitePage(page);
  await site.typeSearch('bahrein');
  await expect(site.searchOptions().filter({ hasText: JUNE_2024.title })).toBeVisible();
  expect(responses.some((response) => /\/_astro\/search-entry[^/]*\.js$/.test(response.url))).toBe(true);
  expect(responses.some((response) => /\/pagefind\//.test(response.url))).toBe(true);
});
