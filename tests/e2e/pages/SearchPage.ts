import type { Locator, Page } from '@playwright/test';
import { SitePage } from './SitePage.ts';

/** The results page, `/recherche/`: its form, order, facets, status and results. */
export class SearchPage extends SitePage {
  readonly query: Locator;
  readonly sort: Locator;
  readonly filters: Locator;
  readonly status: Locator;
  readonly results: Locator;

  constructor(page: Page) {
    super(page);
    this.query = this.main.getByRole('searchbox', { name: 'Rechercher dans les articles' });
    this.sort = this.main.getByRole('combobox', { name: 'Trier par' });
    this.filters = this.main.locator('[data-search-filters]');
    this.status = this.main.getByRole('status');
    this.results = this.main.locator('.search-page__results .search-hit');
  }

  /** Opens the results page with these address parameters (`lieu=Gaza&tri=recent`) and waits for its results. */
  async open(params = ''): Promise<void> {
    await this.goto(`/recherche/${params ? `?${params}` : ''}`);
    await this.settled();
  }

  /** Waits until the page has answered its last search. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status !== '' && status !== 'Recherche…';
    });
  }

  /** The titles of the results, in order. */
  async resultTitles(): Promise<string[]> {
    return this.results.locator('.search-hit__title').allInnerTexts();
  }

  /** The fieldset of a facet, by its legend (« Lieux »). */
  facet(legend: string): Locator {
    return this.main.getByRole('group', { name: legend, exact: true });
  }

  /** The checkbox of one value of a facet. */
  option(legend: string, value: string): Locator {
    return this.facet(legend).getByRole('checkbox', { name: new RegExp(`^${escape(value)} \\d`) });
  }

  /** Every value of a facet with the count its label shows, after showing them all. */
  async facetCounts(legend: string): Promise<Map<string, number>> {
    const facet = this.facet(legend);
    if ((await facet.count()) === 0) return new Map();
    const more = facet.getByRole('button', { name: /^Tout afficher/ });
    if (await more.isVisible()) await more.click();
    const labels = await facet.locator('label').evaluateAll((elements) =>
      elements.map((label) => [label.querySelector('.facet__name')!.textContent!, label.querySelector('.count')!.textContent!]),
    );
    return new Map(labels.map(([name, count]) => [name, Number(count.replace(/\s/g, ''))]));
  }

  /** Ticks or unticks a value and waits for the new results. */
  async toggle(legend: string, value: string): Promise<void> {
    await this.option(legend, value).click();
    await this.settled();
  }

  /** Chooses an order (« plus récents ») and waits for the new results. */
  async sortBy(label: string): Promise<void> {
    await this.sort.selectOption({ label });
    await this.settled();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
