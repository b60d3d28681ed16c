import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { EntityIndexPage, initialLabels, jumpOrder, type IndexEntry } from './pages/EntityIndexPage.ts';
import { EntityPage, plain } from './pages/EntityPage.ts';
import { E2E_INDEX_PAGE_SIZE, E2E_PAGE_SIZE } from './support/site-build.ts';
import { article, countsOf, e2eCorpus, expectedRelated, naming, type NameList } from './support/corpus.ts';
import { site } from '../../src/site.config.ts';
import { KIND_INFO } from '../../src/lib/entity-kinds.ts';
import { MOST_CITED } from '../../src/lib/index-pages.ts';
import { initialOf } from '../../src/lib/initial-groups.ts';

const INDEXES: [NameList, string, string][] = [
  ['people', 'Personnes', '/personnes/'],
  ['places', 'Lieux', '/lieux/'],
  ['organizations', 'Organisations', '/organisations/'],
  ['topics', 'Sujets', '/sujets/'],
  ['sources', 'Sources', '/sources/'],
];
// One name of each kind that the e2e fixtures give to several articles.
const SAMPLES: [NameList, string, string][] = [
  ['people', 'Lloyd Austin', 'Personnes'],
  ['places', 'Israël', 'Lieux'],
  ['organizations', 'Tsahal', 'Organisations'],
  ['topics', 'guerre à Gaza', 'Sujets'],
];
const FRENCH = new Intl.Collator('fr');
/** The names of a list that have a page: those of site.entityPageMinArticles articles or more. */
const withPage = (list: NameList) => new Map([...countsOf(list)].filter(([, count]) => count >= site.entityPageMinArticles));
const displayed = (titles: string[]) => titles.map(plain);

