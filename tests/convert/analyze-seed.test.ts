import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeSeed, analyzeSeeds, type SeedFile } from '../../src/convert/analyze-seed.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);
const utf8 = (text: string) => new TextEncoder().encode(text);
const real = readdirSync(seedsDir).map((name): SeedFile => ({ path: `seeds/${name}`, bytes: readFileSync(new URL(name, seedsDir)) }));

describe('analyzeSeeds', () => {
  it('gives each seed of a batch the analysis it has alone, whichever step the others fail at', () => {
    const seeds: SeedFile[] = [
      real[0],
      { path: 'seeds/binary.txt', bytes: Uint8Array.of(0x41, 0x00, 0x42) },
      { path: 'seeds/date.txt', bytes: utf8('date 2024-02-30 La réunion a eu lieu lundi à Manama.') },
      { path: 'seeds/english.txt', bytes: utf8('The Pentagon called the strikes «a success» on Monday, when General Herzi Halevi met his counterparts in Manama.') },
      { path: 'seeds/header-only.txt', bytes: utf8('title: Seul\n') },
      { path: 'seeds/long-title.txt', bytes: utf8(`title: ${'Titre '.repeat(60)}\n\nLe Pentagone a confirmé la défense antimissile.`) },
      { path: 'seeds/given.txt', bytes: utf8('lang: de\n\nDer Minister Boris Pistorius besuchte Vilnius.') },
      real[1],
    ];
    const together = analyzeSeeds(seeds);
    expect(together).toEqual(seeds.map(analyzeSeed));
    // Every step was taken by some seed and failed by another: an analysis given to the wrong seed would show.
    expect(together.map(({ path, article }) => [path, article?.data.lang])).toEqual([
      [real[0].path, 'fr'],
      ['seeds/binary.txt', undefined],
      ['seeds/date.txt', undefined],
      ['seeds/english.txt', 'en'],
      ['seeds/header-only.txt', undefined],
      ['seeds/long-title.txt', undefined],
      ['seeds/given.txt', 'de'],
      [real[1].path, 'fr'],
    ]);
    expect(together[5].problems.map(({ message }) => message)).toEqual(['front matter field "title": Too big: expected string to have <=300 characters']);
    expect(analyzeSeeds([])).toEqual([]);
  });
});
