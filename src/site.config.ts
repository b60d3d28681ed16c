import { pageSizeFrom } from './lib/pagination.ts';

/**
 * The site's identity, read by pages, layouts, feeds and metadata: the one place to
 * change a name or an address. Fields marked « env » can be set at build time.
 */
export const site = {
  /** Name shown in the header and the browser tab, and the title of the feed. */
  title: 'Veille',
  /** One sentence on what the archive holds: the default page description and the feed's. */
  description: 'Archive de presse : défense, géopolitique et relations internationales.',
  /** Language of the interface, as a BCP 47 tag. */
  lang: 'fr',
  /** The same language as an Open Graph locale (`language_TERRITORY`). */
  locale: 'fr_FR',
  /**
   * Public address of the site (env `SITE_URL`), from which canonical URLs, Open Graph,
   * structured data, the feed and the sitemap build absolute addresses.
   */
  url: process.env.SITE_URL || 'https://veille.example.org',
  /**
   * Web address of the repository holding the seeds (env `REPOSITORY_URL`, such as
   * `https://github.com/org/veille`); each article links to its seed there. Undefined: no link.
   */
  repository: process.env.REPOSITORY_URL?.replace(/\/+$/, '') || undefined,
  /** Branch of the repository the « Voir la source » links point at (env `REPOSITORY_BRANCH`). */
  branch: process.env.REPOSITORY_BRANCH || 'main',
  /**
   * Articles per page of a listing (env `VEILLE_PAGE_SIZE`): month, undated, entity and
   * timeline listings are split into pages of this many, so that no page grows with the
   * archive.
   */
  pageSize: pageSizeFrom(process.env.VEILLE_PAGE_SIZE, 'VEILLE_PAGE_SIZE', 100),
  /**
   * Names per page of the index of a kind of name (env `VEILLE_INDEX_PAGE_SIZE`): an index
   * with more names than this lists them on pages of their own, one or more per initial, and
   * shows the initials and the most cited names instead. On the benchmark's 10,000 articles,
   * the index of people listed 3,700 names in 310 KB when it was one page; in pages of 300
   * names, its largest page is 38 KB, no more than a listing of articles (41 KB).
   */
  indexPageSize: pageSizeFrom(process.env.VEILLE_INDEX_PAGE_SIZE, 'VEILLE_INDEX_PAGE_SIZE', 300),
  /**
   * Fewest articles that must name a person, place, organisation, topic or source for it to
   * have a page and a place in its index: a page listing the one article the reader comes
   * from tells nothing, and in an archive whose vocabulary grows as a real one's does, most
   * names are of one article (in the benchmark's 5,000 articles, 21,000 of 22,000 topics and
   * 5,400 of 7,100 people), whose pages came to more than five for each article. The article
   * still shows such a name, unlinked, and the search's filters still offer it (sources have
   * no filter).
   */
  entityPageMinArticles: 2,
} as const;
