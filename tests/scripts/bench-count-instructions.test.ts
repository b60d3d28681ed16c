import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countInstructions, hasValgrind, parseInstructions } from '../../scripts/bench/count-instructions.ts';

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

// Valgrind is a Debian package, not a dependency: where it is missing (as in CI), only the parsing is tested.
describe.skipIf(!hasValgrind())('countInstructions', () => {
  it('counts two real conversions of the seeds, each writing every article', { timeout: 300_000 }, () => {
    const seeds = path.join(tmp, 'seeds');
    mkdirSync(seeds);
    const names = readdirSync(path.join(root, 'seeds')).filter((name) => name.endsWith('.txt'));
    for (const name of names) copyFileSync(path.join(root, 'seeds', name), path.join(seeds, name));
    const { instructions, firstRun } = countInstructions(seeds, tmp);
    // Starting Node alone runs about 0.1 billion; loading the converter and converting, over a billion.
    expect(instructions).toBeGreaterThan(1e9);
    expect(firstRun).toBeGreaterThan(1e9);
    for (const run of [1, 2]) expect(readdirSync(path.join(tmp, `instructions-${run}`))).toHaveLength(names.length);
  });
});
