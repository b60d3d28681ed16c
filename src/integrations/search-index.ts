import * as pagefind from 'pagefind';
import { foldHtmlText } from '../lib/search-folding.ts';

/** The Pagefind index of a build, fed page by page. */
export interface SearchIndex {
  /** Adds a page if it holds an article body (`data-pagefind-body`); resolves whether it did. */
  add(page: string, html: string): Promise<boolean>;
  /** Writes the search bundle into `outputPath`. */
  write(outputPath: string): Promise<void>;
}

/**
 * Runs `use` with a Pagefind index of the site's language, through Pagefind's Node API,
 * and closes the Pagefind service afterwards whatever happens. Every answer's `errors` is
 * checked: the API reports failures there rather than throwing.
 */
export async function withSearchIndex<T>(lang: string, use: (index: SearchIndex) => Promise<T>): Promise<T> {
  try {
    // One index for the whole archive, in the site's language: Pagefind otherwise splits
    // pages by `<html lang>` and a French page searches only French articles.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    return await use({
      async add(page, html) {
        // Only article bodies are indexed: a page without one would be read and dropped by
        // Pagefind, so it is not sent at all (on a large archive, most pages are listings).
        if (!html.includes('data-pagefind-body')) return false;
        const added = await index.addHTMLFile({ sourcePath: page, content: foldHtmlText(html) });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
        return true;
      },
      async write(outputPath) {
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      },
    });
  } finally {
    await pagefind.close();
  }
}
