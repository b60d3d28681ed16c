import type { PaginateFunction } from 'astro';
import { loadCorpus } from './articles.ts';
import type { EntityKind } from './entity-kinds.ts';
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
