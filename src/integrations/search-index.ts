import * as pagefind from 'pagefind';
import { foldHtmlText } from '../lib/search-folding.ts';
import { fixChunkBounds } from './pagefind-chunk-bounds.ts';
import type { BundleFile } from './offline/package-offline.ts';

/** The Pagefind index of a build, fed page by page. */
export interface SearchIndex {
  /** Adds a page if it holds an article body (`data-pagefind-body`); resolves whether it did. */
  add(page: string, html: string): Promise<boolean>;
  /** The files of the search bundle, in memory, with whole chunk bounds (see fixChunkBounds). */
  files(): Promise<BundleFile[]>;
  /** Stops Pagefind's service; to be called whatever happened. */
  close(): Promise<void>;
}

/**
 * A Pagefind index of the site's language, through Pagefind's Node API. Every answer's
 * `errors` is checked: the API reports failures there rather than throwing.
 */
export async function openSearchIndex(lang: string): Promise<SearchIndex> {
  // One index for the whole archive, in the site's language: Pagefind otherwise splits
  // pages by `<html lang>` and a French page searches only French articles.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) {
    await pagefind.close();
    throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  }
  return {
    async add(page, html) {
      // Only article bodies are indexed: a page without one would be read and dropped by
      // Pagefind, so it is not sent at all (on a large archive, most pages are listings).
      if (!html.includes('data-pagefind-body')) return false;
      const added = await index.addHTMLFile({ sourcePath: page, content: foldHtmlText(mainOf(html)) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
      return true;
    },
    async files() {
      const bundle = await index.getFiles();
      if (bundle.errors.length > 0) throw new Error(`Pagefind could not make its files: ${bundle.errors.join('; ')}`);
      return fixChunkBounds(bundle.files);
    },
    async close() {
      await pagefind.close();
    },
  };
}

/**
 * The page's `<main>` element alone, in a bare document: everything Pagefind reads of an
 * article (its body, metadata, sort keys and filters) is there, and the head, header and
 * navigation it would parse and drop are more than half of each page's bytes. Text in
 * the body is escaped, so the first `<main` after `<body` is the element itself.
 * A page without one is sent whole.
 */
export function mainOf(html: string): string {
  const start = html.indexOf('<main', html.indexOf('<body'));
  const end = html.lastIndexOf('</main>');
  return start === -1 || end < start ? html : `<html><body>${html.slice(start, end + '</main>'.length)}</body></html>`;
}
