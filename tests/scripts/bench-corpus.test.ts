import { describe, expect, it } from 'vitest';
import { convertSeeds } from '../../src/convert/convert-seeds.ts';
import { corpusSources, generateCorpus, sentencePool } from '../../scripts/bench/corpus.ts';
import fixtures from '../fixtures/entities/paragraphs.json' with { type: 'json' };
import heldOut from '../fixtures/entities/held-out.json' with { type: 'json' };

const spellings = (texts: string[]) => new Set(texts.flatMap((text) => text.match(/[\p{L}\p{N}]+/gu) ?? [])).size;

describe('the benchmark corpus', () => {
  const sources = corpusSources();
  const corpus = generateCorpus(60, 7, sources);

  it('is the same for the same seed, and another for another seed', () => {
    expect(generateCorpus(60, 7, sources)).toEqual(corpus);
    expect(generateCorpus(60, 8, sources)).not.toEqual(corpus);
  });

  it('has a vocabulary that keeps growing with the archive, as real press text does', () => {
    const pool = spellings(sentencePool());
    const small = spellings(generateCorpus(100, 3, sources).map(({ text }) => text));
    const large = spellings(generateCorpus(400, 3, sources).map(({ text }) => text));
    // 100 articles of its sentences alone would hold the pool's spellings and no more.
    expect(small).toBeGreaterThan(2 * pool);
    expect(large).toBeGreaterThan(1.8 * small);
  });

  it('has seeds of 1 to 10 kB, dated across years at every precision, a few undated', () => {
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
    // Many people are the made-up cast's: a surname that no fixture paragraph holds.
    const fixtureText = [...fixtures.paragraphs, ...heldOut.paragraphs].map((paragraph) => paragraph.text).join('\n');
    const madeUp = data.flatMap((d) => d.people).filter((person) => !fixtureText.includes(person.slice(person.lastIndexOf(' ') + 1)));
    expect(new Set(madeUp).size).toBeGreaterThan(20);
  }, 60_000);
});
