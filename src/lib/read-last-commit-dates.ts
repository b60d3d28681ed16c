import { execFileSync } from 'node:child_process';
import { parseLastCommitDates } from './last-commit-dates.ts';

/** How long the one git call of a build may take before the dates are given up. */
const GIT_TIMEOUT_MS = 20_000;

/**
 * The date of the last commit of every file matching the pathspecs (`*.txt`), relative to
 * `cwd`, read from git in one call. Empty, never an error, outside a git checkout, without
 * git, or when git fails or is too slow: an unknown date is shown as nothing, never as the
 * build's date. A shallow clone dates the files its history never changed by its oldest commit.
 */
export function readLastCommitDates(cwd: string, pathspecs: string[] = []): Map<string, string> {
  try {
    const log = execFileSync(
      'git',
      ['log', '-z', '--name-only', '--no-color', `--format=%x1e%cI`, '--relative', '--', ...pathspecs],
      { cwd, encoding: 'utf8', timeout: GIT_TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return parseLastCommitDates(log);
  } catch {
    return new Map();
  }
}

let seedDates: Map<string, string> | undefined;

/**
 * The last commit date of every seed (`*.txt`) of the project, by path relative to the
 * project root (the folder the build runs from): read once per build, for all pages.
 */
export function loadSeedDates(): Map<string, string> {
  seedDates ??= readLastCommitDates(process.cwd(), ['*.txt']);
  return seedDates;
}
