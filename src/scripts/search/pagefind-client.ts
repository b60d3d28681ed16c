import { foldForSearch } from '../../lib/search-folding.ts';
import { namesFewWords, onlyFunctionWords, withoutFunctionWords } from '../../lib/search-words.ts';
import { isOffline, pageUrl, siteRoot } from '../site-url.ts';
import { offlinePagefindModule } from './offline-pagefind.ts';

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
  /** True when the query names function words only (see `tooCommon`): it was not searched. */
  tooCommon?: boolean;
}

/** Counts per value of each filter: `{ lieu: { Gaza: 2, Israël: 5 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Filters and sort as Pagefind's `search` takes them. */
export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A faceted search: its first results, and Pagefind's counts for the current results and for the query alone. */
export interface FacetedAnswer extends SearchAnswer {
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;
let filtersLoading: Promise<FilterCounts> | undefined;

/**
 * Loads Pagefind's browser API once, on first use, so pages that never search never pay
 * for it. From disk, where browsers refuse module imports and `fetch`, it comes through
 * the classic scripts written at build time (see offline-pagefind.ts).
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = new URL('pagefind/', siteRoot());
    const url = isOffline() ? await offlinePagefindModule(bundle) : new URL('pagefind.js', bundle).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Result addresses stay site-relative (`/articles/x/`); pageUrl places them under the root.
    // Pagefind searches on this page, not in its web worker (which browsers refuse from
    // disk anyway): through the worker, every result of every search is released by a
    // message of its own once garbage-collected, and at 10,000 articles a common word has
    // 8,000 results, whose releases held up the next search for up to 3 s. A search
    // itself takes tens of milliseconds.
    await pagefind.options({ excerptLength: 24, baseUrl: '/', basePath: bundle.href, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Every filter value of the index with its number of pages; also what makes searches return counts. */
export function allFilters(): Promise<FilterCounts> {
  // Pagefind only counts filter values in a search once every filter file is loaded.
  filtersLoading ??= loadPagefind().then((pagefind) => pagefind.filters());
  filtersLoading.catch(() => (filtersLoading = undefined));
  return filtersLoading;
}

/**
 * Starts loading the index of a query that waits for the search in progress: by the time
 * its turn comes, its words' index files are there. A query whose last word is short or a
 * function word (see `namesFewWords`) is left to the search itself.
 */
export function preload(query: string): void {
  if (!namesFewWords(query)) return;
  loadPagefind()
    .then((pagefind) => pagefind.preload(searchTerm(query)))
    .catch(() => {});
}

/**
 * Runs a query and resolves the data of its first `limit` results. Once `signal` is
 * aborted (the reader typed on), the results' data is not fetched: those requests would
 * only queue ahead of the next query's, and it rejects with the signal's reason.
 */
export async function search(query: string, limit: number, signal?: AbortSignal): Promise<SearchAnswer> {
  if (tooCommon(query)) return { query, total: 0, hits: [], tooCommon: true };
  const { total, hits } = await run(query, {}, limit, signal);
  return { query, total, hits };
}

/**
 * Runs a query with filters and a sort; an empty `query` lists what the filters select
 * (Pagefind's `search(null)`). Resolves the data of the first `limit` results (none for a
 * count-only search) and Pagefind's filter counts.
 */
export async function facetedSearch(query: string, options: SearchOptions, limit: number): Promise<FacetedAnswer> {
  await allFilters();
  return run(query, options, limit);
}

async function run(query: string, options: SearchOptions, limit: number, signal?: AbortSignal): Promise<FacetedAnswer> {
  const pagefind = await loadPagefind();
  const term = query === '' ? null : searchTerm(query);
  const response = await pagefind.search(term, options);
  signal?.throwIfAborted();
  const results = response?.results ?? [];
  const hits = await Promise.all(
    results.slice(0, limit).map(async (result) => {
      const data = await result.data();
      return { url: pageUrl(data.url), title: data.meta.title ?? data.url, date: data.meta.date, excerpt: data.excerpt };
    }),
  );
  return { query, total: results.length, hits, filters: response?.filters ?? {}, totalFilters: response?.totalFilters ?? {} };
}

/**
 * True when a query names function words only (« les », « de la »): searched, it would
 * select nearly every article and load the largest part of the index (see onlyFunctionWords).
 */
export function tooCommon(query: string): boolean {
  return onlyFunctionWords(foldForSearch(query.normalize('NFC')));
}

/**
 * A query as it was indexed: composed, with the folding applied to the text (see
 * foldForSearch), and without the function words that would load the largest index files
 * to select nothing (see withoutFunctionWords).
 */
function searchTerm(query: string): string {
  return withoutFunctionWords(foldForSearch(query.normalize('NFC')));
}
