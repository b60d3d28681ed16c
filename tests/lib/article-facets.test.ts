import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { articleFacets, facetAttributes } from '../../src/lib/article-facets.ts';
import { readPagefindFile } from '../helpers/chunked-pagefind-bundle.ts';

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

describe('facetAttributes', () => {
  it('names each facet with the attribute that holds its value', () => {
    expect(facetAttributes([{ facet: 'lieu', value: 'Gaza' }, { facet: 'annee', value: '2024' }])).toEqual({
      'data-pagefind-filter': 'lieu[data-f0], annee[data-f1]',
      'data-f0': 'Gaza',
      'data-f1': '2024',
    });
  });

  it('gives Pagefind every value whole, whatever it holds', async () => {
    // Values that Pagefind's own syntax uses (commas, colons, brackets), HTML's, and spaces.
    const awkward = ['Gaza', 'Paris, Texas', 'Sun: Tzu', 'a[b]', 'AT&T', 'l’« OTAN »', '"Q"', '<b>', 'Dupont  Aignan'];
    const pages = [
      articleFacets({ places: awkward.slice(0, 5), people: ['Herzi Halevi'], date: '2024-06', lang: 'fr' }),
      articleFacets({ places: ['Gaza'], organizations: awkward.slice(5), topics: ['otages'], lang: 'en' }),
    ];
    const filters = await indexedFilters(pages.map((facets) => `<span hidden${htmlAttributes(facetAttributes(facets))}></span>`));
    const expected: Record<string, Record<string, number>> = {};
    for (const facets of pages) {
      for (const { facet, value } of facets) {
        const normalized = value.replace(/\s+/g, ' ');
        (expected[facet] ??= {})[normalized] = (expected[facet][normalized] ?? 0) + 1;
      }
    }
    expect(filters).toEqual(expected);
  }, 60_000);
});

/** Attributes as HTML writes them, escaped as Astro escapes them. */
function htmlAttributes(attributes: Record<string, string>): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return Object.entries(attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
}

/** Each filter's values and how many pages have each, as Pagefind's Node API indexes pages holding this markup. */
async function indexedFilters(markups: readonly string[]): Promise<Record<string, Record<string, number>>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  try {
    if (!index) throw new Error(errors.join('; '));
    for (const [page, markup] of markups.entries()) {
      const html = `<html><body><main><article data-pagefind-body><p>Texte de l’article.</p></article>${markup}</main></body></html>`;
      const added = await index.addHTMLFile({ sourcePath: `articles/${page}/index.html`, content: html });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    }
    const bundle = await index.getFiles();
    const filters: Record<string, Record<string, number>> = {};
    for (const file of bundle.files.filter(({ path }) => path.endsWith('.pf_filter'))) {
      const [filter, values] = readPagefindFile(file) as [string, [string, number[]][]];
      filters[filter] = Object.fromEntries(values.map(([value, pages]) => [value, pages.length]));
    }
    return filters;
  } finally {
    await pagefind.close();
  }
}
