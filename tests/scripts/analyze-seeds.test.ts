import { describe, expect, it } from 'vitest';
import { analyzeSeeds } from '../../scripts/analyze-seeds.ts';
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

  it('stays on this thread when there are too few seeds for another to pay', async () => {
    expect(await analyzeSeeds(seeds.slice(0, 3), 4)).toEqual(seeds.slice(0, 3).map(analyzeSeed));
  });
});
