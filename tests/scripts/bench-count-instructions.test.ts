import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countInstructions, hasValgrind, parseCacheMisses, parseInstructions, SIMULATED_CACHES, SIMULATED_CACHES_LABEL } from '../../scripts/bench/count-instructions.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-instructions-test-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('parseInstructions', () => {
  it("reads the count of instructions from cachegrind's summary", () => {
    const stderr = ['==31022== Cachegrind, a high-precision tracing profiler', '==31022== ', '==31022== I   refs:      7,298,648,897', ''].join('\n');
    expect(parseInstructions(stderr)).toBe(7_298_648_897);
    expect(parseInstructions('==7== I refs: 42\n')).toBe(42);
  });

  it('gives nothing when the summary is missing or cut short', () => {
    expect(parseInstructions('convert: 2 seed(s) read\n')).toBeUndefined();
    expect(parseInstructions('==31022== I   refs:\n')).toBeUndefined();
    expect(parseInstructions('')).toBeUndefined();
  });
});

describe('parseCacheMisses', () => {
  it("reads the data misses of cachegrind's summary, first level and last level, reads and writes together", () => {
    const stderr = [
      '==13314== I   refs:      7,302,786,598',
      '==13314== D1  misses:       62,027,162  (   49,263,595 rd   +  12,763,567 wr)',
      '==13314== LLd misses:       21,011,113  (   14,004,006 rd   +   7,007,107 wr)',
      '==13314== LL misses:        21,372,770  (   14,335,663 rd   +   7,037,107 wr)',
      '',
    ].join('\n');
    expect(parseCacheMisses(stderr)).toEqual({ d1Misses: 62_027_162, llMisses: 21_011_113 });
  });

  it('gives nothing for a run without cache simulation', () => {
    expect(parseCacheMisses('==31022== I   refs:      7,298,648,897\n')).toBeUndefined();
    expect(parseCacheMisses('==7== D1  misses:  5  (3 rd + 2 wr)\n')).toBeUndefined();
  });
});

describe('the simulated caches', () => {
  it('give cachegrind the sizes the report names: bytes, ways and 64-byte lines', () => {
    expect(SIMULATED_CACHES).toEqual(['--D1=32768,8,64', '--LL=1048576,16,64']);
    expect(SIMULATED_CACHES_LABEL).toBe('32 KiB first level, 1 MiB last');
  });
});

// Valgrind is a Debian package, not a dependency: where it is missing (as in CI), only the parsing is tested.
describe.skipIf(!hasValgrind())('countInstructions', () => {
  it('counts two real conversions of the seeds, each writing every article', { timeout: 300_000 }, () => {
    const seeds = path.join(tmp, 'seeds');
    mkdirSync(seeds);
    const names = readdirSync(path.join(root, 'seeds')).filter((name) => name.endsWith('.txt'));
    for (const name of names) copyFileSync(path.join(root, 'seeds', name), path.join(seeds, name));
    const { instructions, firstRun, d1Misses, llMisses } = countInstructions(seeds, tmp);
    // Starting Node alone runs about 0.1 billion; loading the converter and converting, over a billion.
    expect(instructions).toBeGreaterThan(1e9);
    expect(firstRun).toBeGreaterThan(1e9);
    // The counted run simulates the caches: millions of reads miss the first level, fewer the last.
    expect(d1Misses).toBeGreaterThan(1e6);
    expect(llMisses).toBeGreaterThan(0);
    expect(llMisses).toBeLessThan(d1Misses);
    for (const run of [1, 2]) expect(readdirSync(path.join(tmp, `instructions-${run}`))).toHaveLength(names.length);
  });
});
