import { KIND_INFO, type EntityKind } from './entity-kinds.ts';
import { initialId } from './initial-groups.ts';
import { emptySearchState, FACETS, searchParams, type FacetKey } from './search-state.ts';

/** Site-relative address of an article page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** Address of the archive of a year. */
export function yearPath(year: number): string {
  return `/archives/${year}/`;
}

/** URL segment of a month in its year: `06`, or `sans-mois` for the articles dated to the year only. */
export function monthSegment(month?: number): string {
  return month === undefined ? 'sans-mois' : String(month).padStart(2, '0');
}

/** Address of the archive of a month, or of a year's articles dated to the year only. */
export function monthPath(year: number, month?: number): string {
  return `${yearPath(year)}${monthSegment(month)}/`;
}

/** Address of the undated articles. */
export const UNDATED_PATH = '/archives/sans-date/';

/** Address of the search results page for a query. */
export function searchPath(query = ''): string {
  return query ? `/recherche/?q=${encodeURIComponent(query)}` : '/recherche/';
}

/** Address of the timeline of the whole archive. */
export const CHRONOLOGY_PATH = '/chronologie/';

/** Address of the index of one kind of entity: `/lieux/`. */
export function entityIndexPath(kind: EntityKind): string {
  return `/${KIND_INFO[kind].segment}/`;
}

/**
 * Address of the first page of the names of one initial, in an index that has pages by
 * initial: `/personnes/lettre-m/`, `/personnes/lettre-autres/` for `#`.
 */
export function entityInitialPath(kind: EntityKind, letter: string): string {
  return `${entityIndexPath(kind)}${initialId(letter)}/`;
}

/** Address of an entity's page: `/lieux/etats-unis/`. */
export function entityPath(kind: EntityKind, slug: string): string {
  return `${entityIndexPath(kind)}${slug}/`;
}

/** Address of the results page with facets chosen and no words: `/recherche/?lieu=Isra%C3%ABl`. */
export function facetSearchPath(facets: Partial<Record<FacetKey, string[]>>): string {
  const state = emptySearchState();
  for (const facet of FACETS) state.facets[facet] = facets[facet] ?? [];
  const params = searchParams(state).toString();
  return params ? `/recherche/?${params}` : '/recherche/';
}
