import { expect, test } from '@playwright/test';
import { EntityIndexPage } from './pages/EntityIndexPage.ts';
import { SearchPage } from './pages/SearchPage.ts';
import { compareNewestFirst } from '../../src/lib/archive.ts';
import { containingWord, countsOf, e2eCorpus, naming, type CorpusArticle } from './support/corpus.ts';

// Names the e2e fixture seeds give in their headers; what the articles hold is read from
// their converted front matter, whatever the extractor adds for the project's own seeds.
const PLACE = 'Gaza';
const OTHER_PLACE = 'Iran';
const PERSON = 'Herzi Halevi';

const titles = (articles: CorpusArticle[]) => articles.map((article) => article.title);
const sorted = (list: string[]) => [...list].sort();
const dateOf = (title: string) => e2eCorpus().find((article) => article.title === title)?.date ?? 'sans date';

test.describe('faceted search', () => {
  test('a place narrows the results to exactly the articles naming it, with counts that match', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open();
    expect(await search.facetCounts('Lieux')).toEqual(countsOf('places'));

    await search.toggle('Lieux', PLACE);
    const expected = naming('places', PLACE);
    await expect(page).toHaveURL(new RegExp(`\\?lieu=${PLACE}$`));
    expect(sorted(await search.resultTitles())).toEqual(sorted(titles(expected)));
    await expect(search.status).toHaveText(`${expected.length} résultats avec les filtres choisis.`);
    expect(await search.facetCounts('Personnes')).toEqual(countsOf('people', expected));
    expect(await search.facetCounts('Sujets')).toEqual(countsOf('topics', expected));
    // The facet in use keeps counting its other values over the whole archive: ticking one widens the results.
    expect(await search.facetCounts('Lieux')).toEqual(countsOf('places'));
  });

  test('a second facet narrows further, a second value of one facet widens', async ({ page }) => {
    const inPlace = naming('places', PLACE);
    const both = inPlace.filter((article) => article.people.includes(PERSON));
    expect(both.length, 'the fixtures must make the second facet narrow the results').toBeGreaterThan(0);
    expect(both.length).toBeLessThan(inPlace.length);

    const search = new SearchPage(page);
    await search.open(`lieu=${PLACE}`);
    await search.toggle('Personnes', PERSON);
    expect(sorted(await search.resultTitles())).toEqual(sorted(titles(both)));
    expect(await search.facetCounts('Lieux')).toEqual(countsOf('places', naming('people', PERSON)));

    await search.toggle('Lieux', OTHER_PLACE);
    const either = e2eCorpus().filter(
      (article) => article.people.includes(PERSON) && [PLACE, OTHER_PLACE].some((place) => article.places.includes(place)),
    );
    expect(sorted(await search.resultTitles())).toEqual(sorted(titles(either)));
  });

  test('the address carries words, facets and order, and reloading it shows the same results', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('q=israel');
    await search.toggle('Lieux', PLACE);
    await search.toggle('Personnes', PERSON);
    await search.sortBy('plus récents');
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('israel');
    expect(url.searchParams.getAll('lieu')).toEqual([PLACE]);
    expect(url.searchParams.getAll('personne')).toEqual([PERSON]);
    expect(url.searchParams.get('tri')).toBe('recent');
    const before = await search.resultTitles();
    const expected = containingWord('israel').filter((a) => a.places.includes(PLACE) && a.people.includes(PERSON));
    expect(before).toEqual(titles(expected));

    await page.reload();
    await search.settled();
    expect(await search.resultTitles()).toEqual(before);
    await expect(search.query).toHaveValue('israel');
    await expect(search.option('Lieux', PLACE)).toBeChecked();
    await expect(search.option('Personnes', PERSON)).toBeChecked();
    await expect(search.sort).toHaveValue('recent');
  });

  test('sorting by date lists the newest first, or the oldest, undated articles last', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('lieu=Isra%C3%ABl');
    const expected = naming('places', 'Israël');
    await search.sortBy('plus récents');
    expect((await search.resultTitles()).map(dateOf)).toEqual(expected.map((article) => article.date ?? 'sans date'));

    await search.sortBy('plus anciens');
    const oldest = [...expected.filter((a) => a.date).reverse(), ...expected.filter((a) => !a.date)];
    expect((await search.resultTitles()).map(dateOf)).toEqual(oldest.map((article) => article.date ?? 'sans date'));
  });

  test('words sorted by date come newest first', async ({ page }) => {
    const search = new SearchPage(page);
    await search.open('q=israel&tri=recent');
    const found = await search.resultTitles();
    expect(found).toHaveLength(containingWord('israel').length);
    const articles = found.map((title) => e2eCorpus().find((article) => article.title === title)!);
    expect(articles).toEqual([...articles].sort(compareNewestFirst));
  });

  test('a facet with many values shows the ten most frequent and a button for the rest', async ({ page }) => {
    const topics = countsOf('topics');
    expect(topics.size, 'the corpus must have more than ten topics').toBeGreaterThan(10);
    const search = new SearchPage(page);
    await search.open();
    const facet = search.facet('Sujets');
    await expect(facet.getByRole('checkbox')).toHaveCount(10);
    const more = facet.getByRole('button', { name: `Tout afficher (${topics.size})` });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(facet.getByRole('checkbox')).toHaveCount(topics.size);
    await expect(facet.getByRole('button', { name: 'Afficher moins' })).toHaveAttribute('aria-expanded', 'true');
  });

  test('an entity page links to its articles in the search', async ({ page }) => {
    const search = new SearchPage(page);
    await search.goto('/lieux/');
    await new EntityIndexPage(page).openName(PLACE);
    await search.main.getByRole('link', { name: 'Rechercher dans ces articles' }).click();
    await search.settled();
    await expect(search.option('Lieux', PLACE)).toBeChecked();
    expect(sorted(await search.resultTitles())).toEqual(sorted(titles(naming('places', PLACE))));
  });
});
