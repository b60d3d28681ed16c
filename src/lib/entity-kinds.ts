/** The lists of names an article's front matter carries, each with pages of its own. */
export const ENTITY_KINDS = ['people', 'places', 'organizations', 'topics', 'sources'] as const;

/** One kind of entity: a front matter list such as `places`. */
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How the site names and addresses one kind of entity. */
export interface EntityKindInfo {
  /** URL segment of its pages: `/lieux/<slug>/`. */
  segment: string;
  /** Title of its index page and heading in an article's column: « Lieux ». */
  title: string;
  /** Pagefind filter key of this kind, when the search offers it as a facet. */
  filter?: string;
  /** « N lieux », « 1 lieu »: singular and plural for counts. */
  one: string;
  many: string;
}

/** French names, addresses and search filters of each kind. */
export const KIND_INFO: Record<EntityKind, EntityKindInfo> = {
  people: { segment: 'personnes', title: 'Personnes', filter: 'personne', one: 'personne', many: 'personnes' },
  places: { segment: 'lieux', title: 'Lieux', filter: 'lieu', one: 'lieu', many: 'lieux' },
  organizations: { segment: 'organisations', title: 'Organisations', filter: 'organisation', one: 'organisation', many: 'organisations' },
  topics: { segment: 'sujets', title: 'Sujets', filter: 'sujet', one: 'sujet', many: 'sujets' },
  sources: { segment: 'sources', title: 'Sources', one: 'source', many: 'sources' },
};

/** The kinds whose shared names make two articles related (a cited source does not). */
export const RELATED_KINDS: readonly EntityKind[] = ['people', 'places', 'organizations', 'topics'];
