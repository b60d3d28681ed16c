import { describe, expect, it } from 'vitest';
import { entityBreadcrumbs } from '../../src/lib/breadcrumbs.ts';
import { entityIndexPath, entityInitialPath, entityPath, facetSearchPath } from '../../src/lib/urls.ts';

describe('entity addresses', () => {
  it('uses French segments per kind', () => {
    expect(entityIndexPath('people')).toBe('/personnes/');
    expect(entityPath('places', 'etats-unis')).toBe('/lieux/etats-unis/');
    expect(entityPath('organizations', 'tsahal')).toBe('/organisations/tsahal/');
    expect(entityPath('topics', 'otages')).toBe('/sujets/otages/');
  });

  it('gives the pages of an initial the address of its fragment', () => {
    expect(entityInitialPath('people', 'M')).toBe('/personnes/lettre-m/');
    expect(entityInitialPath('places', '#')).toBe('/lieux/lettre-autres/');
  });

  it('links to the results page with a facet chosen', () => {
    expect(facetSearchPath({ lieu: ['Israël'] })).toBe('/recherche/?lieu=Isra%C3%ABl');
    expect(facetSearchPath({})).toBe('/recherche/');
  });

  it('leads back through the index of the kind', () => {
    expect(entityBreadcrumbs('people', 'Herzi Halevi')).toEqual([
      { label: 'Accueil', href: '/' },
      { label: 'Personnes', href: '/personnes/' },
      { label: 'Herzi Halevi' },
    ]);
    expect(entityBreadcrumbs('places')).toEqual([{ label: 'Accueil', href: '/' }, { label: 'Lieux' }]);
  });
});
