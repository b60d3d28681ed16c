import {
  effectiveSort,
  FACETS,
  hasFacets,
  pagefindFilters,
  pagefindSort,
  type FacetKey,
  type SearchState,
} from '../../lib/search-state.ts';
import { allFilters, facetedSearch, tooCommon, type FilterCounts, type SearchAnswer } from './pagefind-client.ts';

/** The results of a state of the results page, when it asks for any, and the counts to show beside each facet value. */
export interface FacetedResults {
  answer?: SearchAnswer;
  counts: FilterCounts;
  /** True when the words were function words only, left out: the facets alone then decide. */
  tooCommon?: boolean;
}

/**
 * Searches as the results page asks: the words, any value within a facet, every facet at
 * once, in the chosen order. Each facet's counts say how many results ticking that value
 * would give: the counts of the current results for facets left alone, and for a facet with
 * ticked values the counts without that facet's own choice (one more count-only search, or
 * Pagefind's `totalFilters` when it is the only facet in use), so its other values stay open:
 * ticking one more value of a facet widens the results (any of them), never narrows them.
 * Words that are all function words (« les ») are left out, as they would select nearly
 * every article (see `tooCommon`): the facets alone then decide.
 */
export async function searchWithFacets(asked: SearchState, limit: number): Promise<FacetedResults> {
  const state = searchedState(asked);
  const results = await facetedResults(state, limit);
  return state === asked ? results : { ...results, tooCommon: true };
}

/** The state as searched: words that are all function words (see `tooCommon`) count as none. */
export function searchedState(state: SearchState): SearchState {
  return tooCommon(state.query) ? { ...state, query: '' } : state;
}

async function facetedResults(state: SearchState, limit: number): Promise<FacetedResults> {
  if (!state.query && !hasFacets(state)) return { counts: await allFilters() };
  const sort = pagefindSort(effectiveSort(state));
  const answer = await facetedSearch(state.query, { filters: pagefindFilters(state), sort }, limit);
  const counts: FilterCounts = { ...answer.filters };
  const used = FACETS.filter((facet) => state.facets[facet].length > 0);
  const own = async (facet: FacetKey) => {
    const others = pagefindFilters(state, facet);
    if (Object.keys(others).length > 0) return (await facetedSearch(state.query, { filters: others }, 0)).filters[facet];
    // The only facet in use: the words alone decide, or with no words every article counts.
    return state.query ? answer.totalFilters[facet] : (await allFilters())[facet];
  };
  await Promise.all(used.map(async (facet) => (counts[facet] = (await own(facet)) ?? {})));
  return { answer, counts };
}
