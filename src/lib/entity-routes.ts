import type { PaginateFunction } from 'astro';
import { loadCorpus } from './articles.ts';
import type { EntityKind } from './entity-kinds.ts';
import { initialParam, listsByInitial } from './index-pages.ts';
import { site } from '../site.config.ts';

/**
 * The static paths of the pages of one kind of entity, from the build's one index: each
 * entity's articles in pages of site.pageSize (`/lieux/paris/`, `/lieux/paris/2/`…).
 */
export async function entityPaths(kind: EntityKind, paginate: PaginateFunction) {
  const { entities } = await loadCorpus();
  return entities[kind].entities.flatMap((entity) =>
    paginate(entity.articles, { params: { slug: entity.slug }, props: { entity }, pageSize: site.pageSize }),
  );
}

/**
 * The static paths of the pages by initial of the index of one kind, when it has too many
 * names for one page (see `listsByInitial`): each initial's names in pages of
 * site.indexPageSize (`/personnes/lettre-m/`, `/personnes/lettre-m/2/`…); none otherwise.
 */
export async function initialPaths(kind: EntityKind, paginate: PaginateFunction) {
  const { entities, initials } = (await loadCorpus()).entities[kind];
  if (!listsByInitial(entities.length, site.indexPageSize)) return [];
  const letters = initials.map((group) => group.letter);
  return initials.flatMap(({ letter, items }) =>
    paginate(items, { params: { letter: initialParam(letter) }, props: { kind, letter, letters }, pageSize: site.indexPageSize }),
  );
}
