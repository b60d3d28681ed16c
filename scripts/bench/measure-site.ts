import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { KIND_INFO } from '../../src/lib/entity-kinds.ts';
import { INITIAL_SEGMENTS } from '../../src/lib/initial-groups.ts';

/** Sizes of a built site: total, search index, and HTML per kind of page. */
export interface SiteSizes {
  totalBytes: number;
  pagefindBytes: number;
  pages: number;
  /**
   * Per page kind (first path segment: `articles`, `lieux`, `index`…, the indexes of names
   * apart from their names' pages: `lieux (index)`): count, median and max bytes.
   */
  kinds: Record<string, { pages: number; medianBytes: number; maxBytes: number }>;
}

/** Measures a built site folder. */
export function measureSite(siteDir: string): SiteSizes {
  const files = (readdirSync(siteDir, { recursive: true }) as string[]).map((file) => file.split(path.sep).join('/'));
  let totalBytes = 0;
  let pagefindBytes = 0;
  const byKind = new Map<string, number[]>();
  for (const file of files) {
    const stat = statSync(path.join(siteDir, file));
    if (!stat.isFile()) continue;
    totalBytes += stat.size;
    if (file.startsWith('pagefind/')) pagefindBytes += stat.size;
    else if (file.endsWith('.html')) {
      const kind = pageKind(file);
      byKind.set(kind, [...(byKind.get(kind) ?? []), stat.size]);
    }
  }
  const kinds = Object.fromEntries(
    [...byKind].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, sizes]) => {
      const sorted = sizes.sort((a, b) => a - b);
      return [kind, { pages: sorted.length, medianBytes: sorted[Math.floor(sorted.length / 2)], maxBytes: sorted[sorted.length - 1] }];
    }),
  );
  const pages = [...byKind.values()].reduce((sum, sizes) => sum + sizes.length, 0);
  return { totalBytes, pagefindBytes, pages, kinds };
}

// The first segments of the pages of names (`lieux`), whose index has pages of its own.
const NAME_SEGMENTS = new Set(Object.values(KIND_INFO).map((info) => info.segment));

/**
 * The kind of an HTML page of the site by its path: its first segment (`articles`), `index`
 * for the home page; the index of a kind of name and its pages by initial (`lieux/index.html`,
 * `lieux/lettre-e/2/index.html`) apart from the names' own pages, as `lieux (index)`.
 */
export function pageKind(file: string): string {
  const [first, second] = file.split('/');
  if (second === undefined) return 'index';
  return NAME_SEGMENTS.has(first) && (second === 'index.html' || INITIAL_SEGMENTS.includes(second)) ? `${first} (index)` : first;
}
