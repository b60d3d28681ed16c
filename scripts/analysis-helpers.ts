import { Worker } from 'node:worker_threads';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SeedAnalysis, SeedFile } from '../src/convert/analyze-seed.ts';

/**
 * Fewest seeds to analyse per thread: below this, another thread costs more than it saves.
 * It loads the converter and builds its data again (about 0.3 s), its analyses are copied
 * back, and the JavaScript engine's own threads (compiling, collecting garbage) already keep
 * a second core half busy. On the 2-core benchmark machine two threads lost 10 to 20 % at
 * 1,000 and 2,000 seeds; since the analysis got faster, they gain or lose a little at 5,000
 * (4.2 s against 4.4 s in one benchmark run, 4.5 s against 4.2 s in the next) and 6 to 14 %
 * at 10,000 (6.4 s against 7.4 s, then 5.8 s against 6.2 s).
 */
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

/** A helper thread, and how it ended once it has: its error, or its exit. */
interface Helper {
  worker: Worker;
  ended: Promise<Error>;
}

/**
 * Worker threads that help this one analyse seeds. They are started as soon as a conversion
 * expects many seeds to analyse, so that each loads the converter while this thread loads
 * its own and the earlier analyses; then every thread, this one included, takes small
 * batches of seeds from one queue until none is left. Analysing is the same pure function
 * on any thread; only the time differs. Idle, they do not keep the process alive; `close`
 * stops them.
 */
export class AnalysisHelpers {
  #helpers: Helper[];

  constructor(count: number) {
    this.#helpers = Array.from({ length: Math.max(0, count) }, () => {
      // Its young generation is sized as the process's (`--max-semi-space-size`, see convert.ts).
      const worker = new Worker(new URL('./analyze-worker.ts', import.meta.url));
      worker.unref();
      // Listened to from the start: a helper may fail while it loads, before it has any batch.
      const ended = new Promise<Error>((resolve) => {
        worker.once('error', resolve);
        worker.once('messageerror', resolve);
        worker.once('exit', (code) => resolve(new Error(`analysis thread stopped (exit code ${code})`)));
      });
      return { worker, ended };
    });
  }

  /** Threads that analyse, this one included. */
  get threads(): number {
    return this.#helpers.length + 1;
  }

  /** Stops the helpers beyond the first `count`, when fewer seeds than expected need analysing. */
  async keep(count: number): Promise<void> {
    const stopped = this.#helpers.slice(Math.max(0, count));
    this.#helpers = this.#helpers.slice(0, Math.max(0, count));
    await Promise.all(stopped.map(terminate));
  }

  /** The analyses of `seeds`, in seed order: `analyzeHere` on this thread, a batch at a time, and the helpers'. */
  async analyze(
    seeds: readonly SeedFile[],
    analyzeHere: (seeds: readonly SeedFile[]) => SeedAnalysis[],
  ): Promise<SeedAnalysis[]> {
    const analyses = new Array<SeedAnalysis>(seeds.length);
    let next = 0;
    let failed = false;
    const take = (): [start: number, end: number] | undefined => {
      if (failed || next >= seeds.length) return undefined;
      const start = next;
      next = Math.min(seeds.length, start + BATCH);
      return [start, next];
    };
    const helping = Promise.all(this.#helpers.map((helper) => helpWith(helper, seeds, analyses, take))).catch((cause: unknown) => {
      failed = true;
      throw cause;
    });
    // A helper's failure stops this thread's loop (`failed`) and is thrown after it; until
    // then, or when this thread's own analysis throws, it must not count as unhandled.
    helping.catch(() => {});
    for (let batch = take(); batch; batch = take()) {
      const [start, end] = batch;
      for (const [offset, analysis] of analyzeHere(seeds.slice(start, end)).entries()) analyses[start + offset] = analysis;
      // Lets the helpers' answers in, and hands them their next batches.
      if (this.#helpers.length > 0) await nextTurn();
    }
    await helping;
    return analyses;
  }

  /** Stops every helper, whatever it was doing. */
  async close(): Promise<void> {
    await this.keep(0);
  }
}

function terminate({ worker }: Helper): Promise<number> {
  // An answer let in after this would unref the worker that terminating holds until it exits.
  worker.removeAllListeners('message');
  return worker.terminate();
}

/** Keeps one helper busy with batches from `take` until none is left; settles when it has answered every batch. */
function helpWith(
  { worker, ended }: Helper,
  seeds: readonly SeedFile[],
  analyses: SeedAnalysis[],
  take: () => [number, number] | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const sent: number[] = [];
    let settled = false;
    const stop = (failure?: Error) => {
      if (settled) return;
      settled = true;
      worker.off('message', answer).unref();
      if (failure) reject(failure);
      else resolve();
    };
    const send = () => {
      const batch = take();
      if (!batch) return;
      sent.push(batch[0]);
      worker.postMessage(seeds.slice(batch[0], batch[1]));
    };
    const answer = (batch: SeedAnalysis[]) => {
      const start = sent.shift()!;
      batch.forEach((analysis, offset) => (analyses[start + offset] = analysis));
      send();
      if (sent.length === 0) stop();
    };
    // Held while it has batches: an idle helper does not keep the process alive.
    worker.on('message', answer).ref();
    void ended.then(stop);
    for (let index = 0; index < IN_FLIGHT; index++) send();
    if (sent.length === 0) stop();
  });
}
