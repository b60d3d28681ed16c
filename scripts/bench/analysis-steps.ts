// The time of each step of the analysis, for the benchmark (`npm run bench -- --steps`): a
// process of its own reads every seed of a folder, then analyses them all, in the batches a
// conversion uses, `passes` times over, and prints as JSON the milliseconds of each step in
// each pass. The first pass is a conversion's (the engine compiling, every word new); the
// later ones show what reading words the converter already knows costs. On this machine a
// whole conversion's time swings by half from one minute to the next, which hides a change
// of a few percent to one step; the steps of one process, side by side, do not.
//   node scripts/bench/analysis-steps.ts <seeds folder> [passes, 2 by default]
import path from 'node:path';
import { ANALYSIS_STEPS, analyzeSeeds, type AnalysisStep, type SeedFile, type StepTimings } from '../../src/convert/analyze-seed.ts';
import { ANALYSIS_BATCH } from '../../src/convert/convert-seeds.ts';
import { usageError } from '../command-line.ts';
import { ROOT } from '../paths.ts';
import { readSeedFiles } from '../seed-files.ts';

/** What one pass over the seeds cost: milliseconds per step, and in all. */
export interface StepPass {
  steps: Record<AnalysisStep, number>;
  total: number;
}

/** Analyses the seeds `passes` times over, timing each step of each pass. */
export function timeAnalysisSteps(seeds: readonly SeedFile[], passes: number): StepPass[] {
  const results: StepPass[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const timings: StepTimings = {};
    const started = performance.now();
    for (let start = 0; start < seeds.length; start += ANALYSIS_BATCH) analyzeSeeds(seeds.slice(start, start + ANALYSIS_BATCH), timings);
    const total = performance.now() - started;
    const steps = Object.fromEntries(ANALYSIS_STEPS.map((step) => [step, timings[step] ?? 0])) as StepPass['steps'];
    results.push({ steps, total });
  }
  return results;
}

if (import.meta.main) {
  const [seedsDir, passesArgument = '2'] = process.argv.slice(2);
  const passes = Number(passesArgument);
  if (!seedsDir || !Number.isInteger(passes) || passes < 1) {
    const usage = 'Usage: node scripts/bench/analysis-steps.ts <seeds folder> [passes, a whole number from 1, 2 by default]';
    usageError({ name: 'analysis-steps', usage }, seedsDir ? `${passesArgument} passes` : 'a seeds folder is needed');
  }
  const seeds = await readSeedFiles(path.resolve(seedsDir), ROOT);
  console.log(JSON.stringify({ seeds: seeds.length, passes: timeAnalysisSteps(seeds, passes) }));
}
