import { ANALYSIS_STEPS } from '../../src/convert/analyze-seed.ts';
import type { StepPass } from './analysis-steps.ts';
import type { BuildRun, ConvertRun } from './builds.ts';
import { SIMULATED_CACHES_LABEL, type InstructionCount } from './count-instructions.ts';
import type { SearchFigures } from './measure-search.ts';
import { kilobytes, megabytes } from './units.ts';

/** What the benchmark measured at one size. */
export interface SizeResult {
  articles: number;
  /** Conversion on one thread into an empty folder with no cache: the run of median time among N. */
  convert: ConvertRun;
  /** Reading the seeds and writing the articles alone (file-floor.ts): median of a run after each cold one, and every run. */
  convertFloor: { wallSeconds: number; runs: number[] };
  /** The same with a thread per core (`--jobs <cores>`): the run of median time, one after each on one thread. */
  allCores: ConvertRun & { runs: number[] };
  /** A conversion again of the same, unchanged seeds, after the last cold one. */
  rebuild: ConvertRun;
  /** A conversion again after one seed was edited (a paragraph added). */
  edit: ConvertRun;
  /** With `--instructions`: what a cold conversion on one thread runs, counted (count-instructions.ts). */
  instructions?: InstructionCount;
  /** With `--steps`: each step of the analysis, on three passes over the seeds in one process (analysis-steps.ts). */
  steps?: StepPass[];
  /** Median of the runs of each site, and every run's time and memory. */
  veille?: BuildRun & { runs: Omit<BuildRun, 'site'>[] };
  floor?: BuildRun & { runs: Omit<BuildRun, 'site'>[] };
  /** Veille over the floor; `wallWithConvert` adds the conversion the floor does not do. */
  ratio?: { wall: number; wallWithConvert: number; peak: number };
  search?: SearchFigures;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const count = (value: number | undefined) => (value === undefined ? 'n/a' : value);

/** Prints the tables: builds, ratio to the floor, conversion, HTML per page kind, search. */
export function printReport(results: SizeResult[]): void {
  const builds = results.flatMap((r) =>
    (['veille', 'floor'] as const).flatMap((name) => {
      const run = r[name];
      if (!run) return [];
      return [{
        articles: r.articles,
        site: name,
        runs: run.runs.length,
        'wall s': fixed(run.wallSeconds, 1),
        ...Object.fromEntries(Object.entries(run.phases).map(([phase, seconds]) => [`${phase} s`, fixed(seconds, 1)])),
        'peak MB': fixed(run.peakMb, 0),
        pages: run.site.pages,
        'pages/s': fixed(run.site.pages / run.wallSeconds, 0),
        output: megabytes(run.site.totalBytes),
        pagefind: megabytes(run.site.pagefindBytes),
        'article median': kilobytes(run.site.kinds.articles?.medianBytes ?? 0),
        'article max': kilobytes(run.site.kinds.articles?.maxBytes ?? 0),
      }];
    }),
  );
  // None with `--only convert`.
  if (builds.length > 0) {
    console.log('\nBuilds (median of the runs; Veille: astro build of converted articles, conversion below):');
    console.table(builds);
  }

  const ratios = results.filter((r) => r.ratio);
  if (ratios.length > 0) {
    console.log('\nRatio to the floor (plain Astro + MDX + Pagefind over the same articles):');
    console.table(
      ratios.map((r) => ({
        articles: r.articles,
        'wall ×': fixed(r.ratio!.wall, 2),
        'wall with convert ×': fixed(r.ratio!.wallWithConvert, 2),
        'peak memory ×': fixed(r.ratio!.peak, 2),
      })),
    );
  }

  console.log('\nConversion (node scripts/convert.ts, start-up included; median of the cold runs on one thread, the file floor under them, and the median of as many with a thread per core, in turn with them):');
  console.table(
    results.map((r) => ({
      articles: r.articles,
      'convert s': fixed(r.convert.wallSeconds, 1),
      'seeds/s': fixed(r.articles / r.convert.wallSeconds, 0),
      // The analysis alone, on one thread: what the conversion's other phases leave aside.
      'analyse s': fixed(r.convert.phases.analyse, 1),
      'analysed/s': fixed((r.convert.converted ?? r.articles) / r.convert.phases.analyse, 0),
      'peak MB': fixed(r.convert.peakMb, 0),
      // Start-up, reading the seeds and writing the articles, with nothing in between.
      'file floor s': fixed(r.convertFloor.wallSeconds, 1),
      'file floor seeds/s': fixed(r.articles / r.convertFloor.wallSeconds, 0),
      'all cores s': fixed(r.allCores.wallSeconds, 1),
      'all cores seeds/s': fixed(r.articles / r.allCores.wallSeconds, 0),
      'no-change s': fixed(r.rebuild.wallSeconds, 1),
      'no-change converted': count(r.rebuild.converted),
      'no-change unchanged': count(r.rebuild.unchanged),
      'no-change written': count(r.rebuild.written),
      'one edited s': fixed(r.edit.wallSeconds, 1),
      'one edited converted': count(r.edit.converted),
      'one edited written': count(r.edit.written),
    })),
  );

  const counted = results.filter((r) => r.instructions);
  if (counted.length > 0) {
    console.log(`\nInstructions of a cold conversion on one thread (Valgrind's cachegrind, --single-threaded; the second of two runs, the first apart), and its misses of simulated data caches (${SIMULATED_CACHES_LABEL}):`);
    console.table(
      counted.map((r) => ({
        articles: r.articles,
        'instructions (billions)': fixed(r.instructions!.instructions / 1e9, 2),
        'per seed, start-up included (millions)': fixed(r.instructions!.instructions / r.articles / 1e6, 2),
        'first run (billions)': fixed(r.instructions!.firstRun / 1e9, 2),
        'D1 misses (millions)': fixed(r.instructions!.d1Misses / 1e6, 1),
        'last-level misses (millions)': fixed(r.instructions!.llMisses / 1e6, 1),
      })),
    );
  }

  for (const r of results) {
    if (!r.steps) continue;
    console.log(`\n${r.articles} articles, the analysis step by step (ms, in one process; the first pass is a conversion's: it loads the converter's data and meets every word for the first time):`);
    console.table(stepRows(r.steps));
  }

  for (const r of results) {
    for (const name of ['veille', 'floor'] as const) {
      const run = r[name];
      if (!run) continue;
      console.log(`\n${r.articles} articles, ${name}, HTML per page kind:`);
      console.table(
        Object.fromEntries(Object.entries(run.site.kinds).map(([kind, k]) => [kind, { pages: k.pages, median: kilobytes(k.medianBytes), max: kilobytes(k.maxBytes) }])),
      );
    }
  }

  for (const r of results) {
    if (!r.search) continue;
    const s = r.search;
    console.log(`\nSearch in Chromium, ${r.articles} articles (last keystroke to first result shown, the box's typing pause included; bytes under /pagefind/):`);
    const row = (label: string, ms: number, bytes: number, requests?: number) => ({ query: label, ms: fixed(ms, 0), transferred: kilobytes(bytes), requests: count(requests) });
    console.table([
      row(`${s.warmUp.query} (warm-up, loads Pagefind)`, s.warmUp.ms, s.warmUp.bytes, s.warmUp.requests),
      ...s.queries.map((q) => row(q.query, q.ms, q.bytes, q.requests)),
      row('median', s.medianMs, s.medianBytes),
      row('max', s.maxMs, s.maxBytes),
    ]);
  }
}

/** A row per step, and one for the whole analysis, with a column per pass. */
function stepRows(passes: readonly StepPass[]): Record<string, Record<string, string>> {
  const column = (pass: number) => (pass === 0 ? 'first pass' : `pass ${pass + 1}`);
  const row = (value: (pass: StepPass) => number) => Object.fromEntries(passes.map((pass, index) => [column(index), fixed(value(pass), 0)]));
  return {
    ...Object.fromEntries(ANALYSIS_STEPS.map((step) => [step, row((pass) => pass.steps[step])])),
    'whole analysis': row((pass) => pass.total),
  };
}
