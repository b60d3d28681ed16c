// Runs every test suite (Vitest unit tests, then Playwright end-to-end tests against a
// freshly built site) and ends with one line adding up both: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'node_modules', '.cache', 'veille-test-reports');
// Fresh reports each run, so that a suite which crashes cannot pass on an old report.
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const unitReport = path.join(reports, 'vitest.json');
const e2eReport = path.join(reports, 'playwright.json');

const unit = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], {
  cwd: root,
  stdio: 'inherit',
});
const e2e = spawnSync(bin('playwright'), ['test', '--reporter=list,json'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport },
});

const vitest = readJson(unitReport) as { numPassedTests?: number; numFailedTests?: number } | undefined;
const playwright = readJson(e2eReport) as { stats?: { expected: number; unexpected: number; flaky: number } } | undefined;
// A suite that crashed before reporting counts as one failure, never as silence.
const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats ? playwright.stats.expected + playwright.stats.flaky : 0);
const failed =
  (vitest ? (vitest.numFailedTests ?? 0) : 1) + (playwright?.stats ? playwright.stats.unexpected : 1) +
  (unit.status !== 0 && vitest && !vitest.numFailedTests ? 1 : 0) +
  (e2e.status !== 0 && playwright?.stats && !playwright.stats.unexpected ? 1 : 0);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
