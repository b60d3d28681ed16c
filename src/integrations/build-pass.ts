import { offlinePage } from './offline/package-offline.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * What every HTML page of a build goes through as Astro renders it: added to the search
 * index (articles only, without waiting for Pagefind, which indexes on another core while
 * Astro renders on this one) and rewritten for reading from disk.
 */
export interface BuildPass {
  /** The page at `file` (`articles/x/index.html`) as it is to be written. */
  page(file: string, html: string): Promise<string>;
  /** Once every page went through: the counts, and the scripts pages run (for `assertScriptsStandalone`). */
  finish(): Promise<{ files: Set<string>; indexed: number; scripts: Set<string> }>;
}

/**
 * Pages sent to Pagefind and not yet indexed, at most: past this, rendering waits for
 * Pagefind, so that a slower indexer never makes pages pile up in memory.
 */
export const INDEXING_IN_FLIGHT = 64;

export function createBuildPass(index: SearchIndex, basePath: string, inFlightLimit = INDEXING_IN_FLIGHT): BuildPass {
  const files = new Set<string>();
  const scripts = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let indexed = 0;
  return {
    async page(file, html) {
      while (inFlight.size >= inFlightLimit) await Promise.race(inFlight);
      // A page Pagefind could not index fails the build now rather than after every other page.
      if (failures.length > 0) throw failures[0];
      files.add(file);
      const indexing: Promise<void> = index.add(file, html).then(
        (added) => {
          if (added) indexed++;
        },
        (error: unknown) => {
          failures.push(error);
        },
      );
      inFlight.add(indexing);
      void indexing.finally(() => inFlight.delete(indexing));
      const offline = offlinePage(html, file, basePath);
      for (const script of offline.scripts) scripts.add(script);
      return offline.html;
    },
    async finish() {
      await Promise.all(inFlight);
      if (failures.length > 0) throw failures[0];
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
