import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { foldHtmlText } from '../lib/search-folding.ts';
import { site } from '../site.config.ts';
import { packageOffline } from './offline/package-offline.ts';
import { sitePages } from './files-under.ts';
import { formatBuildReport, type PhaseTimes, type SeedSummary } from '../convert/build-report.ts';
import { CONVERT_SUMMARY } from '../../scripts/paths.ts';

/** Folder of the search bundle inside the built site. */
export const PAGEFIND_DIR = 'pagefind';

/**
 * The last step of `astro build`: the Pagefind index of the built site, then the packaging
 * that lets the same folder work from disk and under any sub-path (see package-offline.ts).
 * The index is built through Pagefind's Node API: every HTML page is read, folded for
 * search (see foldHtmlText) and added; only elements marked `data-pagefind-body`
 * (article bodies; titles come as metadata) are indexed, in the site's language.
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
        const indexStarted = performance.now();
        const pages = await buildIndex(siteDir);
        logger.info(`${pages} pages indexed in ${Math.round(performance.now() - indexStarted)} ms`);
        const offlineStarted = performance.now();
        const packaged = await packageOffline(siteDir, { pagefindDir: PAGEFIND_DIR, basePath: new URL(site.url).pathname });
        logger.info(`${packaged.pages} pages and ${packaged.files} search files packaged for reading from disk`);
        const summary = await readConvertSummary();
        const phases: PhaseTimes = [
          ...(summary ? [['convert', summary.milliseconds] as [string, number]] : []),
          ['astro', indexStarted - astroStarted],
          ['pagefind', offlineStarted - indexStarted],
          ['offline', performance.now() - offlineStarted],
        ];
        console.log(`\n${formatBuildReport(summary, pages, phases)}`);
      },
    },
  };
}

/** The counts `npm run convert` left for this build, unless they are from an earlier one. */
async function readConvertSummary(): Promise<(SeedSummary & { milliseconds: number }) | undefined> {
  try {
    const summary = JSON.parse(await readFile(CONVERT_SUMMARY, 'utf8')) as SeedSummary & { milliseconds: number; at: number };
    return Date.now() - summary.at < 15 * 60_000 ? summary : undefined;
  } catch {
    return undefined;
  }
}

/** Indexes the HTML pages of a built site into `<siteDir>/pagefind`; resolves the number of pages read. */
export async function buildIndex(siteDir: string): Promise<number> {
  try {
    // One index for the whole archive, in the site's language: Pagefind otherwise splits
    // pages by `<html lang>` and a French page searches only French articles.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: site.lang });
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const files = await sitePages(siteDir, PAGEFIND_DIR);
    for (const file of files) {
      const content = foldHtmlText(await readFile(path.join(siteDir, file), 'utf8'));
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(siteDir, PAGEFIND_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return files.length;
  } finally {
    await pagefind.close();
  }
}
