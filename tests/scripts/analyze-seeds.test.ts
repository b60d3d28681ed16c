import { describe, expect, it } from 'vitest';
import { analyzeSeeds, threadsFor } from '../../scripts/analyze-seeds.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { analyzeSeed } from '../../src/convert/analyze-seed.ts';

const seeds = [
  ...generateCorpus(30, 4).map(({ name, text }) => ({ path: `seeds/${name}`, bytes: new TextEncoder().encode(text) })),
  { path: 'seeds/vide.txt', bytes: new Uint8Array() },
];

describe('analyzeSeeds', () => {
  it('gives on several threads, in seed order, what analysing each seed here gives', async () => {
    const analyses = await analyzeSeeds(seeds, 3, 10);
    expect(analyses).toEqual(seeds.map(analyzeSeed));
  }, 60_000);

  it('counts one thread per 400 seeds at most, up to the threads allowed, and never none', () => {
    expect([0, 399, 400, 799, 800, 1200, 5000].map((count) => threadsFor(count, 4))).toEqual([1, 1, 1, 1, 2, 3, 4]);
    expect(threadsFor(5000, 1)).toBe(1);
    expect(threadsFor(30, 3, 10)).toBe(3);
  });

  it('stays on this thread when there are too few seeds for another to pay', async () => {
    expect(await analyzeSeeds(seeds.slice(0, 3), 4)).toEqual(seeds.slice(0, 3).map(analyzeSeed));
  });
});
