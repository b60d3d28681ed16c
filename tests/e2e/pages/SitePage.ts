import type { Locator, Page } from '@playwright/test';

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

  /** Types a query in the header's search box, as a reader would. */
  async typeSearch(query: string): Promise<void> {
    await this.search.click();
    await this.search.pressSequentially(query);
  }

  /** The search suggestions, as `{ title, excerpt }`. */
  searchOptions(): Locator {
    return this.searchListbox.getByRole('option');
  }
}
