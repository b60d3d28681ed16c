import { describe, expect, it } from 'vitest';
import {
  effectiveSort,
  emptySearchState,
  hasFacets,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchParams,
  sortValues,
} from '../../src/lib/search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState and searchParams', () => {
  it('reads words, repeated facets and the order from the address', () => {
    const state = parse('q=+iran+&lieu=Isra%C3%ABl&lieu=Gaza&personne=Herzi+Halevi&tri=recent');
    expect(state.query).toBe('iran');
    expect(state.facets.lieu).toEqual(['Israël', 'Gaza']);
    expect(state.facets.personne).toEqual(['Herzi Halevi']);
    expect(state.facets.sujet).toEqual([]);
    expect(state.sort).toBe('recent');
  });

  it('ignores an unknown order, empty and repeated values', () => {
    const state = parse('tri=hasard&lieu=&lieu=Gaza&lieu=Gaza&couleur=bleu');
    expect(state.sort).toBeUndefined();
    expect(state.facets.lieu).toEqual(['Gaza']);
  });

  it('writes an address that reads back to the same state, in a stable order', () => {
    const state = parse('tri=ancien&lieu=Gaza&q=iran&annee=2024&lieu=Isra%C3%ABl');
    const written = searchParams(state).toString();
    expect(written).toBe('q=iran&lieu=Gaza&lieu=Isra%C3%ABl&annee=2024&tri=ancien');
    expect(parse(written)).toEqual(state);
    expect(searchParams(emptySearchState()).toString()).toBe('');
  });
});

describe('pagefind options', () => {
  const state = parse('q=iran&lieu=Isra%C3%ABl&lieu=Gaza&personne=Herzi+Halevi');

  it('asks for any value within a facet and every facet at once', () => {
    expect(pagefindFilters(state)).toEqual({ personne: { any: ['Herzi Halevi'] }, lieu: { any: ['Israël', 'Gaza'] } });
    expect(pagefindFilters(state, 'lieu')).toEqual({ personne: { any: ['Herzi Halevi'] } });
    expect(hasFacets(state)).toBe(true);
    expect(hasFacets(parse('q=iran'))).toBe(false);
  });

  it('sorts by relevance with words, newest first without, unless the reader chose', () => {
    expect(effectiveSort(parse('q=iran'))).toBe('pertinence');
    expect(effectiveSort(parse('lieu=Gaza'))).toBe('recent');
    expect(effectiveSort(parse('lieu=Gaza&tri=pertinence'))).toBe('recent');
    expect(effectiveSort(parse('lieu=Gaza&tri=ancien'))).toBe('ancien');
    expect(pagefindSort('pertinence')).toEqual({});
    expect(pagefindSort('recent')).toEqual({ date: 'desc' });
    expect(pagefindSort('ancien')).toEqual({ ancien: 'asc' });
  });

  it('gives undated articles sort values after every date in both directions', () => {
    const dated = ['0999', '2024-06', '2024-06-14', '9999-12-31'].map((date) => sortValues(date));
    const undated = sortValues();
    for (const values of dated) {
      expect(undated.recent < values.recent).toBe(true);
      expect(undated.ancien > values.ancien).toBe(true);
    }
  });
});
