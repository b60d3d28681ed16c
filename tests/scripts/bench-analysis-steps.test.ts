import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { timeAnalysisSteps } from '../../scripts/bench/analysis-steps.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('timeAnalysisSteps', () => {
  it('times every step of every pass over the seeds, the steps adding up to at most the pass', () => {
    const seeds = generateCorpus(20, 7).map((seed) => ({ path: `seeds/${seed.name}`, bytes: new TextEncoder().encode(seed.text) }));
    const passes = timeAnalysisSteps(seeds, 2);
    expect(passes).toHaveLength(2);
    for (const { steps, total } of passes) {
      expect(Object.keys(steps)).toEqual(['read', 'language', 'count', 'names', 'front matter', 'topics', 'body']);
      const sum = Object.values(steps).reduce((all, ms) => all + ms, 0);
      expect(sum).toBeGreaterThan(0);
      expect(sum).toBeLessThanOrEqual(total + 1e-6);
    }
  });

  it('as a command, refuses a number of passes that is not a whole number from 1', () => {
    const run = spawnSync(process.execPath, ['scripts/bench/analysis-steps.ts', 'seeds', '0'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: node scripts/bench/analysis-steps.ts <seeds folder> [passes');
    expect(run.stderr.split('\n')[0]).toBe('analysis-steps: error: 0 passes');
  });
});
