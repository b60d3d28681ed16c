import { existsSync } from 'node:fs';
import path from 'node:path';
import { summarizeSeeds, type SeedSummary } from '../src/convert/build-report.ts';
import type { KeptAnalysis, SeedAnalysis, SeedFile } from '../src/convert/analyze-seed.ts';
import { seedHash } from '../src/convert/seed-hash.ts';
import type { ConvertedSeed } from '../src/convert/convert-seed.ts';
import { formatProblem } from '../src/convert/format-problem.ts';
import { openCache, readAnalyses, readState, writeAnalyses, writeState, type ConvertCache, type ConvertState } from './convert-cache.ts';
import { AnalysisHelpers, threadsFor } from './analysis-helpers.ts';
import { readSeedFiles } from './seed-files.ts';
import { holdsRecorded, writeArticles, type ArticleRecord } from './article-files.ts';

/** What a conversion of a seed folder did. */
export interface FolderConversion {
  ok: boolean;
  /** Every problem as `path:line: severity: message (hint)`. */
  messages: string[];
  /** The closing line: seeds read, articles, files written and removed, seeds converted and unchanged. */
  summary: string;
  /** Counts for the build report. */
  report?: SeedSummary;
  errors: number;
  warnings: number;
  /** Seeds analysed afresh, and seeds whose analysis from an earlier run was reused. */
  converted: number;
  unchanged: number;
  /** Milliseconds per phase, for the phases the conversion went through (see ConversionPhases). */
  phases?: Partial<ConversionPhases>;
  /** Threads that analysed the seeds to convert: 1 when this one did. */
  threads?: number;
}

/**
 * Where a conversion's time goes: reading and hashing the seeds; loading the converter and
 * the earlier analyses; analysing the seeds that changed (the converter's data loads on the
 * first); ranking topics across the corpus; keeping the analyses for the next run; rendering
 * and writing the articles whose key or file changed.
 */
export interface ConversionPhases {
  read: number;
  load: number;
  analyse: number;
  rank: number;
  keep: number;
  write: number;
}

/** `phases: read 0.17 s, load 0.37 s, analyse 2.60 s on 2 threads, …`: the phases run, in order. */
export function describePhases(phases: Partial<ConversionPhases>, threads = 1): string {
  const described = Object.entries(phases).map(([phase, ms]) => {
    const on = phase === 'analyse' && threads > 1 ? ` on ${threads} threads` : '';
    return `${phase} ${(ms / 1000).toFixed(2)} s${on}`;
  });
  return `phases: ${described.join(', ')}`;
}

/** Where to keep results between runs; `false` converts every seed and leaves the cache alone. */
export type CacheOption = false | { dir: string };

/** Options of `convertFolder`. */
export interface FolderOptions {
  root: string;
  seedsDir: string;
  outDir: string;
  /** False to only check: no file written (and, unless asked, no cache). */
  write?: boolean;
  cache?: CacheOption;
  /** Threads that may analyse seeds at once; 1 (the default) analyses them on this one. */
  threads?: number;
  /** Fewest seeds to analyse that make another thread worth starting (see `SEEDS_PER_THREAD`). */
  seedsPerThread?: number;
}

/**
 * Converts a folder of seeds into a folder of MDX articles: writes only the files whose
 * content changed, removes the articles of deleted seeds, and writes nothing at all when
 * any seed has an error. Used by `npm run convert`, `npm run check` (with `write: false`)
 * and the development server.
 * With a cache (by default when writing, in node_modules/.cache/veille), a seed whose bytes
 * did not change since the last run is not analysed again, only ranked among the others;
 * and when no seed changed and the output folder holds exactly what the last run wrote,
 * nothing is done at all. The cache is tied to the converter's version, so it never
 * outlives a change of code, data or packages.
 */
