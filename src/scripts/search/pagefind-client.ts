import { foldForSearch } from '../../lib/search-folding.ts';

/** One search result, ready to show. */
export interface SearchHit {
  url: string;
  title: string;
  date?: string;
  /** Excerpt as HTML from Pagefind: text with `<mark>` around matched words. */
  excerpt: string;
}

/** The first results of a query and how many there are in all. */
export interface SearchAnswer {
  query: string;
  total: number;
  hits: SearchHit[];
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

/** The root of the site, from the page's `<link rel="home">`, so that sub-path hosting works. */
export function siteRoot(): URL {
  const home = document.querySelector<HTMLLinkElement>('link[rel="home"]');
  return new URL(home?.href ?? '/', location.href);
}

/** Loads Pagefind's browser API once, on first use, so pages that never search never pay for it. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = new URL('pagefind/pagefind.js', siteRoot()).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24, baseUrl: siteRoot().pathname });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Runs a query and resolves the data of its first `limit` results. */
export async function search(query: string, limit: number): Promise<SearchAnswer> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(foldForSearch(query.normalize('NFC')));
  const results = response?.results ?? [];
  const hits = await Promise.all(
    results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, date: data.meta.date, excerpt: data.excerpt };
    }),
  );
  return { query, total: results.length, hits };
}
