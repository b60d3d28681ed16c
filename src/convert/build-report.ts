import type { ConvertedSeed } from './convert-seed.ts';

/** What the conversion tells the build report. */
export interface SeedSummary {
  articles: number;
  notUtf8: number;
  derivedTitles: number;
  undated: number;
  warnings: number;
}

/** Counts of a conversion for the build report: articles, seeds not in UTF-8, derived titles, undated articles. */
export function summarizeSeeds(seeds: readonly ConvertedSeed[]): SeedSummary {
  const articles = seeds.flatMap((seed) => (seed.article ? [seed.article.data] : []));
  return {
    articles: articles.length,
    notUtf8: articles.filter((data) => data.sourceEncoding !== undefined).length,
    derivedTitles: articles.filter((data) => data.titleDerived).length,
    undated: articles.filter((data) => data.date === undefined).length,
    warnings: seeds.reduce((count, seed) => count + seed.problems.filter((p) => p.severity === 'warning').length, 0),
  };
}

/** Time each phase of the build took, in milliseconds, in order. */
export type PhaseTimes = [phase: string, milliseconds: number][];

/**
 * The report that closes `npm run build`:
 * ```
 * build report: 2 articles built
 *   warnings: 0 seeds not in UTF-8, 2 titles derived from the text, 1 undated article
 *   time: convert 0.9 s, astro 3.1 s, pagefind 0.2 s, offline 0.1 s (total 4.3 s)
 * ```
 */
export function formatBuildReport(summary: SeedSummary | undefined, pages: number, phases: PhaseTimes): string {
  const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const lines = [
    summary
      ? `build report: ${plural(summary.articles, 'article', 'articles')} built, ${plural(pages, 'page', 'pages')} in all`
      : `build report: ${plural(pages, 'page', 'pages')} built (no conversion summary: run through npm run build)`,
  ];
  if (summary) {
    lines.push(
      `  warnings: ${plural(summary.notUtf8, 'seed not in UTF-8', 'seeds not in UTF-8')}, ` +
        `${plural(summary.derivedTitles, 'title derived from the text', 'titles derived from the text')}, ` +
        `${plural(summary.undated, 'undated article', 'undated articles')}`,
    );
  }
  const total = phases.reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
  const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;
  lines.push(`  time: ${phases.map(([phase, ms]) => `${phase} ${seconds(ms)}`).join(', ')} (total ${seconds(total)})`);
  return lines.join('\n');
}
