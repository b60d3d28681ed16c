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
}

/** True when `valgrind` runs here. */
export function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The instructions a cold conversion of `seeds` runs on one thread, counted twice, into
 * folders of its own under `work`. On this virtual machine a conversion's time swings by half
 * from one hour, even one minute, to the next, and `perf` sees no hardware counter; cachegrind
 * counts every instruction whatever the host does, the same from one run to the next within
 * one percent, so that two converters can be compared by what they run. `--single-threaded`
 * keeps the engine's compiling and collecting on the thread counted; the first run is apart,
 * as Node's compile cache is kept per set of engine flags and that run fills it.
 * Slow: about a minute per 1,000 seeds and run.
 */
export function countInstructions(seeds: string, work: string): InstructionCount {
  const [firstRun, instructions] = [1, 2].map((run) => {
    const args = ['--single-threaded', ...convertCommand(), '--seeds', seeds, '--out', path.join(work, `instructions-${run}`), '--no-cache', '--jobs', '1'];
    const counted = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const count = parseInstructions(counted.stderr ?? '');
    if (counted.status !== 0 || count === undefined) {
      throw new Error(`counting the conversion's instructions failed${counted.error ? `: ${counted.error.message}` : ''}\n${(counted.stderr ?? '').slice(-2000)}`);
    }
    return count;
  });
  return { instructions, firstRun };
}

/**
 * The instructions cachegrind reports at the end of its run.
 * `parseInstructions("==31022== I   refs:      7,298,648,897")` → 7298648897
 */
export function parseInstructions(stderr: string): number | undefined {
  const match = /^==\d+== I\s+refs:\s+([\d,]+)\s*$/m.exec(stderr);
  return match ? Number(match[1].replaceAll(',', '')) : undefined;
}
