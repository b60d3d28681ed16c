import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { SitePage } from './pages/SitePage.ts';
import { seedFacts, words } from './support/seeds.ts';

const UNDATED = seedFacts('seeds/000_1a0fa30b9826f976.txt');
const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');

test.describe('articles', () => {
  for (const seed of [UNDATED, JUNE_2024]) {
    test(`the home page leads to « ${seed.title.slice(0, 40)}… » and it shows the full text`, async ({ page }) => {
      const home = new SitePage(page);
      await home.goto('/');
      await home.main.getByRole('link', { name: seed.title }).click();
      await expect(page).toHaveURL(new RegExp(`${seed.url}(index\\.html)?$`));

      const article = new ArticlePage(page);
      await expect(article.heading).toHaveText(seed.title.replace(/ /g, ' '));
      const shown = await article.paragraphs();
      expect(shown.map(words)).toEqual(seed.paragraphs.map(words));
    });
  }

  test('an article shows its date at the precision of its seed, in French', async ({ page }) => {
    const article = new ArticlePage(page);
    await article.goto(JUNE_2024.url);
    await expect(article.byline).toContainText('juin 2024');
    await expect(article.byline.locator('time')).toHaveAttribute('datetime', '2024-06');
    await expect(article.byline).not.toContainText('1 juin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(article.info).toContainText('français');
    await expect(article.info).toContainText('seeds/004_5a753ca10db2e016.txt');
  });

  test('an undated article says so', async ({ page }) => {
    const article = new ArticlePage(page);
    await article.goto(UNDATED.url);
    await expect(article.byline).toContainText('Sans date');
    await expect(article.breadcrumbs.getByRole('link', { name: 'Sans date' })).toBeVisible();
  });

  test('breadcrumbs lead back up through the month and the year', async ({ page }) => {
    const article = new ArticlePage(page);
    await article.goto(JUNE_2024.url);
    const crumbs = article.breadcrumbs;
    await expect(crumbs.getByRole('listitem')).toHaveText(['Accueil', 'Archives', '2024', 'juin', JUNE_2024.title]);
    await crumbs.getByRole('link', { name: 'juin' }).click();
    await expect(page).toHaveURL(/\/archives\/2024\/06\/(index\.html)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Juin 2024');
    await expect(page.getByRole('main').getByRole('link', { name: JUNE_2024.title })).toBeVisible();
  });

  test('previous and next articles follow date order, undated last', async ({ page }) => {
    const article = new ArticlePage(page);
    await article.goto('/chronologie/');
    const titles = await article.acrossPages(() => page.getByRole('main').locator('.timeline li a').allInnerTexts());
    expect(titles.indexOf(JUNE_2024.title)).toBeLessThan(titles.indexOf(UNDATED.title));
    expect(titles.at(-1)).toBe(UNDATED.title);

    await article.goto(UNDATED.url);
    await expect(article.neighbours.getByRole('link', { name: /Article précédent/ })).toHaveCount(0);
    const newer = article.neighbours.getByRole('link', { name: /Article suivant/ });
    await expect(newer).toBeVisible();
    await newer.click();
    await expect(article.neighbours.getByRole('link', { name: /Article précédent/ })).toContainText(UNDATED.title);
  });
});
