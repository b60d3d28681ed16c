import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd, type NewsArticleInput } from '../../src/lib/json-ld.ts';

const WEBSITE = { name: 'Veille', url: 'https://veille.example.org/' };
const URL = 'https://veille.example.org/articles/x/';

function input(data: Partial<NewsArticleInput['data']> = {}, dateModified?: string): NewsArticleInput {
  return {
    data: { title: 'Titre', description: 'Chapeau.', lang: 'fr', people: [], places: [], organizations: [], ...data },
    url: URL,
    website: WEBSITE,
    dateModified,
  };
}

describe('newsArticleJsonLd', () => {
  it('describes an article as a NewsArticle of the website', () => {
    expect(newsArticleJsonLd(input({ date: '2024-06-10' }, '2026-11-23T13:27:24+00:00'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Titre',
      description: 'Chapeau.',
      datePublished: '2024-06-10',
      dateModified: '2026-11-23T13:27:24+00:00',
      inLanguage: 'fr',
      url: URL,
      mainEntityOfPage: URL,
      isPartOf: { '@type': 'WebSite', name: 'Veille', url: 'https://veille.example.org/' },
    });
  });

  it('keeps the precision of the date and gives none for an undated article', () => {
    expect(newsArticleJsonLd(input({ date: '2024-06' })).datePublished).toBe('2024-06');
    expect(newsArticleJsonLd(input({ date: '2024' })).datePublished).toBe('2024');
    expect(newsArticleJsonLd(input())).not.toHaveProperty('datePublished');
    expect(newsArticleJsonLd(input())).not.toHaveProperty('dateModified');
  });

  it('lists the names it mentions as people, places and organisations', () => {
    const jsonLd = newsArticleJsonLd(input({ people: ['Mark Milley'], places: ['Israël', 'Gaza'], organizations: ['ONU'] }));
    expect(jsonLd.mentions).toEqual([
      { '@type': 'Person', name: 'Mark Milley' },
      { '@type': 'Place', name: 'Israël' },
      { '@type': 'Place', name: 'Gaza' },
      { '@type': 'Organization', name: 'ONU' },
    ]);
    expect(newsArticleJsonLd(input())).not.toHaveProperty('mentions');
  });
});

describe('serializeJsonLd', () => {
  it('never lets a title close the script element', () => {
    const title = '</script><script>window.__pwned=1</script>';
    const json = serializeJsonLd({ headline: title });
    expect(json).not.toMatch(/<|>/);
    expect(json).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e"}');
    expect(JSON.parse(json)).toEqual({ headline: title });
  });

  it('escapes comment openers, ampersands and the line separators', () => {
    const json = serializeJsonLd({ text: '<!-- a & b \u2028 c \u2029' });
    expect(json).toBe('{"text":"\\u003c!-- a \\u0026 b \\u2028 c \\u2029"}');
  });

  it('round-trips any value as JSON, with no character that HTML or old parsers would read', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = serializeJsonLd(value);
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
