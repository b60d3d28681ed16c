import type { Locator, Page } from '@playwright/test';
import { SitePage } from './SitePage.ts';

/** The page of a person, place, organisation, topic or source: its name, count and articles. */
export class EntityPage extends SitePage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly searchLink: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.count = this.main.locator('[data-entity-count]');
    this.searchLink = this.main.getByRole('link', { name: /^Rechercher dans/ });
  }

  /** The titles of the articles listed, in order, spaces as plain spaces. */
  async articleTitles(): Promise<string[]> {
    return (await this.main.locator('.article-card__title').allInnerTexts()).map(plain);
  }
}

/** Text with French no-break spaces turned into plain spaces, to compare with front matter. */
export function plain(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}
