import { expect, type Locator, type Page } from '@playwright/test';

/** Any page of the site: its header, navigation and breadcrumbs. */
export class SitePage {
  readonly page: Page;
  readonly header: Locator;
  readonly search: Locator;
  readonly searchListbox: Locator;
  readonly searchStatus: Locator;
  readonly archiveNav: Locator;
  readonly breadcrumbs: Locator;
  readonly main: Locator;

  constructor(page: Page) {
    this.page = page;
    this.header = page.getByRole('banner');
    this.search = page.getByRole('combobox', { name: 'Rechercher dans les articles' });
    this.searchListbox = page.getByRole('listbox', { name: 'Résultats de recherche' });
    this.searchStatus = this.header.getByRole('status');
    this.archiveNav = page.getByRole('navigation', { name: 'Archives par date' });
    this.breadcrumbs = page.getByRole('navigation', { name: "Fil d'Ariane" });
    this.main = page.getByRole('main');
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
  }

  /**
   * What `read` finds on this listing page and on every following one, reached by its
   * « Page suivante » link as a reader would, in order.
   */
  async acrossPages<T>(read: () => Promise<T[]>): Promise<T[]> {
    const found: T[] = [];
    for (;;) {
      found.push(...(await read()));
      const next = this.main.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Page suivante' });
      if ((await next.count()) === 0) return found;
      const current = this.page.url();
      await next.click();
      await this.page.waitForURL((url) => url.href !== current);
    }
  }

  /** Types a query in the header's search box, as a reader would. */
  async typeSearch(query: string): Promise<void> {
    await this.search.click();
    await this.search.pressSequentially(query);
    // As a reader waits for the results of what they typed: on a busy machine, keystrokes
    // far enough apart show the results of the first letters first, which those of the
    // whole query then replace (and with them any option chosen meanwhile).
    await expect(this.searchStatus).toContainText(`« ${query.trim()} »`);
  }

  /** The search suggestions, as `{ title, excerpt }`. */
  searchOptions(): Locator {
    return this.searchListbox.getByRole('option');
  }
}
