import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
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