export async function convertFolder(options: FolderOptions): Promise<FolderConversion> {
  const { root, seedsDir, outDir, write = true, threads = 1, seedsPerThread } = options;
  const cacheOption = options.cache ?? (write ? { dir: defaultCacheDir(root) } : false);
  const where = path.relative(root, seedsDir) || seedsDir;
  const fail = (message: string) => ({ ok: false, messages: [message], summary: message, errors: 1, warnings: 0, converted: 0, unchanged: 0 });
  if (!existsSync(seedsDir)) return fail(`${where}: error: seed folder not found`);
  // Filled in as each phase ends; the result holds this object, so it has every phase run.
  const phases: Partial<ConversionPhases> = {};
  let started = performance.now();
  const lap = (phase: keyof ConversionPhases) => {
    const now = performance.now();
    phases[phase] = now - started;
    started = now;
  };
  const seedFiles = await readSeedFiles(seedsDir, root);
  // Most likely a wrong folder: converting nothing would delete every article.
  if (seedFiles.length === 0) return fail(`${where}: error: no *.txt seed in this folder; nothing converted`);
  const read = `${seedFiles.length} seed(s) read`;
  lap('read');

  const cache = cacheOption ? await openCache(root, cacheOption.dir, seedsDir, outDir) : undefined;
  // What the last run wrote: enough to do nothing when nothing changed, and to write without reading every article.
  const state = cache && write ? await readState(cache) : undefined;
  const changed = state ? changedSeeds(state, seedFiles) : seedFiles.length;
  if (state && nothingChanged(state, changed, seedFiles.length, outDir)) {
    const summary = `${read}, ${state.articles} article(s), 0 written, 0 removed, ${state.warnings} warning(s); 0 converted, ${seedFiles.length} unchanged`;
    return { ok: true, messages: state.messages, summary, report: state.summary, errors: 0, warnings: state.warnings, converted: 0, unchanged: seedFiles.length };
  }

  // Helpers start now when many seeds changed since the last run, so that their converters
  // load while this thread loads its own; they analyse beside it, and stop once every seed
  // is analysed, or at once when fewer seeds than that need analysing.
  const helpers = new AnalysisHelpers(threadsFor(changed, threads, seedsPerThread) - 1);
  let loaded;
  try {
    // Loaded only when there is something to convert: the converter's data takes a while to load.
    const [converter, { analyzeSeeds }] = await Promise.all([import('../src/convert/convert-seeds.ts'), import('../src/convert/analyze-seed.ts')]);
    const previous = cache ? await readAnalyses(cache) : new Map<string, KeptAnalysis>();
    lap('load');
    const toAnalyse = helpers.threads > 1 ? seedFiles.filter((seed) => !converter.reusableAnalysis(seed, previous)) : [];
    await helpers.keep(threadsFor(toAnalyse.length, threads, seedsPerThread) - 1);
    // With helpers, every seed to analyse afresh is analysed first; the corpus step then
    // finds every analysis ready, and the counts say what was analysed here or there.
    const fresh = helpers.threads > 1 ? await helpers.analyze(toAnalyse, analyzeSeeds) : [];
    loaded = { ...converter, previous, fresh, threads: helpers.threads };
  } finally {
    await helpers.close();
  }
  const { analyzeCorpus, finishCorpus, previous, fresh } = loaded;
  const known = new Map([...previous, ...fresh.map((analysis) => [analysis.path, analysis] as const)]);
  const analyzed = analyzeCorpus(seedFiles, known);
  lap('analyse');
  const corpus = finishCorpus(analyzed);
  lap('rank');
  const { seeds, files, analyses } = corpus;
  const converted = corpus.converted + fresh.length;
  const reused = corpus.reused - fresh.length;
  if (cache) await writeAnalyses(cache, analyses, previous);
  lap('keep');
  const messages = seeds.flatMap((seed) => seed.problems.map((problem) => formatProblem(seed.path, problem)));
  const errors = count(seeds, 'error');
  const warnings = count(seeds, 'warning');
  const counts = `${converted} converted, ${reused} unchanged`;
  const result = { messages, report: summarizeSeeds(seeds), errors, warnings, converted, unchanged: reused, phases, threads: fresh.length > 0 ? loaded.threads : 1 };
  if (errors > 0) {
    const unchanged = write ? `; ${path.relative(root, outDir) || outDir} left unchanged` : '';
    return { ...result, ok: false, summary: `${read}, ${errors} error(s), ${warnings} warning(s)${unchanged}; ${counts}` };
  }
  if (!write) return { ...result, ok: true, summary: `${read}, ${files.size} article(s), ${warnings} warning(s); ${counts}` };

  const { written, removed, records } = writeArticles(outDir, files, state?.outputs);
  if (cache) await writeState(cache, stateOf(cache, seedFiles, analyses, records, result));
  lap('write');
  const summary = `${read}, ${files.size} article(s), ${written} written, ${removed} removed, ${warnings} warning(s); ${counts}`;
  return { ...result, ok: true, summary };
}

/** node_modules/.cache/veille, where tools keep what can be rebuilt; `VEILLE_CACHE_DIR` overrides it. */
export function defaultCacheDir(root: string): string {
  return path.resolve(process.env.VEILLE_CACHE_DIR ?? path.join(root, 'node_modules', '.cache', 'veille'));
}

function count(seeds: readonly ConvertedSeed[], severity: 'error' | 'warning'): number {
  return seeds.reduce((total, seed) => total + seed.problems.filter((problem) => problem.severity === severity).length, 0);
}

/**
 * True when the seeds are those of the last run, byte for byte (`changed` of them are not,
 * of `count`), and the output folder holds exactly the articles it wrote: then converting
 * again would change nothing.
 */
function nothingChanged(state: ConvertState, changed: number, count: number, outDir: string): boolean {
  return changed === 0 && state.seeds.length === count && existsSync(outDir) && holdsRecorded(outDir, state.outputs);
}

/** How many seeds are not, byte for byte, those of the last run. */
function changedSeeds(state: ConvertState, seedFiles: readonly SeedFile[]): number {
  const last = new Map(state.seeds);
  return seedFiles.reduce((count, seed) => (last.get(seed.path) === seedHash(seed) ? count : count + 1), 0);
}

function stateOf(
  cache: ConvertCache,
  seedFiles: readonly { path: string }[],
  analyses: readonly SeedAnalysis[],
  records: ArticleRecord[],
  result: { messages: string[]; report: SeedSummary; warnings: number },
): ConvertState {
  const hashes = new Map(analyses.map((analysis) => [analysis.path, analysis.hash]));
  return {
    version: cache.version,
    seeds: seedFiles.map((seed) => [seed.path, hashes.get(seed.path)!]),
    outputs: records,
    summary: result.report,
    messages: result.messages,
    articles: records.length,
    warnings: result.warnings,
  };
}
