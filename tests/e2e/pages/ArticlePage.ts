import type { Locator, Page } from '@playwright/test';
import { SitePage } from './SitePage.ts';

/** An article page: its title, byline, paragraphs, information column, related articles and neighbours. */
export class ArticlePage extends SitePage {
  readonly heading: Locator;
  readonly byline: Locator;
  readonly body: Locator;
  readonly info: Locator;
  readonly neighbours: Locator;
  readonly related: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.byline = page.locator('.article__byline');
    this.body = page.locator('.article__body');
    this.info = page.getByRole('complementary', { name: 'Informations sur la page' });
    this.neighbours = page.getByRole('navigation', { name: 'Articles voisins' });
    this.related = page.getByRole('main').getByRole('region', { name: 'Articles liés' });
  }

  /** A section of the information column (« Lieux », « Personnes »…). */
  entitySection(title: string): Locator {
    return this.info.getByRole('region', { name: title, exact: true });
  }

  /** The text of each paragraph of the article, in order. */
  async paragraphs(): Promise<string[]> {
    return this.body.locator('p').allInnerTexts();
  }
}
