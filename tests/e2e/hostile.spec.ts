import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { seedFacts, words } from './support/seeds.ts';

const HOSTILE = seedFacts('tests/fixtures/e2e-seeds/hostile-markup.txt');

test('markup, expressions and ESM lines in a seed show as text and never run', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const article = new ArticlePage(page);
  await article.goto(HOSTILE.url);

  await expect(article.heading).toHaveText(/balises <script> et \{expressions\}/);
  const shown = await article.paragraphs();
  expect(shown.map(words)).toEqual(HOSTILE.paragraphs.map(words));
  await expect(article.body.locator('script, img, a, h1, h2, ul, ol, blockquote, em, strong, code')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('French spacing keeps punctuation with its word', async ({ page }) => {
  const article = new ArticlePage(page);
  await article.goto(HOSTILE.url);
  const last = (await article.paragraphs()).at(-1)!;
  expect(last).toBe('Quoi\u202F? «\u00A0Oui\u00A0»\u00A0: c\'est ça\u202F; voilà\u202F!');
});

const EVENT_HANDLERS = seedFacts('tests/fixtures/e2e-seeds/hostile-event-handlers.txt');
const SCRIPT_IN_BODY = seedFacts('tests/fixtures/e2e-seeds/script-in-body.txt');

for (const seed of [EVENT_HANDLERS, SCRIPT_IN_BODY]) {
  test(`event handlers, javascript: links and </script> in a body stay text: ${seed.slug}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const article = new ArticlePage(page);
    await article.goto(seed.url);
    await expect(article.heading).toHaveText(seed.title);
    expect((await article.paragraphs()).map(words)).toEqual(seed.paragraphs.map(words));
    await expect(article.body.locator('script, img, a, button, iframe, svg, div, body')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"], [onclick], [onload], [onerror], [onpageshow]')).toHaveCount(0);
    // The description, written into the JSON-LD, keeps its </script> as text: the data still parses.
    const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    for (const data of jsonLd) expect(() => JSON.parse(data)).not.toThrow();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });
}

test('a search whose excerpt holds </script> and an image shows them as text', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('q=Zanzibarovitch');
  await expect(search.results).toHaveCount(1);
  await expect(search.results.locator('.search-hit__title')).toHaveText(SCRIPT_IN_BODY.title);
  await expect(search.results.locator('.search-hit__excerpt')).toContainText('<img src=x onerror=window.__pwned=1>');
  await expect(search.results.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
