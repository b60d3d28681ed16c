import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlugs, baseSlug, compareNames } from '../../src/lib/entity-slugs.ts';

describe('baseSlug', () => {
  it('spells names as French readers expect in an address', () => {
    expect(baseSlug('États-Unis')).toBe('etats-unis');
    expect(baseSlug('Israël')).toBe('israel');
    expect(baseSlug('Zürich')).toBe('zurich');
    expect(baseSlug("Œuvre d'Orient")).toBe('oeuvre-d-orient');
    expect(baseSlug('AT&T')).toBe('at-et-t');
    expect(baseSlug("Forces de défense d'Israël (Tsahal)")).toBe('forces-de-defense-d-israel-tsahal');
  });

  it('never gives an empty slug', () => {
    expect(baseSlug('!!!')).toBe('sans-nom');
  });
});

describe('assignSlugs', () => {
  it('suffixes colliding names -2, -3 in French collation order, whatever order they come in', () => {
    const names = ['Etats Unis', 'États-Unis', 'Etats-Unis'];
    const expected = new Map([
      ['Etats Unis', 'etats-unis'],
      ['Etats-Unis', 'etats-unis-2'],
      ['États-Unis', 'etats-unis-3'],
    ]);
    expect(assignSlugs(names)).toEqual(expected);
    expect(assignSlugs([...names].reverse())).toEqual(expected);
  });

  it('never hands out a suffixed slug that another name has by nature', () => {
    const slugs = assignSlugs(['Gaza', 'Gaza !', 'Gaza 2']);
    expect(slugs.get('Gaza 2')).toBe('gaza-2');
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it('gives every distinct name a distinct, well-formed slug', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 30 }), (names) => {
        const slugs = assignSlugs(names);
        expect(slugs.size).toBe(new Set(names).size);
        expect(new Set(slugs.values()).size).toBe(slugs.size);
        for (const slug of slugs.values()) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
    );
  });

  it('leaves reserved slugs to the pages that have them, suffixing the names that would take them', () => {
    const slugs = assignSlugs(['Lettre M', 'Lettre-M', 'Lettre M 2', 'Mossoul'], ['lettre-m']);
    expect(slugs).toEqual(
      new Map([
        ['Lettre M', 'lettre-m-3'],
        ['Lettre M 2', 'lettre-m-2'],
        ['Lettre-M', 'lettre-m-4'],
        ['Mossoul', 'mossoul'],
      ]),
    );
  });

  it('never hands out a reserved slug', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Lettre A', 'lettre a', 'Lettre-A 2', 'A', 'Lettre autres'), { maxLength: 8 }), (names) => {
        const slugs = [...assignSlugs(names, ['lettre-a', 'lettre-autres']).values()];
        expect(slugs).not.toContain('lettre-a');
        expect(slugs).not.toContain('lettre-autres');
        expect(new Set(slugs).size).toBe(slugs.length);
      }),
    );
  });
});

describe('compareNames', () => {
  it('sorts in French order, accents beside their letter', () => {
    expect(['France', 'Égypte', 'Damas', 'émirats', 'Eure'].sort(compareNames)).toEqual([
      'Damas', 'Égypte', 'émirats', 'Eure', 'France',
    ]);
  });
});
