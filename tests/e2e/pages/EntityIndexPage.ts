import type { Locator, Page } from '@playwright/test';
import { initialOf } from '../../../src/lib/initial-groups.ts';
import { SitePage } from './SitePage.ts';

/** An entry of an index page: a name, its count and the address it links to. */
export interface IndexEntry {
  name: string;
  count: number;
  href: string;
}

/**
 * The index of one kind of entity (`/lieux/`), or one of its pages by initial
 * (`/lieux/lettre-e/`): letter jump list, entries grouped under headings or listed alone.
 */
export class EntityIndexPage extends SitePage {
  readonly jumpList: Locator;

  constructor(page: Page) {
    super(page);
    this.jumpList = page.getByRole('navigation', { name: 'Initiales' });
  }

  /** The groups under a heading in order (initials, or the most cited), each with its entries in order. */
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

  /** Every entry of the page's lists of names, in order. */
  async entries(): Promise<IndexEntry[]> {
    return this.main.locator('.entity-list li').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('a')!.textContent!,
        count: Number(item.querySelector('.count')!.textContent!.replace(/\s/g, '')),
        href: new URL(item.querySelector('a')!.href).pathname,
      })),
    );
  }

  /**
   * Opens the page of a name from this index, as a reader does: its link when the index
   * lists it, else through the page of its initial (an index by initial lists only the most
   * cited names; the name must be on the initial's first page).
   */
  async openName(name: string): Promise<void> {
    const link = this.main.getByRole('link', { name, exact: true });
    if ((await link.count()) === 0) {
      await this.jumpList.getByRole('link', { name: initialLabels(initialOf(name)).link, exact: true }).click();
      await this.page.waitForURL(/\/lettre-[a-z]+\//);
    }
    await link.click();
  }

  /** The initials of the jump list that link, with the addresses they resolve to (fragment included). */
  async initialLinks(): Promise<{ letter: string; href: string }[]> {
    return this.jumpList.getByRole('link').evaluateAll((links) =>
      links.map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return { letter: link.textContent!.trim(), href: url.pathname + url.hash };
      }),
    );
  }
}

/** How the site names an initial (`#` for the others): its link in the jump list, the heading and the breadcrumb of its pages. */
export function initialLabels(letter: string): { link: string; heading: string; crumb: string } {
  if (letter === '#') return { link: 'Autres initiales', heading: 'autres initiales', crumb: 'Autres initiales' };
  return { link: letter, heading: `lettre ${letter}`, crumb: `Lettre ${letter}` };
}

/** A jump list's order: A to Z, then # for the other initials. */
export function jumpOrder(a: string, b: string): number {
  return (a === '#' ? 1 : 0) - (b === '#' ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
}
