import type { Locator, Page } from '@playwright/test';
import { SitePage } from './SitePage.ts';

/** An entry of an index page: a name, its count and the address it links to. */
export interface IndexEntry {
  name: string;
  count: number;
  href: string;
}

/** The index of one kind of entity (`/lieux/`): letter jump list and entries grouped by initial. */
export class EntityIndexPage extends SitePage {
  readonly jumpList: Locator;

  constructor(page: Page) {
    super(page);
    this.jumpList = page.getByRole('navigation', { name: 'Initiales' });
  }

  /** The letter groups in order, each with its entries in order. */
  async groups(): Promise<{ letter: string; entries: IndexEntry[] }[]> {
    return this.main.locator('.entity-group').evaluateAll((sections) =>
      sections.map((section) => ({
        letter: section.querySelector('h2')!.textContent!.trim(),
        entries: Array.from(section.querySelectorAll('li'), (item) => ({
          name: item.querySelector('a')!.textContent!,
          count: Number(item.querySelector('.count')!.textContent!.replace(/\s/g, '')),
          // The resolved address: the page writes it relative, ending in index.html.
          href: new URL(item.querySelector('a')!.href).pathname,
        })),
      })),
    );
  }
}
