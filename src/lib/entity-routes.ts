import { loadCorpus } from './articles.ts';
import type { EntityKind } from './entity-kinds.ts';

/** The static paths of the pages of one kind of entity, one per entity, from the build's one index. */
export async function entityPaths(kind: EntityKind) {
  const { entities } = await loadCorpus();
  return entities[kind].entities.map((entity) => ({ params: { slug: entity.slug }, props: { entity } }));
}
