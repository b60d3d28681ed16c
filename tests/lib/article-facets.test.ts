import { describe, expect, it } from 'vitest';
import { articleFacets } from '../../src/lib/article-facets.ts';

describe('articleFacets', () => {
  it('gives one filter value per name, the year and the language in French', () => {
    const facets = articleFacets({
      people: ['Herzi Halevi'],
      places: ['Israël', 'Gaza'],
      organizations: ['Tsahal'],
      topics: ['otages'],
      sources: ['Reuters'],
      date: '2024-06-14',
      lang: 'fr',
    });
    expect(facets.map(({ facet, value }) => `${facet}=${value}`)).toEqual([
      'personne=Herzi Halevi',
      'lieu=Israël',
      'lieu=Gaza',
      'organisation=Tsahal',
      'sujet=otages',
      'annee=2024',
      'langue=français',
    ]);
  });

  it('gives no year to an undated article', () => {
    expect(articleFacets({ lang: 'en' })).toEqual([{ facet: 'langue', value: 'anglais' }]);
  });
});
