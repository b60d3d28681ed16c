import { expect, test } from '@playwright/test';
import { SitePage } from './pages/SitePage.ts';
import { seedFacts } from './support/seeds.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { containingWord, e2eCorpus } from './support/corpus.ts';

const UNDATED = seedFacts('seeds/000_1a0fa30b9826f976.txt');
const JUNE_2024 = seedFacts('seeds/004_5a753ca10db2e016.txt');
/** How many suggestions the header's panel lists at most. */
const PANEL_SIZE = 8;
// Counts come from the seeds' text: the e2e fixtures mention Israël and the Pentagone too.
const ISRAEL = containingWord('israel').length;
const PENTAGONE = containingWord('Pentagone').length;

test.describe('search', () => {
  for (const [word, seed, other] of [
    ['Kochavi', UNDATED, JUNE_2024],
    ['Kurella', JUNE_2024, UNDATED],
  ] as const) {
    test(`« ${word} » finds only its article, with the word highlighted`, async ({ page }) => {
      const site = new SitePage(page);
      await site.goto('/archives/');
      await site.typeSearch(word);
      const options = site.searchOptions();
      await expect(options).toHaveCount(1);
      await expect(options.first().locator('.search-hit__title')).toHaveText(seed.title);
      await expect(options.first().locator('mark').first()).toHaveText(new RegExp(word, 'i'));
      await expect(site.searchListbox).not.toContainText(other.title);
      await expect(site.searchStatus).toHaveText(`1 résultat pour « ${word} ».`);
    });
  }

  test('a search typed without accents finds accented words', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.typeSearch('bahrein');
    await expect(site.searchOptions()).toHaveCount(containingWord('bahrein').length);
    await expect(site.searchOptions().first().locator('mark').first()).toHaveText(/Bahreïn/);

    await site.search.fill('');
    await site.typeSearch('israel');
    await expect(site.searchOptions()).toHaveCount(Math.min(ISRAEL, PANEL_SIZE));
  });

  test('a word after a typographic apostrophe is found (« l’attaque »)', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.typeSearch('attaque');
    await expect(site.searchOptions().filter({ hasText: JUNE_2024.title })).toBeVisible();
  });

  // « des » is in every article and begins many words: searched, it would mark « des »,
  // « déstabilisent »… around « Kochavi » and load the largest part of a large index.
  for (const path of ['box', 'results page'] as const) {
    test(`a function word in a query selects and marks nothing: « Kochavi des » (${path})`, async ({ page }) => {
      const site = new SitePage(page);
      let hits;
      if (path === 'box') {
        await site.goto('/');
        await site.typeSearch('Kochavi des');
        await expect(site.searchStatus).toHaveText('1 résultat pour « Kochavi des ».');
        hits = site.searchOptions();
      } else {
        await page.goto(`/recherche/?q=${encodeURIComponent('Kochavi des')}`);
        hits = page.getByRole('main').locator('.search-hit');
      }
      await expect(hits).toHaveCount(1);
      await expect(hits.first()).toContainText(UNDATED.title);
      const marks = await hits.first().locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toMatch(/^Kochavi\b/);
    });
  }

  // A query of function words only would list nearly every article from the largest part of
  // the index (356 KB for « des » at 10,000 articles): the reader is asked for a better word.
  test('a query of function words only loads no index and asks for a word that says more', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_index')) chunks.push(request.url());
    });
    const site = new SitePage(page);
    await site.goto('/');
    await site.typeSearch('les');
    await expect(site.searchStatus).toHaveText('Mot trop courant pour une recherche : « les ». Ajoutez un mot plus précis.');
    await expect(site.searchOptions()).toHaveCount(0);

    const search = new SearchPage(page);
    await search.open(`q=${encodeURIComponent('de la')}`);
    await expect(search.status).toHaveText('Mots trop courants pour une recherche : « de la ». Ajoutez un mot plus précis.');
    await expect(search.results).toHaveCount(0);
    expect(chunks).toEqual([]);

    // With a filter chosen, the filter alone decides.
    await search.open('lieu=Gaza');
    const inGaza = await search.resultTitles();
    expect(inGaza).toHaveLength(e2eCorpus().filter((article) => article.places.includes('Gaza')).length);
    await search.open('q=les&lieu=Gaza');
    await expect(search.status).toHaveText(
      `Mot trop courant, laissé de côté : « les ». ${inGaza.length} résultat${inGaza.length > 1 ? 's' : ''} avec les filtres choisis.`,
    );
    expect(await search.resultTitles()).toEqual(inGaza);
    // Listed by date, as without words: relevance has no words to go by.
    await expect(search.sort).toHaveValue('recent');
    await expect(search.sort.locator('option[value="pertinence"]')).toBeDisabled();
  });

  test('the keyboard alone searches and opens a result: /, arrows, Enter, Escape', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/archives/');
    await page.keyboard.press('/');
    await expect(site.search).toBeFocused();
    await page.keyboard.type('israel');
    await expect(site.searchOptions()).toHaveCount(Math.min(ISRAEL, PANEL_SIZE));
    await expect(site.search).toHaveAttribute('aria-expanded', 'true');

    await page.keyboard.press('Escape');
    await expect(site.searchListbox).toBeHidden();
    await expect(site.search).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('ArrowDown');
    await expect(site.searchOptions().nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(site.searchOptions().nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    const first = site.searchOptions().nth(0);
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(site.search).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    const target = await first.getAttribute('data-href');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('typing on drops the abandoned query: none of its results is fetched or shown', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    // The index files are held back, keeping the search for the first word in flight while
    // the reader types on, however slow the machine.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route('**/pagefind/index/**', async (route) => {
      await held;
      await route.continue();
    });
    const excerpts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/fragment/')) excerpts.push(request.url());
    });
    // Each query is written at once: typed key by key, a pause between two keys on a busy
    // machine would search « K » and rightly fetch its excerpts.
    const indexRequested = page.waitForRequest(/\/pagefind\/index\//);
    await site.search.fill('Kochavi');
    // The search for the word has started, and waits for its index.
    await indexRequested;
    await site.search.fill('');
    release();
    await site.search.fill('Kurella');
    await expect(site.searchOptions()).toHaveCount(1);
    await expect(site.searchOptions().first()).toContainText(JUNE_2024.title);
    await page.waitForTimeout(700);
    expect(excerpts).toHaveLength(1);
  });

  test('results arriving after Escape leave the panel closed, and the arrows open it', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.typeSearch('Kochavi');
    await expect(site.searchOptions()).toHaveCount(1);
    // Slow excerpts keep the next query's results in flight while the reader presses Escape.
    await page.context().route('**/pagefind/fragment/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await site.search.fill('Kurella');
    await page.waitForTimeout(200);
    await page.keyboard.press('Escape');
    await expect(site.searchListbox).toBeHidden();
    // The status is read inside the closed panel, where no role reaches it.
    await expect(page.locator('[data-search-box] .search-box__status')).toHaveText('1 résultat pour « Kurella ».');
    await expect(site.searchListbox).toBeHidden();
    await page.keyboard.press('ArrowDown');
    await expect(site.searchListbox).toBeVisible();
    await expect(site.searchOptions().first()).toContainText(JUNE_2024.title);
    await expect(site.searchOptions().first()).toHaveAttribute('aria-selected', 'true');
  });

  test('Enter without a chosen result opens the shareable results page', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.typeSearch('Pentagone');
    await expect(site.searchOptions()).toHaveCount(Math.min(PENTAGONE, PANEL_SIZE));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/(index\.html)?\?q=Pentagone$/);
    const results = page.getByRole('main').locator('.search-hit');
    await expect(results).toHaveCount(PENTAGONE);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`${PENTAGONE} résultats pour « Pentagone ».`);
  });

  test('a shared results address shows its results', async ({ page }) => {
    await page.goto(`/recherche/?q=${encodeURIComponent('Kochavi')}`);
    await expect(page.getByRole('searchbox', { name: 'Rechercher dans les articles' }).last()).toHaveValue('Kochavi');
    await expect(page.getByRole('main').getByRole('link', { name: UNDATED.title })).toBeVisible();
  });

  test('navigation and page chrome are not indexed', async ({ page }) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.typeSearch('Informations');
    await expect(site.searchStatus).toHaveText('Aucun résultat pour « Informations ».');
  });
});
