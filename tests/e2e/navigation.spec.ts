import { expect, test } from '@playwright/test';
import { SitePage } from './pages/SitePage.ts';
import { seedFacts } from './support/seeds.ts';

const UNDATED = seedFacts('seeds/000_1a0fa30b9826f976.txt');
const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');

test.describe('navigation', () => {
  test('the archive navigation lists years and months with counts, not articles', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    const nav = site.archiveNav;
    await expect(nav.getByRole('link', { name: '2024' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'juin' })).toBeVisible();
    await expect(nav.getByRole('link', { name: JUNE_2024.title })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Sans date' }).click();
    await expect(page).toHaveURL(/\/archives\/sans-date\/(index\.html)?$/);
    await expect(site.main.getByRole('link', { name: UNDATED.title })).toBeVisible();
    await expect(site.main.getByRole('link', { name: JUNE_2024.title })).toHaveCount(0);
  });

  test('a year page lists its months with counts, each leading to its articles', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.archiveNav.getByRole('link', { name: '2024' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('2024');
    await expect(site.main.getByRole('link', { name: JUNE_2024.title })).toHaveCount(0);
    const june = site.main.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Juin 2024', exact: true }) });
    await expect(june).toContainText(/\d+\sarticles?/);
    await june.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Juin 2024');
    expect(await site.acrossPages(() => site.main.locator('.article-card__title').allInnerTexts())).toContain(JUNE_2024.title);
  });

  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
    const response = await page.goto('/articles/nexiste-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await page.getByRole('main').getByRole('link', { name: 'accueil', exact: true }).click();
    await expect(page).toHaveURL(/\/(index\.html)?$/);
  });

  test('the skip link moves the focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  test('the theme follows the system, and the toggle overrides it across pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    const toggle = page.getByRole('button', { name: 'Thème sombre' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await background()).not.toBe(dark);
    await page.goto('/archives/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(dark);
  });
});

test.describe('on a 360 px wide screen', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the navigation sits behind a menu button and nothing overflows sideways', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto(JUNE_2024.url);
    await expect(site.archiveNav).toBeHidden();
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await expect(sections).toBeHidden();
    const menu = page.getByRole('button', { name: 'Navigation' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(site.archiveNav.getByRole('link', { name: '2024' })).toBeVisible();
    for (const label of ['Chronologie', 'Personnes', 'Lieux', 'Organisations', 'Sujets']) {
      await expect(sections.getByRole('link', { name: label })).toBeVisible();
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(site.search).toBeVisible();
  });
});
