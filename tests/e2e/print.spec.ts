import { expect, test } from '@playwright/test';
import { SearchPage } from './pages/SearchPage.ts';
import { seedFacts } from './support/seeds.ts';

const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');

test.describe('print stylesheet', () => {
  test('a printed article keeps its title and full text, without navigation or controls', async ({ page }) => {
    await page.goto('/articles/004-5a753ca10db2e016/');
    await page.emulateMedia({ media: 'print' });
    const site = new SearchPage(page);

    await expect(site.main.getByRole('heading', { level: 1 })).toHaveText(JUNE_2024.title);
    // Every paragraph is printed whole; spaces are ignored, since French spacing adds no-break spaces.
    const printed = squeeze(await site.main.innerText());
    expect(JUNE_2024.paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of JUNE_2024.paragraphs) expect(printed).toContain(squeeze(paragraph));
    for (const hidden of [
      site.header,
      site.search,
      site.archiveNav,
      site.breadcrumbs,
      page.getByRole('navigation', { name: 'Sections' }),
      page.getByRole('button', { name: /Thème sombre/ }),
      page.getByRole('button', { name: 'Navigation' }),
    ]) {
      await expect(hidden).toBeHidden();
    }
  });

  test('printed results hide the search form and its facets', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('q=israel');
    await page.emulateMedia({ media: 'print' });
    await expect(search.filters).toBeHidden();
    await expect(search.search).toBeHidden();
    await expect(search.results.first()).toBeVisible();
  });
});

function squeeze(text: string): string {
  return text.replace(/\s+/gu, '');
}
