import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-bench-test-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run bench -- --only convert', () => {
  it('times the conversions of a generated archive, builds no site and leaves no work folder', { timeout: 120_000 }, () => {
    const json = path.join(tmp, 'bench.json');
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--sizes', '37', '--only', 'convert', '--json', json], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(readFileSync(json, 'utf8')).results;
    expect(result.articles).toBe(37);
    expect(result.convert.wallSeconds).toBeGreaterThan(0);
    // The file floor ran after the one cold conversion, and reads and writes less than it does.
    expect(result.convertFloor.runs).toHaveLength(1);
    expect(result.convertFloor.wallSeconds).toBeGreaterThan(0);
    expect(result.convertFloor.wallSeconds).toBeLessThan(result.convert.wallSeconds);
    // As many conversions with a thread per core, each from cold.
    expect(result.allCores.runs).toHaveLength(1);
    expect(result.allCores.converted).toBe(37);
    expect(result.edit.converted).toBe(1);
    expect(result.rebuild.converted).toBe(0);
    expect(result.veille).toBeUndefined();
    expect(result.floor).toBeUndefined();
    expect(run.stdout).toContain('Conversion (');
    expect(run.stdout).toContain('file floor seeds/s');
    expect(run.stdout).not.toContain('Builds (');
    expect(run.stderr).not.toMatch(/build \d/);
    expect(existsSync(path.join(os.tmpdir(), 'veille-bench-37'))).toBe(false);
  });

  it('with --steps, times each step of the analysis on three passes in one process, the first the slowest', { timeout: 120_000 }, () => {
    const json = path.join(tmp, 'bench.json');
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--sizes', '12', '--only', 'convert', '--steps', '--json', json], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(readFileSync(json, 'utf8')).results;
    expect(result.steps).toHaveLength(3);
    const names = ['read', 'language', 'count', 'names', 'front matter', 'topics', 'body'];
    for (const pass of result.steps) {
      expect(Object.keys(pass.steps)).toEqual(names);
      const sum = names.reduce((total, name) => total + pass.steps[name], 0);
      expect(Object.values(pass.steps).every((ms) => typeof ms === 'number' && ms >= 0)).toBe(true);
      // The steps are the whole analysis but for the loop around them.
      expect(sum).toBeGreaterThan(0);
      expect(sum).toBeLessThanOrEqual(pass.total + 1e-6);
    }
    // The first pass loads the converter's data and meets every word: by far the slowest.
    expect(result.steps[0].total).toBeGreaterThan(result.steps[2].total);
    expect(run.stdout).toMatch(/12 articles, the analysis step by step[^\n]*\n[\s\S]*first pass[\s\S]*names[\s\S]*whole analysis/);
  });

  it('refuses a step it does not know, naming those it does', () => {
    const run = spawnSync(process.execPath, ['scripts/bench.ts', '--sizes', '5', '--only', 'pagefind'], { cwd: root, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--only: veille, floor or convert');
  });
});