test.describe('entity pages', () => {
  for (const [list, name, section] of SAMPLES) {
    test(`the page of « ${name} » lists exactly the articles naming it, newest first`, async ({ page }) => {
      const expected = naming(list, name);
      expect(expected.length).toBeGreaterThan(1);
      const entity = new EntityPage(page);
      await entity.goto(INDEXES.find(([kind]) => kind === list)![2]);
      await new EntityIndexPage(page).openName(name);
      await expect(entity.heading).toHaveText(name);
      await expect(entity.breadcrumbs.getByRole('listitem')).toHaveText(['Accueil', section, name]);
      await expect(entity.count).toHaveText(`${expected.length} articles`);
      expect(await entity.articleTitles()).toHaveLength(Math.min(expected.length, E2E_PAGE_SIZE));
      expect(await entity.acrossPages(() => entity.articleTitles())).toEqual(displayed(expected.map((a) => a.title)));
    });
  }

  for (const [list, title, path] of INDEXES) {
    const expected = withPage(list);
    const byInitial = expected.size > E2E_INDEX_PAGE_SIZE;

    test(`the index ${path} opens with its title and how many names have a page or not`, async ({ page }) => {
      const index = new EntityIndexPage(page);
      await index.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const order = byInitial ? '. Chaque initiale ci-dessous mène à leur liste' : '';
      const intro = `${expected.size} ${KIND_INFO[list].many} ont une page${order}, par ordre alphabétique.`;
      await expect(index.main.getByText(intro)).toBeVisible();
      const without = countsOf(list).size - expected.size;
      if (without > 0) await expect(index.main.getByText(`S'y ajoutent ${without}`)).toBeVisible();
    });

    // An index of no more names than a page holds lists them all on its own page, each initial
    // a fragment of it.
    if (!byInitial) {
      test(`the index ${path} lists every name of several articles with its count, in French order, each linking to its page`, async ({ page }) => {
        const index = new EntityIndexPage(page);
        await index.goto(path);
        const groups = await index.groups();
        const entries = groups.flatMap((group) => group.entries);
        expect(new Map(entries.map((entry) => [entry.name, entry.count]))).toEqual(expected);
        expect(entries).toHaveLength(expected.size);
        for (const group of groups) {
          const names = group.entries.map((entry) => entry.name);
          expect(names).toEqual([...names].sort(FRENCH.compare));
        }
        expectEntityLinks(path, entries);
        // No page by initial either: the fragment is the initial's only place.
        const pageOfInitial = await page.request.get(`${path}lettre-${groups[0].letter.toLowerCase()}/`);
        expect(pageOfInitial.status()).toBe(404);

        const first = groups[0];
        await index.jumpList.getByRole('link', { name: first.letter, exact: true }).click();
        await expect(page).toHaveURL(new RegExp(`#lettre-${first.letter.toLowerCase()}$`));
        await index.main.getByRole('link', { name: first.entries[0].name, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.entries[0].name);
      });
      continue;
    }

    test(`the index ${path}, beyond a page of names, shows the most cited and leads by initial to pages listing every name`, async ({ page }) => {
      const index = new EntityIndexPage(page);
      await index.goto(path);
      const [cited, ...others] = await index.groups();
      expect(others).toEqual([]);
      // As many as an index page holds at most, when that is fewer.
      const shown = Math.min(MOST_CITED, E2E_INDEX_PAGE_SIZE);
      const byCount = [...expected].sort(([a, x], [b, y]) => y - x || FRENCH.compare(a, b)).slice(0, shown);
      expect(cited.letter).toBe(`Les ${byCount.length} noms les plus cités`);
      expect(cited.entries.map((entry) => [entry.name, entry.count])).toEqual(byCount);

      const initials = await index.initialLinks();
      expect(initials.map((link) => link.letter)).toEqual([...new Set([...expected.keys()].map(initialOf))].sort(jumpOrder));
      const listed: IndexEntry[] = [];
      for (const { letter, href } of initials) {
        const labels = initialLabels(letter);
        expect(href).toBe(`${path}lettre-${letter === '#' ? 'autres' : letter.toLowerCase()}/index.html`);
        await index.goto(path);
        await index.jumpList.getByRole('link', { name: labels.link, exact: true }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title}, ${labels.heading}`);
        await expect(index.breadcrumbs.getByRole('listitem')).toHaveText(['Accueil', title, labels.crumb]);
        await expect(index.jumpList.locator('[aria-current="page"]')).toHaveText(letter);
        const pages: IndexEntry[][] = [];
        const names = await index.acrossPages(async () => {
          const entries = await index.entries();
          pages.push(entries);
          return entries;
        });
        for (const entries of pages) expect(entries.length).toBeLessThanOrEqual(E2E_INDEX_PAGE_SIZE);
        const spelled = names.map((entry) => entry.name);
        expect(spelled).toEqual([...spelled].sort(FRENCH.compare));
        for (const name of spelled) expect(initialOf(name)).toBe(letter);
        listed.push(...names);
      }
      expect(new Map(listed.map((entry) => [entry.name, entry.count]))).toEqual(expected);
      expect(listed).toHaveLength(expected.size);
      expectEntityLinks(path, listed);

      await index.goto(path);
      await index.main.getByRole('link', { name: cited.entries[0].name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(cited.entries[0].name);
    });
  }

  test('the site under test has an index of several initials on its own page, and one by initial with names outside A–Z', () => {
    const sizes = INDEXES.map(([list]) => withPage(list));
    const initials = (names: Map<string, number>) => new Set([...names.keys()].map(initialOf));
    expect(sizes.some((names) => names.size <= E2E_INDEX_PAGE_SIZE && initials(names).size > 1)).toBe(true);
    expect(sizes.some((names) => names.size > E2E_INDEX_PAGE_SIZE && initials(names).has('#'))).toBe(true);
  });
});

/** Every entry links to a page of its kind, no two to the same. */
function expectEntityLinks(path: string, entries: readonly IndexEntry[]): void {
  const hrefs = entries.map((entry) => entry.href);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^${path}[a-z0-9]+(-[a-z0-9]+)*/index\\.html$`));
  expect(new Set(hrefs).size).toBe(hrefs.length);
}


test.describe('an article and its entities', () => {
  const subject = article('negociations-treve-gaza');

  test("the right column names the article's people, places, organisations, topics and sources, linking those with a page", async ({ page }) => {
    const view = new ArticlePage(page);
    await view.goto(subject.url);
    let unlinked = 0;
    for (const [list, title] of INDEXES) {
      const section = view.entitySection(title);
      if (subject[list].length === 0) await expect(section).toHaveCount(0);
      else {
        await expect(section.getByRole('listitem')).toHaveText(subject[list]);
        const linked = subject[list].filter((name) => withPage(list).has(name));
        await expect(section.getByRole('link')).toHaveText(linked);
        unlinked += subject[list].length - linked.length;
      }
    }
    // The subject names some names of its own, so both kinds are seen.
    expect(unlinked).toBeGreaterThan(0);
    await view.entitySection('Lieux').getByRole('link', { name: 'Gaza', exact: true }).click();
    await expect(page).toHaveURL(/\/lieux\/gaza\/(index\.html)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gaza');
  });

  for (const each of e2eCorpus()) {
    test(`« Articles liés » of ${each.slug} follow the ranking of shared names`, async ({ page }) => {
      const view = new ArticlePage(page);
      await view.goto(each.url);
      const expected = expectedRelated(each);
      if (expected.length === 0) {
        await expect(view.related).toHaveCount(0);
        return;
      }
      const links = view.related.getByRole('link');
      expect(displayed(await links.allInnerTexts())).toEqual(displayed(expected.map((a) => a.title)));
      // In the main column, after the text and before the previous and next articles.
      const inOrder = await page.evaluate(() => {
        const [text, related, neighbours] = ['main .article', 'main .related', 'main .prev-next'].map((s) => document.querySelector(s)!);
        const follows = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        return follows(text, related) && follows(related, neighbours);
      });
      expect(inOrder).toBe(true);
    });
  }
});
