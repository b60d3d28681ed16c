import { expect, test, type Page } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { EntityIndexPage } from './pages/EntityIndexPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { SitePage } from './pages/SitePage.ts';
import { copySiteToTemporaryFolder } from './support/site-copy.ts';
import { seedFacts } from './support/seeds.ts';

const UNDATED = seedFacts('seeds/000_1a0fa30b9826f976.txt');
const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');
// A topic of two fixtures that starts with no letter from A to Z.
const OTHER_INITIAL_TOPIC = '7-Octobre';

let root: string;
test.beforeAll(async () => {
  ({ root } = await copySiteToTemporaryFolder());
});

/** Fails the test on any request that leaves the copied folder (web fonts, CDNs, a server). */
function stayInFolder(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(root) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  return outside;
}

test.describe('opened from disk (file://)', () => {
  test('every kind of link opens its page, not a folder listing', async ({ page }) => {
    const outside = stayInFolder(page);
    const site = new SitePage(page);
    const article = new ArticlePage(page);
    await page.goto(`${root}index.html`);

    await site.main.getByRole('link', { name: JUNE_2024.title }).click();
    await expect(article.heading).toHaveText(JUNE_2024.title);
    expect(page.url()).toBe(`${root}articles/${JUNE_2024.slug}/index.html`);

    await article.breadcrumbs.getByRole('link', { name: 'juin' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Juin 2024');
    await site.archiveNav.getByRole('link', { name: 'Sans date' }).click();
    await site.main.getByRole('link', { name: UNDATED.title }).click();
    await expect(article.heading).toHaveText(UNDATED.title);

    await article.neighbours.getByRole('link', { name: /Article suivant/ }).click();
    await expect(article.heading).not.toHaveText(UNDATED.title);
    await page.getByRole('banner').getByRole('link', { name: 'Archives' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archives');
    await page.getByRole('banner').getByRole('link', { name: 'Lieux' }).click();
    await site.main.getByRole('link', { name: /^Israël/ }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Israël');
    // An index by initial, to the page of the names outside A–Z and one of them.
    await page.getByRole('banner').getByRole('link', { name: 'Sujets' }).click();
    await new EntityIndexPage(page).jumpList.getByRole('link', { name: 'Autres initiales', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sujets, autres initiales');
    expect(page.url()).toBe(`${root}sujets/lettre-autres/index.html`);
    await site.main.getByRole('link', { name: OTHER_INITIAL_TOPIC, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OTHER_INITIAL_TOPIC);
    await page.getByRole('link', { name: 'Veille', exact: true }).click();
    expect(page.url()).toBe(`${root}index.html`);

    await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(outside).toEqual([]);
  });

  test('the header search finds articles, accents or not, and opens them', async ({ page }) => {
    const outside = stayInFolder(page);
    const site = new SitePage(page);
    await page.goto(`${root}archives/index.html`);
    await site.typeSearch('bahrein');
    await expect(site.searchOptions().filter({ hasText: JUNE_2024.title })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${root}articles/${JUNE_2024.slug}/index.html`);
    expect(outside).toEqual([]);
  });

  for (const params of ['q=Kochavi', 'q=israel', 'q=Isra%C3%ABl', 'q=attaque', 'lieu=Isra%C3%ABl', 'q=g%C3%A9n%C3%A9ral&tri=recent']) {
    test(`the results page gives the same results as over HTTP: ${decodeURIComponent(params)}`, async ({ page, browser }) => {
      const offline = new SearchPage(page);
      await page.goto(`${root}recherche/index.html?${params}`);
      await offline.settled();

      const hosted = new SearchPage(await browser.newPage({ baseURL: process.env.E2E_BASE_URL }));
      await hosted.open(params);
      expect(await offline.resultTitles()).toEqual(await hosted.resultTitles());
      await expect(offline.status).toHaveText((await hosted.status.innerText()).trim());
      const excerpts = (search: SearchPage) => search.results.locator('.search-hit__excerpt').allInnerTexts();
      expect(await excerpts(offline)).toEqual(await excerpts(hosted));
      const offlineLinks = await offline.results.locator('.search-hit__title').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href));
      for (const link of offlineLinks) expect(link).toMatch(new RegExp(`^${root}.*index\\.html$`));
    });
  }

  test('search loads the index in chunks, as a search needs them', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      const match = /pagefind\/offline\/(.+)\.js$/.exec(request.url());
      if (match) loaded.push(match[1]);
    });
    const search = new SearchPage(page);
    await page.goto(`${root}recherche/index.html?q=Kochavi`);
    await search.settled();
    await expect(search.results).toHaveCount(1);
    const fragments = loaded.filter((file) => file.startsWith('fragment/'));
    expect(loaded.some((file) => file.startsWith('index/'))).toBe(true);
    // One result: one fragment read, not every article's.
    expect(fragments).toHaveLength(1);
  });
});
