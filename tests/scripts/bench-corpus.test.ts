import { describe, expect, it } from 'vitest';
import { convertSeeds } from '../../src/convert/convert-seeds.ts';
import { generateCorpus, sentencePool } from '../../scripts/bench/corpus.ts';

describe('the benchmark corpus', () => {
  const pool = sentencePool();
  const corpus = generateCorpus(60, 7, pool);

  it('is the same for the same seed, and another for another seed', () => {
    expect(generateCorpus(60, 7, pool)).toEqual(corpus);
    expect(generateCorpus(60, 8, pool)).not.toEqual(corpus);
  });

  it('has seeds of 1 to 10 KB, dated across years at every precision, a few undated', () => {
    for (const { text } of corpus) {
      expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(1000);
      expect(Buffer.byteLength(text)).toBeLessThan(12_000);
    }
    const dates = corpus.map(({ text }) => /^date (\S+)/.exec(text)?.[1]);
    expect(new Set(dates.map((date) => date?.slice(0, 4))).size).toBeGreaterThan(8);
    expect(dates.some((date) => date?.length === 10)).toBe(true);
    expect(dates.some((date) => date?.length === 7)).toBe(true);
  });

  it('converts without error, into articles that name people, places and organisations', () => {
    const { seeds, files } = convertSeeds(corpus.map(({ name, text }) => ({ path: `seeds/${name}`, bytes: new TextEncoder().encode(text) })));
    expect(files.size).toBe(60);
    const data = seeds.map((seed) => seed.article!.data);
    expect(new Set(data.flatMap((d) => d.places)).size).toBeGreaterThan(30);
    expect(new Set(data.flatMap((d) => d.people)).size).toBeGreaterThan(20);
    expect(new Set(data.flatMap((d) => d.organizations)).size).toBeGreaterThan(20);
  }, 60_000);
});
