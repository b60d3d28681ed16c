// Builds generated archives of several sizes and prints what it cost (`npm run bench -- --help`
// lists the options).
// For each size: the conversion on its own, N times from cold on one thread (median seeds
// per second), each followed by the file floor under it (reading the seeds and writing the
// articles, nothing else), and once with a thread per core, then again on unchanged seeds,
// then with one seed edited; then Veille's build and the floor's (plain Astro + MDX + Pagefind over
// the same articles, scripts/bench/floor) in turn, N times each: median wall time per
// phase, peak memory, pages per second, output and search-index size, HTML per page kind,
// and Veille's ratio to the floor. At the largest size, searches in Chromium (by default
// from 5,000 articles: a small index says little). With --instructions, also the
// instructions of a cold conversion on one thread and its misses of simulated data caches,
// counted by Valgrind (see count-instructions.ts; about two minutes per 1,000 seeds). With
// --steps, also the time of each step of the analysis, in one process (analysis-steps.ts).
// Figures only; no threshold is checked.
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  analysisSteps,
  benchFolders,
  buildFloor,
  buildVeille,
  convert,
  fileFloorSeconds,
  median,
  medianConversion,
  medianRun,
  type BuildRun,
  type ConvertRun,
} from './bench/builds.ts';
import { corpusSources, generateCorpus } from './bench/corpus.ts';
import { readOptions, usageError } from './command-line.ts';
import { countInstructions, hasValgrind } from './bench/count-instructions.ts';
import { measureSearch } from './bench/measure-search.ts';
import { printReport, type SizeResult } from './bench/print-report.ts';

