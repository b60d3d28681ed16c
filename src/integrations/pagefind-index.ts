import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { site } from '../site.config.ts';
import { createBuildPass, setBuildPass, type BuildPass } from './build-pass.ts';
import { assertScriptsStandalone, writeSearchBundle } from './offline/package-offline.ts';
import { openSearchIndex, type SearchIndex } from './search-index.ts';
import { sitePages } from './files-under.ts';
import { formatBuildReport, type PhaseTimes, type SeedSummary } from '../convert/build-report.ts';
import { articlesDir, CONVERT_SUMMARY } from '../../scripts/paths.ts';

/** Folder of the search bundle inside the built site. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * Search and reading from disk, done as Astro renders: a middleware hands each page to
 * the build pass (build-pass.ts), which sends article bodies to Pagefind (folded for
 * search, see foldHtmlText) and rewrites the page for reading from disk and under any
 * sub-path (see package-offline.ts) before Astro writes it, so no page is read back.
 * Once every page is written, the search bundle is written and packaged for disk too.
 */
export function pagefindIndex(): AstroIntegration {
  let astroStarted = 0;
  let index: SearchIndex | undefined;
  let pass: BuildPass | undefined;
  return {
    name: 'veille:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./build-pass-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': async () => {
        astroStarted = performance.now();
        index = await openSearchIndex(site.lang);
        pass = createBuildPass(index, new URL(site.url).pathname);
        setBuildPass(pass);
      },
      'astro:build:done': async ({ dir, logger }) => {
        setBuildPass(undefined);
        if (!index || !pass) throw new Error('veille:pagefind: the build ended without having started');
        const siteDir = fileURLToPath(dir);
        const searchStarted = performance.now();
        try {
          const { files, indexed, scripts } = await pass.finish();
          await assertEveryPagePassed(siteDir, files);
          await assertScriptsStandalone(siteDir, scripts);
          const wrapped = await writeSearchBundle(path.join(siteDir, PAGEFIND_DIR), await index.files());
          logger.info(`${files.size} pages: ${indexed} articles indexed, every page packaged for reading from disk (${wrapped} search files)`);
          const summary = await readConvertSummary();
          const phases: PhaseTimes = [
            ...(summary ? [['convert', summary.milliseconds] as [string, number]] : []),
            ['astro', searchStarted - astroStarted],
            ['search', performance.now() - searchStarted],
          ];
          console.log(`\n${formatBuildReport(summary, files.size, phases)}`);
        } finally {
          await index.close();
        }
      },
    },
  };
}

/** Fails the build if a page was written without going through the build pass (it would not work from disk). */
async function assertEveryPagePassed(siteDir: string, passed: Set<string>): Promise<void> {
  const missed = (await sitePages(siteDir, PAGEFIND_DIR)).filter((page) => !passed.has(page));
  if (missed.length > 0) throw new Error(`veille:pagefind: ${missed.length} page(s) were not packaged for reading from disk: ${missed.slice(0, 5).join(', ')}`);
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
