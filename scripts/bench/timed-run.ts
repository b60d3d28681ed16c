import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT } from '../paths.ts';
import { megabytesOfKibibytes } from './units.ts';

/** What one timed command cost, and what it printed. */
export interface TimedRun {
  wallSeconds: number;
  /** Peak resident memory in MB (10⁶ bytes) of the largest process of the run, NaN without GNU time. */
  peakMb: number;
  stdout: string;
  stderr: string;
}

// GNU time reports the peak memory of the command's processes, children included (the
// largest of them, not their sum); Node alone only sees its own.
const GNU_TIME = '/usr/bin/time';

/**
 * Runs `node <args>` from the project root and times it; throws with the end of its output
 * when it fails, since a benchmark of a broken build means nothing.
 */
export function timedNode(args: string[], env: Record<string, string>, what: string): TimedRun {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const commandArgs = useTime ? ['-f', 'peak-kb %M', process.execPath, ...args] : args;
  const started = performance.now();
  const run = spawnSync(command, commandArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stdout?.slice(-4000), run.stderr?.slice(-4000));
    throw new Error(`${what} failed${run.error ? `: ${run.error.message}` : ''}`);
  }
  const peakKb = [...run.stderr.matchAll(/^peak-kb (\d+)$/gm)].at(-1)?.[1];
  return { wallSeconds, peakMb: peakKb ? megabytesOfKibibytes(Number(peakKb)) : NaN, stdout: run.stdout, stderr: run.stderr };
}
