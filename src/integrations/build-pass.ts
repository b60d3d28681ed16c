import { offlinePage } from './offline/package-offline.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * What every HTML page of a build goes through as Astro renders it: added to the search
 * index (articles only, sent without waiting, so Pagefind indexes on another core while
 * Astro renders on this one) and rewritten for reading from disk.
 */
export interface BuildPass {
  /** The page at `file` (`articles/x/index.html`) as it is to be written. */
  page(file: string, html: string): string;
  /** Once every page went through: the counts, and the scripts pages run (for `finishOffline`). */
  finish(): Promise<{ files: Set<string>; indexed: number; scripts: Set<string> }>;
}

export function createBuildPass(index: SearchIndex, basePath: string): BuildPass {
  const files = new Set<string>();
  const scripts = new Set<string>();
  const added: Promise<boolean>[] = [];
  return {
    page(file, html) {
      files.add(file);
      const indexing = index.add(file, html);
      // Failures are reported by `finish`; until then they must not count as unhandled.
      indexing.catch(() => {});
      added.push(indexing);
      const offline = offlinePage(html, file, basePath);
      for (const script of offline.scripts) scripts.add(script);
      return offline.html;
    },
    async finish() {
      const indexed = (await Promise.all(added)).filter(Boolean).length;
      return { files, indexed, scripts };
    },
  };
}

// Astro renders pages from a bundle of the site that holds its own copy of every module,
// in the same process as the integration's hooks: a variable of this module would not be
// shared between the two copies, a global registered under a symbol is.
const CURRENT = Symbol.for('veille.build-pass');

/** Makes `pass` the one the page middleware uses (`undefined`: none, pages pass unchanged). */
export function setBuildPass(pass: BuildPass | undefined): void {
  (globalThis as { [CURRENT]?: BuildPass })[CURRENT] = pass;
}

/** The build pass of the build under way, if any (none in the development server). */
export function currentBuildPass(): BuildPass | undefined {
  return (globalThis as { [CURRENT]?: BuildPass })[CURRENT];
}
