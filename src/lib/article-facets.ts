import { KIND_INFO, type EntityKind } from './entity-kinds.ts';
import { languageName } from './language-name.ts';
import { parsePartialDate } from './partial-date.ts';
import type { FacetKey } from './search-state.ts';

/** What the facets of an article are drawn from (its front matter). */
export interface FacetSource extends Partial<Record<EntityKind, readonly string[]>> {
  date?: string;
  lang: string;
}

/** One Pagefind filter value of an article. */
export interface FacetValue {
  facet: FacetKey;
  value: string;
}

const ENTITY_FACETS: EntityKind[] = ['people', 'places', 'organizations', 'topics'];

/**
 * The search facets of an article, one entry per value: its people, places, organisations and
 * topics by canonical name, the year of its date (none when undated) and its language by French
 * name. `{ places: ["Gaza"], date: "2024-06", lang: "fr" }` → `lieu: Gaza`, `annee: 2024`, `langue: français`.
 */
export function articleFacets(source: FacetSource): FacetValue[] {
  const values: FacetValue[] = [];
  for (const kind of ENTITY_FACETS) {
    const facet = KIND_INFO[kind].filter as FacetKey;
    for (const value of new Set(source[kind] ?? [])) values.push({ facet, value });
  }
  const year = source.date === undefined ? undefined : parsePartialDate(source.date)?.year;
  if (year !== undefined) values.push({ facet: 'annee', value: String(year) });
  values.push({ facet: 'langue', value: languageName(source.lang) });
  return values;
}

/**
 * The attributes that give Pagefind an article's facets on one element: each value in an
 * attribute of its own, and `data-pagefind-filter` naming each facet with the attribute that
 * holds its value (Pagefind's `name[attribute], …` form). Values stay whole whatever they hold
 * (commas, colons, quotes), since Pagefind splits the list of names, never a value; and one
 * element costs about half the bytes of an element per value, on every article page.
 * `[{ facet: "lieu", value: "Gaza" }, { facet: "annee", value: "2024" }]` →
 * `{ "data-pagefind-filter": "lieu[data-f0], annee[data-f1]", "data-f0": "Gaza", "data-f1": "2024" }`
 */
export function facetAttributes(facets: readonly FacetValue[]): Record<string, string> {
  const attributes: Record<string, string> = { 'data-pagefind-filter': facets.map(({ facet }, index) => `${facet}[data-f${index}]`).join(', ') };
  facets.forEach(({ value }, index) => (attributes[`data-f${index}`] = value));
  return attributes;
}
