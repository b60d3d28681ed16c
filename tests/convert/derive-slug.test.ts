import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import slugify from '@sindresorhus/slugify';
import { ALREADY_SLUG, deriveSlug } from '../../src/convert/derive-slug.ts';
import { MAX_SLUG_LENGTH, SAFE_SLUG } from '../../src/schema/slug.ts';

describe('deriveSlug', () => {
  it('turns a seed path into its file name without .txt, underscores as hyphens', () => {
    expect(deriveSlug('seeds/000_1a0fa30b9826f976.txt')).toBe('000-1a0fa30b9826f976');
    expect(deriveSlug('../../tmp/x/seeds/004_5a753ca10db2e016.txt')).toBe('004-5a753ca10db2e016');
  });

  it('folds accents and lower-cases, any other character a single hyphen', () => {
    expect(deriveSlug('Été à Gaza.txt')).toBe('ete-a-gaza');
    expect(deriveSlug('seeds/Été 2024_Gaza.txt')).toBe('ete-2024-gaza');
    expect(deriveSlug('seeds/L’Œuvre & Israël — 14 juin!!.txt')).toBe('l-oeuvre-and-israel-14-juin');
  });

  it('drops the .txt extension whatever its case, and only that extension', () => {
    expect(deriveSlug('seeds/Dépêche.TXT')).toBe('depeche');
    expect(deriveSlug('seeds/dépêche.txt.txt')).toBe('depeche-txt');
    expect(deriveSlug('seeds/note.md')).toBe('note-md');
  });

  it('never lets a path separator or dot through', () => {
    expect(deriveSlug('seeds/..txt')).toBe('');
    expect(deriveSlug('seeds/a..b.txt')).toBe('a-b');
  });

  it('caps long names at MAX_SLUG_LENGTH, cutting at a hyphen when there is one', () => {
    const slug = deriveSlug(`seeds/${'abcdefghi-'.repeat(20)}.txt`);
    expect(slug).toBe('abcdefghi-'.repeat(11) + 'abcdefghi');
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(deriveSlug(`seeds/${'a'.repeat(300)}.txt`)).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('gives a safe slug of at most MAX_SLUG_LENGTH characters for any Unicode file name, or nothing', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((n) => !n.includes('/'));
    fc.assert(
      fc.property(name, (n) => {
        const slug = deriveSlug(`seeds/${n}.txt`);
        if (slug === '') return;
        expect(slug).toMatch(SAFE_SLUG);
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps every ASCII letter and digit of the name, in order', () => {
    const name = fc.array(fc.constantFrom(...'abcXYZ019 _-.éÉ'.split('')), { minLength: 1, maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(name, (n) => {
        const alnum = (s: string) => s.normalize('NFD').replace(/[^a-z0-9]/gi, '').toLowerCase();
        expect(alnum(deriveSlug(`seeds/${n}.txt`))).toBe(alnum(n));
      }),
      { numRuns: 500 },
    );
  });
});

describe('ALREADY_SLUG', () => {
  it('matches only names slugify gives back unchanged', () => {
    const name = fc.oneof(
      fc.array(fc.constantFrom(...'az09-_A.é '.split('')), { maxLength: 20 }).map((units) => units.join('')),
      fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 }).map((words) => words.join('-')),
    );
    fc.assert(
      fc.property(name, (value) => {
        if (ALREADY_SLUG.test(value)) expect(slugify(value, { lowercase: true, decamelize: false, separator: '-' })).toBe(value);
      }),
      { numRuns: 3000 },
    );
  });
});
