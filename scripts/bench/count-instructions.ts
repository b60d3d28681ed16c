import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../paths.ts';
import { convertCommand } from './builds.ts';

/** What a conversion ran, counted by Valgrind's cachegrind. */
export interface InstructionCount {
  /** Instructions of the counted run: the converter's, Node's start-up and the engine's compiling and collecting included. */
  instructions: number;
  /** Instructions of the run before it, which fills Node's compile cache for the counting flags. */
  firstRun: number;
  /** Reads and writes of the counted run that missed the simulated first-level data cache (`SIMULATED_CACHES`). */
  d1Misses: number;
  /** Those that also missed the simulated last level: cachegrind's « LLd misses ». */
  llMisses: number;
}

/** Misses of cachegrind's simulated data caches, as its summary gives them. */
export interface CacheMisses {
  d1Misses: number;
  llMisses: number;
}

/**
 * The data caches cachegrind simulates, the same on every machine so that counts compare:
 * a first level of 32 KiB, 8-way, and a last level of 1 MiB, 16-way, about what each core of
 * a recent server processor has to itself, with 64-byte lines. Left to itself, cachegrind
 * takes the host's, and this virtual machine reports a last level of 320 MB with one way:
 * every table a conversion builds would fit, and no miss would tell one layout from another.
 * A table of the archive's 68,000 spellings does not fit in 1 MiB, nor in the processor's
 * own cache, and a look-up that misses it there costs far more than the instructions it runs.
 */
const FIRST_LEVEL = { kibibytes: 32, ways: 8 };
const LAST_LEVEL = { kibibytes: 1024, ways: 16 };
const LINE_BYTES = 64;

/** Cachegrind's options for the caches above. */
export const SIMULATED_CACHES = [
  `--D1=${FIRST_LEVEL.kibibytes * 1024},${FIRST_LEVEL.ways},${LINE_BYTES}`,
  `--LL=${LAST_LEVEL.kibibytes * 1024},${LAST_LEVEL.ways},${LINE_BYTES}`,
];

/** The caches above, as the benchmark's report names them: `32 KiB first level, 1 MiB last`. */
export const SIMULATED_CACHES_LABEL = `${FIRST_LEVEL.kibibytes} KiB first level, ${LAST_LEVEL.kibibytes / 1024} MiB last`;

/** True when `valgrind` runs here. */
export function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The instructions a cold conversion of `seeds` runs on one thread, counted twice, into
 * folders of its own under `work`, and the second run's misses of simulated data caches.
 * On this virtual machine a conversion's time swings by half from one hour, even one
 * minute, to the next, and `perf` sees no hardware counter; cachegrind
 * counts every instruction whatever the host does, nearly the same from one run to the next
 * (within 3 %, most often within one), so that two converters can be compared by what they
 * run, a change of a point or two over several pairs of runs. `--single-threaded`
 * keeps the engine's compiling and collecting on the thread counted; the first run is apart,
 * as Node's compile cache is kept per set of engine flags and that run fills it.
 * Cache misses tell apart two layouts of the same work, which run as many instructions:
 * simulating the caches is reserved to the run counted, as it takes half as long again.
 * Slow: about a minute per 1,000 seeds and run.
 */
export function countInstructions(seeds: string, work: string): InstructionCount {
  const first = countedRun(seeds, path.join(work, 'instructions-1'), ['--cache-sim=no']);
  const counted = countedRun(seeds, path.join(work, 'instructions-2'), ['--cache-sim=yes', ...SIMULATED_CACHES]);
  const misses = parseCacheMisses(counted.stderr);
  if (misses === undefined) throw new Error(`cachegrind gave no cache misses\n${counted.stderr.slice(-2000)}`);
  return { instructions: counted.instructions, firstRun: first.instructions, ...misses };
}

/** One conversion of `seeds` into `out`, counted by cachegrind with `options`: its instructions, and its summary. */
function countedRun(seeds: string, out: string, options: string[]): { instructions: number; stderr: string } {
  const args = ['--single-threaded', ...convertCommand(), '--seeds', seeds, '--out', out, '--no-cache', '--jobs', '1'];
  const run = spawnSync('valgrind', ['--tool=cachegrind', ...options, '--cachegrind-out-file=/dev/null', process.execPath, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const stderr = run.stderr ?? '';
  const instructions = parseInstructions(stderr);
  if (run.status !== 0 || instructions === undefined) {
    throw new Error(`counting the conversion's instructions failed${run.error ? `: ${run.error.message}` : ''}\n${stderr.slice(-2000)}`);
  }
  return { instructions, stderr };
}

/**
 * The instructions cachegrind reports at the end of its run.
 * `parseInstructions("==31022== I   refs:      7,298,648,897")` → 7298648897
 */
export function parseInstructions(stderr: string): number | undefined {
  const match = /^==\d+== I\s+refs:\s+([\d,]+)\s*$/m.exec(stderr);
  return match ? Number(match[1].replaceAll(',', '')) : undefined;
}

/**
 * The misses of the simulated data caches cachegrind reports at the end of a run with
 * `--cache-sim=yes`, reads and writes together.
 * `"==7== D1  misses:  62,027,162  (…)\n==7== LLd misses:  2,700,992  (…)"` → `{ d1Misses: 62027162, llMisses: 2700992 }`
 */
export function parseCacheMisses(stderr: string): CacheMisses | undefined {
  const d1 = /^==\d+== D1\s+misses:\s+([\d,]+)/m.exec(stderr);
  const ll = /^==\d+== LLd misses:\s+([\d,]+)/m.exec(stderr);
  if (!d1 || !ll) return undefined;
  return { d1Misses: Number(d1[1].replaceAll(',', '')), llMisses: Number(ll[1].replaceAll(',', '')) };
}
