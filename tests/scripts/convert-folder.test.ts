import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { convertFolder, describePhases } from '../../scripts/convert-folder.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let seeds: string;

beforeEach(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'veille-convert-folder-'));
  seeds = path.join(tmp, 'seeds');
  mkdirSync(seeds);
  for (const { name, text } of generateCorpus(60, 5)) writeFileSync(path.join(seeds, name), text);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]));
const convert = (out: string, options: { threads?: number; seedsPerThread?: number; cache?: false | { dir: string } } = {}) =>
  convertFolder({ root, seedsDir: seeds, outDir: path.join(tmp, out), cache: false, ...options });

describe('convertFolder on several threads', { timeout: 60_000 }, () => {
  it('writes what one thread writes, and says how many threads analysed', async () => {
    const one = await convert('one');
    expect(one.threads).toBe(1);
    const three = await convert('three', { threads: 3, seedsPerThread: 20 });
    expect(three.ok).toBe(true);
    expect(three.threads).toBe(3);
    expect(three.converted).toBe(60);
    expect(contents(path.join(tmp, 'three'))).toEqual(contents(path.join(tmp, 'one')));
  });

  it('starts another thread only for enough seeds changed since the last run', async () => {
    const cache = { dir: path.join(tmp, 'cache') };
    expect((await convert('out', { threads: 2, seedsPerThread: 30, cache })).threads).toBe(2);
    writeFileSync(path.join(seeds, readdirSync(seeds)[0]), 'Une dépêche réécrite, assez longue pour être un article de la veille.\n');
    const edit = await convert('out', { threads: 2, seedsPerThread: 30, cache });
    expect([edit.converted, edit.threads]).toEqual([1, 1]);
    expect((await convert('fresh', { threads: 2, seedsPerThread: 31 })).threads).toBe(1);
  });

  it('stops its helpers once the seeds are analysed', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    try {
      expect((await convert('out', { threads: 3, seedsPerThread: 20 })).threads).toBe(3);
      expect(terminate).toHaveBeenCalledTimes(2);
    } finally {
      terminate.mockRestore();
    }
  });

  it('keeps no helper when fewer seeds than expected need analysing', async () => {
    // A run with an error records no state, but keeps the analyses: the next run expects
    // every seed to have changed, and finds only the mended one to analyse.
    const cache = { dir: path.join(tmp, 'cache') };
    const first = readdirSync(seeds)[0];
    const text = readFileSync(path.join(seeds, first));
    writeFileSync(path.join(seeds, first), 'date: 2024-13\n\nUne dépêche à la date impossible.\n');
    expect((await convert('out', { threads: 2, seedsPerThread: 30, cache })).ok).toBe(false);
    writeFileSync(path.join(seeds, first), text);
    const mended = await convert('out', { threads: 2, seedsPerThread: 30, cache });
    expect([mended.ok, mended.converted, mended.threads]).toEqual([true, 1, 1]);
  });
});

describe('describePhases', () => {
  it('says on how many threads it analysed, when more than one', () => {
    expect(describePhases({ read: 120, analyse: 2600 }, 2)).toBe('phases: read 0.12 s, analyse 2.60 s on 2 threads');
    expect(describePhases({ read: 120, analyse: 2600 })).toBe('phases: read 0.12 s, analyse 2.60 s');
  });
});
