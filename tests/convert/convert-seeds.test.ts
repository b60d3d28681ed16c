import fc from 'fast-check';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import type { KeptAnalysis } from '../../src/convert/analyze-seed.ts';
import { analyzeCorpus, convertSeeds, finishCorpus, reusableAnalysis, type ConvertedCorpus } from '../../src/convert/convert-seeds.ts';
import { keptAnalysis } from '../../src/convert/kept-analysis.ts';
import { sha256 } from '../../src/lib/sha256.ts';
import type { SeedFile } from '../../src/convert/convert-seed.ts';

const seed = (path: string, text: string): SeedFile => ({ path, bytes: new TextEncoder().encode(text) });
const errorsOf = (corpus: ReturnType<typeof convertSeeds>, path: string) =>
  corpus.seeds.find((s) => s.path === path)!.problems.filter((p) => p.severity === 'error');

const good = [
  seed('seeds/b.txt', 'date 2024-06 Le général a rencontré ses homologues.'),
  seed('seeds/a.txt', 'title: Un titre\n\nLa réunion a eu lieu lundi à Manama.'),
  seed('seeds/c.txt', 'slug: troisieme\n\nLe Pentagone a confirmé.'),
];

describe('convertSeeds', () => {
  it('keys the files of a good corpus by `<slug>.mdx`, seeds in path order', () => {
    const corpus = convertSeeds(good);
    expect(corpus.seeds.map((s) => s.path)).toEqual(['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt']);
    expect([...corpus.files.keys()]).toEqual(['a.mdx', 'b.mdx', 'troisieme.mdx']);
    expect(corpus.files.get('a.mdx')).toBe(corpus.seeds[0].article);
    expect(corpus.files.get('a.mdx')!.mdx).toContain('title: "Un titre"');
  });

  it('gives the same output whatever the input order', () => {
    const reference = convertSeeds(good);
    fc.assert(
      fc.property(fc.shuffledSubarray(good, { minLength: good.length }), (shuffled) => {
        const corpus = convertSeeds(shuffled);
        expect([...corpus.files]).toEqual([...reference.files]);
        expect(corpus.seeds).toEqual(reference.seeds);
      }),
      { numRuns: 20 },
    );
  });

  it('does not reorder its input array', () => {
    const input = [...good];
    convertSeeds(input);
    expect(input).toEqual(good);
  });

  it('reports two seeds with the same derived slug on both, each naming the other, and writes nothing', () => {
    const corpus = convertSeeds([seed('seeds/Été à Gaza.txt', 'Un texte.'), seed('seeds/ete-a-gaza.txt', 'Un autre texte.'), good[0]]);
    expect(errorsOf(corpus, 'seeds/Été à Gaza.txt')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/slug "ete-a-gaza".*seeds\/ete-a-gaza\.txt/) }),
    ]);
    expect(errorsOf(corpus, 'seeds/ete-a-gaza.txt')).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/slug "ete-a-gaza".*seeds\/Été à Gaza\.txt/) }),
    ]);
    expect(errorsOf(corpus, 'seeds/b.txt')).toEqual([]);
    expect(corpus.files.size).toBe(0);
  });

  it('reports a header slug that collides with a derived one, naming every other claimant', () => {
    const corpus = convertSeeds([
      seed('seeds/a.txt', 'Texte.'),
      seed('seeds/x.txt', 'slug: a\n\nTexte.'),
      seed('seeds/y.txt', 'slug: a\n\nTexte.'),
    ]);
    expect(errorsOf(corpus, 'seeds/x.txt')[0].message).toMatch(/seeds\/a\.txt, seeds\/y\.txt/);
    expect(errorsOf(corpus, 'seeds/a.txt')[0].message).toMatch(/seeds\/x\.txt, seeds\/y\.txt/);
    expect(corpus.files.size).toBe(0);
  });

  it('reports every problem of every seed in one pass, and writes nothing', () => {
    const corpus = convertSeeds([
      ...good,
      seed('seeds/empty.txt', ''),
      seed('seeds/header.txt', 'date 2024-13\nslug: A B\n\nTexte.'),
      seed('seeds/nul.txt', 'a\u0000b'),
    ]);
    expect(errorsOf(corpus, 'seeds/empty.txt')).toHaveLength(1);
    expect(errorsOf(corpus, 'seeds/header.txt').map((p) => p.line)).toEqual([1, 2]);
    expect(errorsOf(corpus, 'seeds/nul.txt')).toEqual([expect.objectContaining({ message: expect.stringMatching(/binary/) })]);
    for (const path of ['seeds/a.txt', 'seeds/b.txt', 'seeds/c.txt']) expect(errorsOf(corpus, path)).toEqual([]);
    expect(corpus.seeds).toHaveLength(6);
    expect(corpus.files.size).toBe(0);
  });

  it('still writes the files when seeds only have warnings', () => {
    const corpus = convertSeeds([...good, { path: 'seeds/latin1.txt', bytes: Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2e]) }]);
    expect(corpus.seeds.find((s) => s.path === 'seeds/latin1.txt')!.problems).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect([...corpus.files.keys()]).toContain('latin1.mdx');
    expect(corpus.files.size).toBe(4);
  });

  it('reuses an earlier analysis of the same path and bytes, and gives the same corpus as analysing again', () => {
    const first = convertSeeds(good);
    // Kept between runs as the cache keeps them: without the body, serialised and read back.
    const kept = new Map(first.analyses.map((analysis) => [analysis.path, v8.deserialize(v8.serialize(keptAnalysis(analysis))) as KeptAnalysis]));
    expect([...kept.values()].every((analysis) => analysis.article!.body === undefined)).toBe(true);
    const again = convertSeeds(good, kept);
    expect([again.converted, again.reused]).toEqual([0, 3]);
    expect([...again.files]).toEqual([...first.files]);
    expect(again.seeds).toEqual(first.seeds);
  });

  it('derives the body of a kept analysis from the bytes only to render its article, in its language', () => {
    // French spacing changes this text: a body derived in another language would differ.
    const spaced = [...good, seed('seeds/d.txt', 'Quoi ? « Oui » : la réunion a eu lieu lundi à Manama !')];
    const kept = new Map(convertSeeds(spaced).analyses.map((analysis): [string, KeptAnalysis] => [analysis.path, keptAnalysis(analysis)]));
    let reads = 0;
    const counted = spaced.map(({ path, bytes }) => ({
      path,
      hash: sha256(bytes),
      get bytes() {
        reads++;
        return bytes;
      },
    }));
    const corpus = finishCorpus(analyzeCorpus(counted, kept));
    expect(reads).toBe(0);
    const files = (converted: ConvertedCorpus) => [...converted.files].map(([name, { mdx }]) => [name, mdx]);
    expect(files(corpus)).toEqual(files(convertSeeds(spaced)));
    expect(reads).toBe(spaced.length);
  });

  it("puts each analysis in its seed's place, seeds analysed afresh in batches among reused ones", () => {
    // More seeds than a batch analyses together, every third one reused.
    const many = Array.from({ length: 300 }, (_, index) =>
      seed(`seeds/${String(299 - index).padStart(3, '0')}.txt`, `Le ministre a rencontré ${index} homologues à Manama le ${(index % 28) + 1} juin.`),
    );
    const fresh = analyzeCorpus(many);
    const kept = new Map(fresh.analyses.filter((_, index) => index % 3 === 0).map((analysis) => [analysis.path, keptAnalysis(analysis)]));
    const mixed = analyzeCorpus(many, kept);
    expect(mixed.reused).toBe(100);
    expect(mixed.analyses).toEqual(fresh.analyses);
    expect(mixed.analyses.map(({ path }) => path)).toEqual(many.map(({ path }) => path).reverse());
  });

  it('analyses again a seed whose bytes changed, and ranks every article among the new corpus', () => {
    const kept = new Map(convertSeeds(good).analyses.map((analysis) => [analysis.path, analysis]));
    const changed = [...good.slice(0, 2), seed('seeds/c.txt', 'slug: troisieme\n\nLe Pentagone a confirmé la défense antimissile.')];
    const again = convertSeeds(changed, kept);
    expect([again.converted, again.reused]).toEqual([1, 2]);
    expect([...again.files]).toEqual([...convertSeeds(changed).files]);
  });

  it('finds an earlier analysis reusable for the same path and bytes only', () => {
    const previous = new Map(convertSeeds(good).analyses.map((analysis) => [analysis.path, analysis]));
    expect(reusableAnalysis(good[1], previous)).toBe(previous.get('seeds/a.txt'));
    expect(reusableAnalysis(seed('seeds/a.txt', 'title: Un titre\n\nLa réunion a eu lieu mardi.'), previous)).toBeUndefined();
    expect(reusableAnalysis(seed('seeds/d.txt', 'Le Pentagone a confirmé.'), previous)).toBeUndefined();
    expect(reusableAnalysis(good[1])).toBeUndefined();
  });

  it('converts an empty corpus to no file and no problem', () => {
    expect(convertSeeds([])).toEqual({ seeds: [], files: new Map(), analyses: [], converted: 0, reused: 0 });
  });
});
