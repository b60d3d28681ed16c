import type { ArticleData } from '../schema/article.ts';

/** What the structured data of an article page is built from. */
export interface NewsArticleInput {
  data: Pick<ArticleData, 'title' | 'description' | 'date' | 'lang' | 'people' | 'places' | 'organizations'>;
  /** Absolute address of the article page. */
  url: string;
  /** The site the article belongs to, with its absolute address. */
  website: { name: string; url: string };
  /** ISO 8601 date-time of the last change to the article's seed, when known. */
  dateModified?: string;
}

/**
 * The schema.org `NewsArticle` of an article page. `datePublished` keeps the seed's
 * precision (`"2024-06"` stays `"2024-06"`) and is absent for an undated article; the names
 * the article mentions become `Person`, `Place` and `Organization`.
 */
export function newsArticleJsonLd({ data, url, website, dateModified }: NewsArticleInput): Record<string, unknown> {
  const mentions = [
    ...data.people.map((name) => ({ '@type': 'Person', name })),
    ...data.places.map((name) => ({ '@type': 'Place', name })),
    ...data.organizations.map((name) => ({ '@type': 'Organization', name })),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    description: data.description,
    ...(data.date && { datePublished: data.date }),
    ...(dateModified && { dateModified }),
    inLanguage: data.lang,
    url,
    mainEntityOfPage: url,
    ...(mentions.length > 0 && { mentions }),
    isPartOf: { '@type': 'WebSite', name: website.name, url: website.url },
  };
}

// Characters that could end the script element or open markup (`</script>`, `<!--`), and
// the two line separators that older JavaScript parsers refuse in strings.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the inside of a `<script type="application/ld+json">`: valid JSON that no text
 * can break out of, `{"headline":"</script>"}` → `{"headline":"\u003c/script\u003e"}`.
 * These characters only ever occur inside JSON strings, where the escape means the same.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
