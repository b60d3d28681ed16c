import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_STEPS, analyzeSeed, analyzeSeeds, type SeedFile, type StepTimings } from '../../src/convert/analyze-seed.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
const fixture = (name: string): SeedFile => ({
  path: `seeds/${name.replace(/\W+/g, '-')}.txt`,
  bytes: readFileSync(new URL(name, fixtures)),
});
const utf8 = (text: string) => new TextEncoder().encode(text);

// A seed for each step of the analysis to stop at, or to pass with a warning.
const seeds: SeedFile[] = [
  fixture('e2e-seeds/gaza-hopitaux-onu.txt'),
  { path: 'seeds/binary.txt', bytes: Uint8Array.of(0x41, 0x00, 0x42) },
  { path: 'seeds/date.txt', bytes: utf8('date 2024-02-30 La réunion a eu lieu lundi à Manama.') },
  {
    path: 'seeds/english.txt',
    bytes: utf8('The Pentagon called the strikes «a success» on Monday, when General Herzi Halevi met his counterparts in Manama.'),
  },
  { path: 'seeds/header-only.txt', bytes: utf8('title: Seul\n') },
  { path: 'seeds/long-title.txt', bytes: utf8(`title: ${'Titre '.repeat(60)}\n\nLe Pentagone a confirmé la défense.`) },
  fixture('hostile-seeds/control-characters.txt'),
  { path: 'seeds/given.txt', bytes: utf8('lang: de\n\nDer Minister Boris Pistorius besuchte Vilnius.') },
  fixture('convert/windows-1252/input.txt'),
  fixture('e2e-seeds/iran-drone-jordanie.txt'),
];

describe('analyzeSeeds', () => {
  it('gives each seed of a batch the analysis it has alone, whichever step the others stop at', () => {
    const together = analyzeSeeds(seeds);
    expect(together).toEqual(seeds.map(analyzeSeed));
    // Every step was taken by some seed and failed by another: an analysis given to the wrong seed would show.
    expect(together.map(({ article, problems }) => [article?.data.lang, problems.map(({ severity }) => severity)])).toEqual([
      ['fr', []],
      [undefined, ['error']],
      [undefined, ['error']],
      ['en', []],
      [undefined, ['error']],
      [undefined, ['error']],
      ['fr', ['warning']],
      ['de', []],
      ['fr', ['warning']],
      ['fr', []],
    ]);
    expect(together[5].problems.map(({ message }) => message)).toEqual(['front matter field "title": Too big: expected string to have <=300 characters']);
    expect(analyzeSeeds([])).toEqual([]);
  });

  it('gives the same analyses whatever else the batch holds, and in whatever order', () => {
    const alone = new Map(seeds.map((seed) => [seed, analyzeSeed(seed)]));
    fc.assert(
      fc.property(fc.shuffledSubarray(seeds), (batch) => {
        expect(analyzeSeeds(batch)).toEqual(batch.map((seed) => alone.get(seed)));
      }),
      { numRuns: 40 },
    );
  });

  it('adds the time of each of its steps to the timings it is given, and analyses as without them', () => {
    const timings: StepTimings = {};
    const started = performance.now();
    const timed = analyzeSeeds(seeds, timings);
    const elapsed = performance.now() - started;
    expect(timed).toEqual(analyzeSeeds(seeds));
    expect(Object.keys(timings)).toEqual([...ANALYSIS_STEPS]);
    const first = ANALYSIS_STEPS.map((step) => timings[step]!);
    expect(first.every((ms) => ms >= 0)).toBe(true);
    expect(first.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(elapsed);
    // A second batch adds to the same timings.
    analyzeSeeds(seeds, timings);
    ANALYSIS_STEPS.forEach((step, index) => expect(timings[step]).toBeGreaterThanOrEqual(first[index]));
    expect(ANALYSIS_STEPS.reduce((sum, step) => sum + timings[step]!, 0)).toBeGreaterThan(first.reduce((sum, ms) => sum + ms, 0));
  });
});
