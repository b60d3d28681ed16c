import { Worker } from 'node:worker_threads';
import type { SeedAnalysis, SeedFile } from '../src/convert/analyze-seed.ts';

// Below this many seeds per thread, starting a thread (loading the converter's data again)
// costs more than it saves.
const SEEDS_PER_THREAD = 400;
// Small batches keep every thread busy to the end even when one runs slower.
const BATCH = 25;

/** How many threads `analyzeSeeds` runs for so many seeds: up to `threads`, each given at least `seedsPerThread` seeds. */
export function threadsFor(seedCount: number, threads: number, seedsPerThread = SEEDS_PER_THREAD): number {
  return Math.max(1, Math.min(threads, Math.floor(seedCount / seedsPerThread)));
}

/**
 * The analyses of many seeds, on up to `threads` worker threads, each given at least
 * `seedsPerThread` seeds: each thread loads the converter once and takes batches of seeds
 * as it finishes the previous ones. Analysing is the same pure function on any thread; only
 * the time differs. In seed order.
 */
export async function analyzeSeeds(seeds: readonly SeedFile[], threads: number, seedsPerThread = SEEDS_PER_THREAD): Promise<SeedAnalysis[]> {
  const count = threadsFor(seeds.length, threads, seedsPerThread);
  if (count < 2) {
    const { analyzeSeed } = await import('../src/convert/analyze-seed.ts');
    return seeds.map(analyzeSeed);
  }
  const analyses = new Array<SeedAnalysis>(seeds.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let start = 0;
      const send = () => {
        if (next >= seeds.length) {
          resolve();
          return;
        }
        start = next;
        next = Math.min(seeds.length, next + BATCH);
        worker.postMessage(seeds.slice(start, next));
      };
      worker.on('message', (batch: SeedAnalysis[]) => {
        batch.forEach((analysis, offset) => (analyses[start + offset] = analysis));
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (next < seeds.length || code !== 0 ? reject(new Error(`analysis thread stopped (${code})`)) : resolve()));
      send();
    });
  const workers = Array.from({ length: count }, () => new Worker(new URL('./analyze-worker.ts', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 64 } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return analyses;
}
