import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import type { StepPass } from './analysis-steps.ts';
import { parseConvertPhases, parseConvertSummary, type ConvertCounts } from './convert-summary.ts';
import { measureSite, type SiteSizes } from './measure-site.ts';
import { timedNode } from './timed-run.ts';

/** The folders of one benchmark size. */
export interface BenchFolders {
  seeds: string;
  /** The MDX articles the converter writes; both sites build from them. */
  articles: string;
  veilleDist: string;
  floorDist: string;
  /** Astro's cache of the floor (the project's own lands next to `articles`, see astro.config.mjs). */
  floorCache: string;
  /** The converter's cache of analysed seeds: emptied with the work folder, so the first conversion is cold. */
  convertCache: string;
}

/** One build of a site. */
export interface BuildRun {
  wallSeconds: number;
  /** Seconds per phase, in build order. */
  phases: Record<string, number>;
  peakMb: number;
  site: SiteSizes;
}

/** One run of the converter, its counts included. */
export interface ConvertRun extends ConvertCounts {
  wallSeconds: number;
  peakMb: number;
  /** Seconds per phase, as the converter reports them (`--phases`); empty when it had nothing to convert. */
  phases: Record<string, number>;
}

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = path.join(ROOT, 'node_modules', '.bin', 'pagefind');
const FLOOR_ROOT = path.join(ROOT, 'scripts', 'bench', 'floor');

/** Folders of a size under a work folder. */
export function benchFolders(work: string): BenchFolders {
  const at = (name: string) => path.join(work, name);
  return { seeds: at('seeds'), articles: at('articles'), veilleDist: at('dist'), floorDist: at('floor-dist'), floorCache: at('floor-cache'), convertCache: at('convert-cache') };
}

/**
 * `npm run convert` on the benchmark's seeds, as a process of its own (start-up included),
 * with a cache of its own: cold the first time, reused by a rerun over unchanged seeds.
 * Node's compile cache, which holds code rather than seeds, is the machine's, as for any run.
 * `flags` are the converter's own (`--jobs 2`).
 */
export function convert(folders: BenchFolders, flags: string[] = []): ConvertRun {
  const args = [...convertCommand(), '--seeds', folders.seeds, '--out', folders.articles, '--phases', ...flags];
  const run = timedNode(args, { VEILLE_CACHE_DIR: folders.convertCache }, 'conversion');
  return { wallSeconds: run.wallSeconds, peakMb: run.peakMb, phases: parseConvertPhases(run.stdout), ...parseConvertSummary(run.stdout) };
}

/**
 * Seconds that reading `seeds` and writing the articles of `articles` into the new folder
 * `out` cost a process of its own (file-floor.ts), start-up included, less what it spent
 * learning what to write: the floor under a conversion's wall time.
 */
export function fileFloorSeconds(seeds: string, articles: string, out: string): number {
  const run = timedNode([path.join(ROOT, 'scripts', 'bench', 'file-floor.ts'), seeds, articles, out], {}, 'file floor');
  const { preparingSeconds } = JSON.parse(run.stdout) as { preparingSeconds: number };
  return run.wallSeconds - preparingSeconds;
}

/**
 * The time of each step of the analysis of the seeds, `passes` times over in one process
 * started as `npm run convert` starts (analysis-steps.ts): the first pass is a conversion's.
 */
export function analysisSteps(seeds: string, passes: number): StepPass[] {
  const args = convertCommand().map((arg) => (arg === 'scripts/convert.ts' ? path.join(ROOT, 'scripts', 'bench', 'analysis-steps.ts') : arg));
  const run = timedNode([...args, seeds, String(passes)], {}, 'analysis steps');
  return (JSON.parse(run.stdout) as { passes: StepPass[] }).passes;
}

/**
 * `astro build` of the project over the converted articles, from a cold content cache so
 * that every run does the same work. Phases come from the build report; its convert
 * phase is left out, the conversion being timed on its own (and the report reads its
 * figure from a file any other conversion on the machine may have rewritten).
 */
export async function buildVeille(folders: BenchFolders): Promise<BuildRun> {
  await rm(folders.veilleDist, { recursive: true, force: true });
  await rm(path.join(folders.articles, '..', '.astro-cache'), { recursive: true, force: true });
  const run = timedNode([ASTRO, 'build', '--outDir', folders.veilleDist], { VEILLE_ARTICLES_DIR: folders.articles }, 'Veille build');
  const report = /time: (.*) \(total/.exec(run.stdout)?.[1] ?? '';
  const phases = Object.fromEntries(
    [...report.matchAll(/(\w+) ([\d.]+) s/g)].filter((m) => m[1] !== 'convert').map((m) => [m[1], Number(m[2])]),
  );
  return { wallSeconds: run.wallSeconds, phases, peakMb: run.peakMb, site: measureSite(folders.veilleDist) };
}

/**
 * The floor: plain Astro + MDX (scripts/bench/floor) over the same articles, then the
 * Pagefind command line over its output, as Pagefind's documentation sets a site up.
 */
export async function buildFloor(folders: BenchFolders): Promise<BuildRun> {
  await rm(folders.floorDist, { recursive: true, force: true });
  await rm(folders.floorCache, { recursive: true, force: true });
  const env = { FLOOR_ARTICLES_DIR: folders.articles, FLOOR_CACHE_DIR: folders.floorCache };
  const astro = timedNode([ASTRO, 'build', '--root', FLOOR_ROOT, '--outDir', folders.floorDist], env, 'floor build');
  const pagefind = timedNode([PAGEFIND, '--site', folders.floorDist], {}, 'floor indexing');
  return {
    wallSeconds: astro.wallSeconds + pagefind.wallSeconds,
    phases: { astro: astro.wallSeconds, pagefind: pagefind.wallSeconds },
    peakMb: Math.max(astro.peakMb, pagefind.peakMb),
    site: measureSite(folders.floorDist),
  };
}

/** The median run: median wall time, phases and memory; sizes of the last run (the same every run). */
export function medianRun(runs: BuildRun[]): BuildRun {
  const phases = Object.keys(runs[0].phases);
  return {
    wallSeconds: median(runs.map((r) => r.wallSeconds)),
    phases: Object.fromEntries(phases.map((phase) => [phase, median(runs.map((r) => r.phases[phase] ?? NaN))])),
    peakMb: median(runs.map((r) => r.peakMb)),
    site: runs[runs.length - 1].site,
  };
}

/** The conversion of median wall time among cold runs, with every run's wall time. */
export function medianConversion(runs: ConvertRun[]): ConvertRun & { runs: number[] } {
  const sorted = [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds);
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], runs: runs.map((run) => run.wallSeconds) };
}

/** The median of numbers; of an even count, the mean of the middle two. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What `npm run convert` gives node (package.json): the benchmark converts as editors do. */
export function convertCommand(): string[] {
  const [, ...args] = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.convert as string).split(' ');
  return args;
}
