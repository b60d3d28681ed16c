import { expect, test } from '@playwright/test';
import { ArticlePage } from './pages/ArticlePage.ts';
import { EntityIndexPage } from './pages/EntityIndexPage.ts';
import { EntityPage, plain } from './pages/EntityPage.ts';
import { E2E_PAGE_SIZE } from './support/site-build.ts';
import { article, countsOf, e2eCorpus, expectedRelated, naming, type NameList } from './support/corpus.ts';
import { site } from '../../src/site.config.ts';

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
      await entity.main.getByRole('link', { name, exact: true }).click();
      await expect(entity.heading).toHaveText(name);
      await expect(entity.breadcrumbs.getByRole('listitem')).toHaveText(['Accueil', section, name]);
      await expect(entity.count).toHaveText(`${expected.length} articles`);
      expect(await entity.articleTitles()).toHaveLength(Math.min(expected.length, E2E_PAGE_SIZE));
      expect(await entity.acrossPages(() => entity.articleTitles())).toEqual(displayed(expected.map((a) => a.title)));
    });
  }

  for (const [list, title, path] of INDEXES) {
    test(`the index ${path} lists every name of several articles with its count, in French order, each linking to its page`, async ({ page }) => {
      const index = new EntityIndexPage(page);
      await index.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      const groups = await index.groups();
      const entries = groups.flatMap((group) => group.entries);
      expect(new Map(entries.map((entry) => [entry.name, entry.count]))).toEqual(withPage(list));
      expect(entries).toHaveLength(withPage(list).size);
      const without = countsOf(list).size - withPage(list).size;
      if (without > 0) await expect(index.main.getByText(`S'y ajoutent ${without}`)).toBeVisible();
      for (const group of groups) {
        const names = group.entries.map((entry) => entry.name);
        expect(names).toEqual([...names].sort(FRENCH.compare));
      }
      const hrefs = entries.map((entry) => entry.href);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^${path}[a-z0-9]+(-[a-z0-9]+)*/index\\.html$`));
      expect(new Set(hrefs).size).toBe(hrefs.length);

      const first = groups[0];
      await index.jumpList.getByRole('link', { name: first.letter, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#lettre-${first.letter.toLowerCase()}$`));
      await index.main.getByRole('link', { name: first.entries[0].name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.entries[0].name);
    });
  }
});

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
