import type { Problem } from './problem.ts';

/**
 * One problem as a compiler-style line that editors and editors' tools understand:
 * `seeds/a.txt:3: error: impossible or malformed date "2024-13" (write YYYY, YYYY-MM or YYYY-MM-DD)`
 */
export function formatProblem(path: string, problem: Problem): string {
  const where = problem.line === undefined ? path : `${path}:${problem.line}`;
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${where}: ${problem.severity}: ${problem.message}${hint}`;
}
