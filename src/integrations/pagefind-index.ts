import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { site } from '../site.config.ts';
import { finishOffline, offlinePage } from './offline/package-offline.ts';
import { withSearchIndex } from './search-index.ts';
import { sitePages } from './files-under.ts';
import { formatBuildReport, type PhaseTimes, type SeedSummary } from '../convert/build-report.ts';
import { articlesDir, CONVERT_SUMMARY } from '../../scripts/paths.ts';

/** Folder of the search bundle inside the built site. */
export const PAGEFIND_DIR = 'pagefind';
// Pages in flight at once: enough to keep Pagefind's service and the disk busy while
// this process rewrites links, few enough that memory does not grow with the archive.
const PAGES_IN_FLIGHT = 16;

/**
 * The last step of `astro build`, in one pass over the built pages: each page is read
 * once, added to the Pagefind index (article bodies only, folded for search, see
 * foldHtmlText) and rewritten for reading from disk and under any sub-path (see
 * package-offline.ts). Then the search bundle is written and packaged for disk too.
 */
export function pagefindIndex(): AstroIntegration {
  let astroStarted = 0;
  return {
    name: 'veille:pagefind',
    hooks: {
      'astro:build:start': () => {
        astroStarted = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const basePath = new URL(site.url).pathname;
        const pagesStarted = performance.now();
        const { pages, indexed, scripts, searchStarted } = await withSearchIndex(site.lang, async (index) => {
          const pages = await sitePages(siteDir, PAGEFIND_DIR);
          const scripts = new Set<string>();
          const limit = pLimit(PAGES_IN_FLIGHT);
          const added = await Promise.all(
            pages.map((page) =>
              limit(async () => {
                const file = path.join(siteDir, page);
                const html = await readFile(file, 'utf8');
                const wasIndexed = await index.add(page, html);
                const offline = offlinePage(html, page, basePath);
                for (const script of offline.scripts) scripts.add(script);
                await writeFile(file, offline.html);
                return wasIndexed;
              }),
            ),
          );
          const searchStarted = performance.now();
          await index.write(path.join(siteDir, PAGEFIND_DIR));
          return { pages: pages.length, indexed: added.filter(Boolean).length, scripts, searchStarted };
        });
        const files = await finishOffline(siteDir, scripts, PAGEFIND_DIR);
        logger.info(`${pages} pages read once: ${indexed} articles indexed, every page packaged for reading from disk (${files} search files)`);
        const summary = await readConvertSummary();
        const phases: PhaseTimes = [
          ...(summary ? [['convert', summary.milliseconds] as [string, number]] : []),
          ['astro', pagesStarted - astroStarted],
          ['pages', searchStarted - pagesStarted],
          ['search', performance.now() - searchStarted],
        ];
        console.log(`\n${formatBuildReport(summary, pages, phases)}`);
      },
    },
  };
}

/**
 * The counts `npm run convert` left for this build: not those of an earlier run, nor of a
 * conversion into another folder (a test or benchmark building its own articles).
 */
async function readConvertSummary(): Promise<(SeedSummary & { milliseconds: number }) | undefined> {
  try {
    const summary = JSON.parse(await readFile(CONVERT_SUMMARY, 'utf8')) as SeedSummary & { milliseconds: number; at: number; outDir?: string };
    return Date.now() - summary.at < 15 * 60_000 && summary.outDir === articlesDir() ? summary : undefined;
  } catch {
    return undefined;
  }
}
