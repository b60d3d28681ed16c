/** The search facets, as Pagefind filter keys and URL parameters, in the order the page shows them. */
export const FACETS = ['personne', 'lieu', 'organisation', 'sujet', 'annee', 'langue'] as const;

/** One facet of the search. */
export type FacetKey = (typeof FACETS)[number];

/** The orders of the results page: by relevance, newest first, oldest first. */
export const SORTS = ['pertinence', 'recent', 'ancien'] as const;

/** One order of the results. */
export type SortOrder = (typeof SORTS)[number];

/** What the results page shows, as the address carries it: `/recherche/?q=iran&lieu=Gaza&tri=recent`. */
export interface SearchState {
  query: string;
  /** Chosen values of each facet: any of them within a facet, every facet at once. */
  facets: Record<FacetKey, string[]>;
  /** The order chosen by the reader; absent when the page's default applies. */
  sort?: SortOrder;
}

/** URL parameter of the order. */
const SORT_PARAM = 'tri';

/**
 * Pagefind sort keys written on each article. Pagefind drops from sorted results any page
 * without the key (https://pagefind.app/docs/sorts/), so undated articles carry a value
 * that sorts after every date in each direction: one key per direction.
 */
export const SORT_KEYS = { recent: 'date', ancien: 'ancien' } as const;

/** The values of both sort keys for an article: `"2024-06"` → both `"2024-06"`; undated → `"0"` and `"~"`. */
export function sortValues(date?: string): { recent: string; ancien: string } {
  // Pagefind compares these strings byte by byte: "0" precedes and "~" follows every date.
  return date ? { recent: date, ancien: date } : { recent: '0', ancien: '~' };
}

/** A state with no words, no facet and the default order. */
export function emptySearchState(): SearchState {
  return parseSearchState(new URLSearchParams());
}

/** Reads the state of the results page from its address (or a form's data). */
export function parseSearchState(params: URLSearchParams): SearchState {
  const facets = {} as Record<FacetKey, string[]>;
  for (const facet of FACETS) {
    facets[facet] = [...new Set(params.getAll(facet).map((value) => value.trim()).filter(Boolean))];
  }
  const sort = params.get(SORT_PARAM);
  return {
    query: params.get('q')?.trim() ?? '',
    facets,
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : undefined,
  };
}

/** The address parameters of a state, in a stable order, leaving out what is empty. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.facets[facet]) params.append(facet, value);
  if (state.sort) params.set(SORT_PARAM, state.sort);
  return params;
}

/** True when at least one facet value is chosen. */
export function hasFacets(state: SearchState): boolean {
  return FACETS.some((facet) => state.facets[facet].length > 0);
}

/** The order that applies: relevance needs words, so a search by facets alone lists the newest first. */
export function effectiveSort(state: SearchState): SortOrder {
  if (!state.query) return state.sort === 'ancien' ? 'ancien' : 'recent';
  return state.sort ?? 'pertinence';
}

/** Pagefind's `filters`: any of the values within a facet, all facets at once; `except` leaves one facet out. */
export function pagefindFilters(state: SearchState, except?: FacetKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    if (facet !== except && state.facets[facet].length > 0) filters[facet] = { any: state.facets[facet] };
  }
  return filters;
}

/** Pagefind's `sort` for an order: none for relevance. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
  if (sort === 'recent') return { [SORT_KEYS.recent]: 'desc' };
  if (sort === 'ancien') return { [SORT_KEYS.ancien]: 'asc' };
  return {};
}
