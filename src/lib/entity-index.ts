import { ENTITY_KINDS, type EntityKind } from './entity-kinds.ts';
import { assignSlugs, compareNames } from './entity-slugs.ts';
import { groupByInitial, INITIAL_SEGMENTS, type InitialGroup } from './initial-groups.ts';

/** One person, place, organisation, topic or source, with the articles that name it. */
export interface Entity<T> {
  kind: EntityKind;
  /** The canonical name, as the front matter writes it. */
  name: string;
  /** Address segment, unique within its kind. */
  slug: string;
  /** Articles naming it, in the order they were given (newest first for the corpus). */
  articles: T[];
}

/** The entities of one kind that have a page, in French index order, and the ways pages look one up. */
export interface KindIndex<T> {
  entities: Entity<T>[];
  initials: InitialGroup<Entity<T>>[];
  bySlug: Map<string, Entity<T>>;
  byName: Map<string, Entity<T>>;
  /** How many names of this kind too few articles give for a page of their own. */
  withoutPage: number;
}

/** The entities of an archive, kind by kind. */
export type EntityIndex<T> = Record<EntityKind, KindIndex<T>>;

/**
 * Indexes the names of every article, kind by kind, in one pass over the articles: each
 * entity lists its articles in the order of `items` (give them newest first), entities are in
 * French collation order with unique slugs, and grouped by initial for the index pages.
 * Only names of at least `minArticles` articles are entities with a page; slugs are given
 * among all names, so that a name's address does not change as others gain a page.
 */
export function buildEntityIndex<T>(
  items: readonly T[],
  namesOf: (item: T, kind: EntityKind) => readonly string[],
  minArticles = 1,
): EntityIndex<T> {
  const index = {} as EntityIndex<T>;
  for (const kind of ENTITY_KINDS) {
    const articlesByName = new Map<string, T[]>();
    for (const item of items) {
      // A name given twice in one list must not count the article twice.
      for (const name of new Set(namesOf(item, kind))) {
        const articles = articlesByName.get(name);
        if (articles) articles.push(item);
        else articlesByName.set(name, [item]);
      }
    }
    // `/personnes/lettre-m/` is the index's page of the initial M, never a name's.
    const slugs = assignSlugs(articlesByName.keys(), INITIAL_SEGMENTS);
    const entities = [...articlesByName.keys()]
      .filter((name) => articlesByName.get(name)!.length >= minArticles)
      .sort(compareNames)
      .map((name) => ({ kind, name, slug: slugs.get(name)!, articles: articlesByName.get(name)! }));
    index[kind] = {
      entities,
      initials: groupByInitial(entities, (entity) => entity.name),
      bySlug: new Map(entities.map((entity) => [entity.slug, entity])),
      byName: new Map(entities.map((entity) => [entity.name, entity])),
      withoutPage: articlesByName.size - entities.length,
    };
  }
  return index;
}
