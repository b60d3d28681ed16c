import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Sizes of a built site: total, search index, and HTML per kind of page. */
export interface SiteSizes {
  totalBytes: number;
  pagefindBytes: number;
  pages: number;
  /** Per page kind (first path segment: `articles`, `lieux`, `index`…): count, median and max bytes. */
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
      const kind = file.includes('/') ? file.split('/')[0] : 'index';
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
