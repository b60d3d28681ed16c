import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisHelpers, SEEDS_PER_THREAD, threadsFor } from '../../scripts/analyze-seeds.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { analyzeSeed, type SeedFile } from '../../src/convert/analyze-seed.ts';

const generated = (count: number): SeedFile[] =>
  generateCorpus(count, 4).map(({ name, text }) => ({ path: `seeds/${name}`, bytes: new TextEncoder().encode(text) }));
const seeds = [...generated(30), { path: 'seeds/vide.txt', bytes: new Uint8Array() }];

let helpers: AnalysisHelpers | undefined;
afterEach(() => helpers?.close());

describe('AnalysisHelpers', () => {
  it('gives on several threads, in seed order, what analysing each seed here gives', async () => {
    helpers = new AnalysisHelpers(2);
    expect(helpers.threads).toBe(3);
    expect(await helpers.analyze(seeds, analyzeSeed)).toEqual(seeds.map(analyzeSeed));
  }, 60_000);

  it('analyses on this thread too, beside the helpers, each seed once', async () => {
    const many = generated(200);
    const here: string[] = [];
    helpers = new AnalysisHelpers(1);
    const analyses = await helpers.analyze(many, (seed) => (here.push(seed.path), analyzeSeed(seed)));
    expect(analyses.map((analysis) => analysis.path)).toEqual(many.map((seed) => seed.path));
    // The helper is handed its first two batches of 25 before this thread takes any.
    expect(here.length).toBeGreaterThan(0);
    expect(here.length).toBeLessThanOrEqual(150);
    expect(new Set(here).size).toBe(here.length);
  }, 60_000);

  it('with no helper, analyses every seed here', async () => {
    helpers = new AnalysisHelpers(0);
    expect(helpers.threads).toBe(1);
    let here = 0;
    expect(await helpers.analyze(seeds, (seed) => (here++, analyzeSeed(seed)))).toEqual(seeds.map(analyzeSeed));
    expect(here).toBe(seeds.length);
  });

  it('fails when a helper does, rather than waiting for it', async () => {
    helpers = new AnalysisHelpers(1);
    // No bytes to decode: the analysis throws on the helper, which has the first batch.
    const broken = { path: 'seeds/casse.txt', bytes: 42 } as unknown as SeedFile;
    const here: SeedFile[] = [];
    await expect(helpers.analyze([broken, ...seeds], (seed) => (here.push(seed), analyzeSeed(seed)))).rejects.toThrow();
    expect(here).not.toContain(broken);
  }, 60_000);
});

describe('threadsFor', () => {
  it(`counts one thread per ${SEEDS_PER_THREAD} seeds at most, up to the threads allowed, and never none`, () => {
    const per = SEEDS_PER_THREAD;
    expect([0, per - 1, per, 2 * per - 1, 2 * per, 3 * per, 40 * per].map((count) => threadsFor(count, 4))).toEqual([1, 1, 1, 1, 2, 3, 4]);
    expect(threadsFor(40 * per, 1)).toBe(1);
    expect(threadsFor(30, 3, 10)).toBe(3);
  });
});
