import { Worker } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SeedAnalysis, SeedFile } from '../src/convert/analyze-seed.ts';

// Below this many seeds per thread, another thread costs more than it saves: it loads the
// converter and builds its data again (about 0.6 s), its analyses are copied back, and the
// JavaScript engine's own threads (compiling, collecting garbage) already use a second core.
// On the 2-core benchmark machine two threads lost 10 to 20 % at 1,000 and 2,000 seeds, were
// even at 5,000 and gained 15 to 20 % at 10,000.
export const SEEDS_PER_THREAD = 2500;
// Small batches keep every thread busy to the end even when one runs slower.
const BATCH = 25;
// A helper holds two batches: the one it works on and the next, so that it never waits for
// this thread, busy with a batch of its own, to hand it more.
const IN_FLIGHT = 2;

/** How many threads, this one included, should analyse so many seeds: up to `threads`, each given at least `seedsPerThread`. */
export function threadsFor(seedCount: number, threads: number, seedsPerThread = SEEDS_PER_THREAD): number {
  return Math.max(1, Math.min(threads, Math.floor(seedCount / seedsPerThread)));
}

/**
 * Worker threads that help this one analyse seeds. They are started as soon as a conversion
 * knows it has many seeds to analyse, so that each loads the converter while this thread
 * loads its own and the earlier analyses; then every thread, this one included, takes small
 * batches of seeds from one queue until none is left. Analysing is the same pure function
 * on any thread; only the time differs. `close` stops them; idle, they do not keep the process alive.
 */
export class AnalysisHelpers {
  readonly #workers: Worker[];

  constructor(count: number) {
    this.#workers = Array.from({ length: Math.max(0, count) }, () => {
      const worker = new Worker(new URL('./analyze-worker.ts', import.meta.url));
      worker.unref();
      return worker;
    });
  }

  /** Threads that analyse, this one included. */
  get threads(): number {
    return this.#workers.length + 1;
  }

  /** The analyses of `seeds`, in seed order: `analyzeHere` on this thread, and the helpers' own. */
  async analyze(seeds: readonly SeedFile[], analyzeHere: (seed: SeedFile) => SeedAnalysis): Promise<SeedAnalysis[]> {
    const analyses = new Array<SeedAnalysis>(seeds.length);
    let next = 0;
    let failed = false;
    const take = (): [start: number, end: number] | undefined => {
      if (failed || next >= seeds.length) return undefined;
      const start = next;
      next = Math.min(seeds.length, start + BATCH);
      return [start, next];
    };
    const helped = this.#workers.map((worker) => helpWith(worker, seeds, analyses, take));
    const helping = Promise.all(helped).catch((cause: unknown) => {
      failed = true;
      throw cause;
    });
    // A helper's failure stops this thread's loop (`failed`) and is thrown after it; until
    // then it must not count as unhandled.
    helping.catch(() => {});
    for (let batch = take(); batch; batch = take()) {
      for (let index = batch[0]; index < batch[1]; index++) analyses[index] = analyzeHere(seeds[index]);
      // Lets the helpers' answers in, and hands them their next batches.
      if (this.#workers.length > 0) await nextTurn();
    }
    await helping;
    return analyses;
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}

/** Keeps one helper busy with batches from `take` until none is left; settles when it has answered every batch. */
function helpWith(
  worker: Worker,
  seeds: readonly SeedFile[],
  analyses: SeedAnalysis[],
  take: () => [number, number] | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const sent: number[] = [];
    const send = () => {
      const batch = take();
      if (!batch) return;
      sent.push(batch[0]);
      worker.postMessage(seeds.slice(batch[0], batch[1]));
    };
    const stop = (outcome?: Error) => {
      worker.off('message', answer).off('error', stop).off('exit', exit).unref();
      if (outcome) reject(outcome);
      else resolve();
    };
    const answer = (batch: SeedAnalysis[]) => {
      const start = sent.shift()!;
      batch.forEach((analysis, offset) => (analyses[start + offset] = analysis));
      send();
      if (sent.length === 0) stop();
    };
    const exit = (code: number) => stop(new Error(`analysis thread stopped (exit code ${code})`));
    // Held while it has batches: an idle helper does not keep the process alive.
    worker.on('message', answer).on('error', stop).on('exit', exit).ref();
    for (let index = 0; index < IN_FLIGHT; index++) send();
    if (sent.length === 0) stop();
  });
}