const command = {
  name: 'bench',
  usage: `Usage: npm run bench -- [--sizes 1000,5000,10000] [--runs N] [--only veille|floor|convert]
                          [--search | --no-search] [--instructions] [--steps] [--json <file>]
  --sizes <list>    archive sizes to generate and build, comma-separated (default: 1000,5000,10000)
  --runs <n>        runs of each build and conversion, for medians (default: 1)
  --only <step>     veille, floor or convert (the conversions alone, no site)
  --search          measure searches in Chromium on the largest site (default from 5,000 articles)
  --instructions    also count a cold conversion's instructions and cache misses under Valgrind
  --steps           also time each step of the analysis, in one process, on a first pass and two more
  --json <file>     also write the figures as JSON`,
};
const values = readOptions(command, {
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    search: { type: 'boolean' },
    instructions: { type: 'boolean' },
    steps: { type: 'boolean' },
    json: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) usageError(command, `--sizes: whole numbers expected, got ${values.sizes}`);
if (!Number.isInteger(runs) || runs < 1) usageError(command, `--runs: a whole number from 1 expected, got ${values.runs}`);
if (values.only !== undefined && !['veille', 'floor', 'convert'].includes(values.only)) usageError(command, `--only: veille, floor or convert (not "${values.only}")`);
if (values.instructions && !hasValgrind()) usageError(command, '--instructions: Valgrind counts them, and it is not installed here (apt-get install valgrind)');
// `--only convert` times the conversions and builds no site.
const sites = { veille: values.only === undefined || values.only === 'veille', floor: values.only === undefined || values.only === 'floor' };
const largest = Math.max(...sizes);
const searchAt = sites.veille && (values.search ?? largest >= 5000) ? largest : undefined;

const results: SizeResult[] = [];
const sources = corpusSources();
const works = sizes.map((size) => path.join(os.tmpdir(), `veille-bench-${size}`));
for (const work of works) await rm(work, { recursive: true, force: true });
for (const [index, size] of sizes.entries()) {
  const work = works[index];
  const folders = benchFolders(work);
  await mkdir(folders.seeds, { recursive: true });
  const corpus = generateCorpus(size, 1, sources);
  for (const seed of corpus) await writeFile(path.join(folders.seeds, seed.name), seed.text);

  // A conversion's time on a virtual machine varies by half from one run to the next (it
  // writes thousands of new files and allocates much fresh memory): each run starts cold
  // (no articles, no cache), and the median counts. Each run writes into folders of its own
  // (the last into those the sites build from) and no work folder is removed before the
  // end, so that no conversion comes just after the deletion of thousands of files (ext4
  // is slow to reuse the inodes of files just deleted), as an editor's does not.
  // After each, the file floor writes the same articles anew (see file-floor.ts): what no
  // conversion can go below on this machine at that moment. Then a conversion with a thread
  // per core, in turn with the others rather than once before them all, where it met the
  // disk still writing the seeds just generated (5.4 s at 5,000 seeds when the one-thread
  // runs after it took 2.7 to 3.2 s, but for the first, also slow at 5.5 s).
  const conversions: ConvertRun[] = [];
  const coreConversions: ConvertRun[] = [];
  const floorSeconds: number[] = [];
  const own = (suffix: string) => ({ ...folders, articles: `${folders.articles}-${suffix}`, convertCache: `${folders.convertCache}-${suffix}` });
  for (let run = 1; run <= runs; run++) {
    log(`${size} articles: converting ${run}/${runs} on one thread, then the file floor, then with a thread per core`);
    const into = run === runs ? folders : own(String(run));
    conversions.push(convert(into, ['--jobs', '1']));
    floorSeconds.push(fileFloorSeconds(folders.seeds, into.articles, path.join(work, `file-floor-${run}`)));
    coreConversions.push(convert(own(`cores-${run}`), ['--jobs', String(os.availableParallelism())]));
  }
  const conversion = medianConversion(conversions);
  const allCores = medianConversion(coreConversions);
  const convertFloor = { wallSeconds: median(floorSeconds), runs: floorSeconds };
  log(`${size} articles: converting again, nothing changed`);
  const rebuild = convert(folders);
  // What an editor waits for after adding a paragraph to one article of the archive.
  log(`${size} articles: converting again, one seed edited`);
  await appendFile(path.join(folders.seeds, corpus[Math.floor(size / 2)].name), `\n${sources.sentences[0]}\n`);
  const edit = convert(folders);
  let instructions;
  if (values.instructions) {
    log(`${size} articles: counting a conversion's instructions, twice`);
    instructions = countInstructions(folders.seeds, work);
  }
  let steps;
  if (values.steps) {
    log(`${size} articles: timing the analysis step by step, three passes in one process`);
    steps = analysisSteps(folders.seeds, 3);
  }

  // The two sites in turn, so that a machine busier at one moment weighs on both alike.
  const built: Record<'veille' | 'floor', BuildRun[]> = { veille: [], floor: [] };
  for (let run = 1; run <= runs; run++) {
    for (const name of ['veille', 'floor'] as const) {
      if (!sites[name]) continue;
      log(`${size} articles: ${name} build ${run}/${runs}`);
      built[name].push(await (name === 'veille' ? buildVeille : buildFloor)(folders));
    }
  }
  const summarize = (list: BuildRun[]) =>
    list.length === 0 ? undefined : { ...medianRun(list), runs: list.map(({ site: _site, ...rest }) => rest) };
  const veille = summarize(built.veille);
  const floor = summarize(built.floor);
  const ratio =
    veille && floor
      ? {
          wall: veille.wallSeconds / floor.wallSeconds,
          wallWithConvert: (conversion.wallSeconds + veille.wallSeconds) / floor.wallSeconds,
          peak: veille.peakMb / floor.peakMb,
        }
      : undefined;

  let search;
  if (size === searchAt) {
    log(`${size} articles: searching in Chromium`);
    search = await measureSearch(folders.veilleDist);
  }
  results.push({ articles: size, convert: conversion, convertFloor, allCores, rebuild, edit, instructions, steps, veille, floor, ratio, search });
}
for (const work of works) await rm(work, { recursive: true, force: true });

printReport(results);
const machine = { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
const json = JSON.stringify({ machine, runs, results }, null, 2);
if (values.json) await writeFile(values.json, json);
console.log(json);

function log(message: string): void {
  console.error(`bench: ${message}`);
}
