import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../src/lib/entity-index.ts';
import type { EntityKind } from '../../src/lib/entity-kinds.ts';

interface Item {
  slug: string;
  names: Partial<Record<EntityKind, string[]>>;
}
const item = (slug: string, names: Item['names']): Item => ({ slug, names });
const namesOf = (entry: Item, kind: EntityKind) => entry.names[kind] ?? [];

const newestFirst = [
  item('c', { places: ['Israël', 'Gaza'], people: ['Herzi Halevi'] }),
  item('b', { places: ['Égypte', 'Gaza'], topics: ['otages'] }),
  item('a', { places: ['Israel', 'États-Unis', 'Égypte'] }),
];

describe('buildEntityIndex', () => {
  const index = buildEntityIndex(newestFirst, namesOf);

  it('lists the entities of each kind in French order with their articles, in the given order', () => {
    expect(index.places.withoutPage).toBe(0);
    expect(index.places.entities.map((entity) => [entity.name, entity.articles.map((a) => a.slug)])).toEqual([
      ['Égypte', ['b', 'a']],
      ['États-Unis', ['a']],
      ['Gaza', ['c', 'b']],
      ['Israel', ['a']],
      ['Israël', ['c']],
    ]);
    expect(index.people.entities.map((entity) => entity.name)).toEqual(['Herzi Halevi']);
    expect(index.organizations.entities).toEqual([]);
  });

  it('gives names of one kind unique slugs, the French-first one unsuffixed', () => {
    expect(index.places.byName.get('Israel')?.slug).toBe('israel');
    expect(index.places.byName.get('Israël')?.slug).toBe('israel-2');
    expect(index.places.bySlug.get('etats-unis')?.name).toBe('États-Unis');
  });

  it('groups each kind by initial for its index page', () => {
    expect(index.places.initials.map((group) => [group.letter, group.items.length])).toEqual([
      ['E', 2],
      ['G', 1],
      ['I', 2],
    ]);
  });

  it('never gives a name the address of the pages of an initial', () => {
    const index = buildEntityIndex([item('x', { topics: ['Lettre M', 'lettre-autres'] })], namesOf);
    expect(index.topics.byName.get('Lettre M')?.slug).toBe('lettre-m-2');
    expect(index.topics.byName.get('lettre-autres')?.slug).toBe('lettre-autres-2');
  });

  it('counts an article once even when a list repeats a name', () => {
    const twice = buildEntityIndex([item('x', { topics: ['otages', 'otages'] })], namesOf);
    expect(twice.topics.entities[0].articles).toHaveLength(1);
  });
});

describe('buildEntityIndex with a fewest number of articles for a page', () => {
  const index = buildEntityIndex(newestFirst, namesOf, 2);

  it('keeps only the names of that many articles, and counts the others', () => {
    expect(index.places.entities.map((entity) => entity.name)).toEqual(['Égypte', 'Gaza']);
    expect(index.places.withoutPage).toBe(3);
    expect(index.places.byName.has('Israël')).toBe(false);
    expect(index.places.bySlug.has('etats-unis')).toBe(false);
    expect(index.places.initials.map((group) => [group.letter, group.items.length])).toEqual([
      ['E', 1],
      ['G', 1],
    ]);
    expect([index.people.entities, index.people.withoutPage]).toEqual([[], 1]);
  });

  it('gives a name the slug it has when every name has a page', () => {
    const twoIsraels = [...newestFirst, item('z', { places: ['Israël'] })];
    expect(buildEntityIndex(twoIsraels, namesOf, 2).places.byName.get('Israël')?.slug).toBe('israel-2');
  });
});
