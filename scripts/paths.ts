import path from 'node:path';

/** Project root. */
export const ROOT = path.resolve(import.meta.dirname, '..');
/** Where `npm run convert` leaves its counts for the report that closes `npm run build`. */
export const CONVERT_SUMMARY = path.join(ROOT, 'node_modules', '.cache', 'veille', 'convert-summary.json');

/** Folder of the generated articles: `$VEILLE_ARTICLES_DIR` (tests, benchmarks), else content/articles/. */
export function articlesDir(): string {
  return path.resolve(process.env.VEILLE_ARTICLES_DIR ?? path.join(ROOT, 'content', 'articles'));
}
