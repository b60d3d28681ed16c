import { describe, expect, it } from 'vitest';
import { entityIndexIntro, initialPageIntro } from '../../src/lib/entity-index-intro.ts';
import { KIND_INFO } from '../../src/lib/entity-kinds.ts';

// French groups thousands with a narrow no-break space.
const n = (value: number) => value.toLocaleString('fr-FR');

describe('entityIndexIntro', () => {
  it('counts the names with a page and those left out, in the plural', () => {
    expect(entityIndexIntro(KIND_INFO.people, 2012, 5124, 2)).toBe(
      `${n(2012)} personnes ont une page, par ordre alphabétique. Le nombre qui suit chaque nom est celui de ses articles. ` +
        `S'y ajoutent ${n(5124)} noms cités dans un seul article, sans page propre. Les filtres de la recherche les proposent.`,
    );
  });

  it('agrees in the singular', () => {
    expect(entityIndexIntro(KIND_INFO.places, 1, 1, 2)).toBe(
      "1 lieu a une page, par ordre alphabétique. Le nombre qui suit chaque nom est celui de ses articles. S'y ajoute un nom cité dans un seul article, sans page propre. Les filtres de la recherche le proposent.",
    );
  });

  it('says nothing of a list or its counts when no name has a page', () => {
    expect(entityIndexIntro(KIND_INFO.people, 0, 5, 2)).toBe('5 noms cités dans un seul article, sans page propre. Les filtres de la recherche les proposent.');
    expect(entityIndexIntro(KIND_INFO.people, 0, 1, 2)).toBe('Un nom cité dans un seul article, sans page propre. Les filtres de la recherche le proposent.');
    expect(entityIndexIntro(KIND_INFO.topics, 0, 0, 2)).toBe("Aucun nom de ce genre dans l'archive.");
  });

  it('promises no search filter for sources, which have none', () => {
    expect(entityIndexIntro(KIND_INFO.sources, 3, 2, 2)).toBe(
      "3 sources ont une page, par ordre alphabétique. Le nombre qui suit chaque nom est celui de ses articles. S'y ajoutent 2 noms cités dans un seul article, sans page propre.",
    );
  });

  it('names the fewest articles for a page when it is not two', () => {
    expect(entityIndexIntro(KIND_INFO.topics, 4, 9, 3)).toContain("S'y ajoutent 9 noms cités dans moins de 3 articles, sans page propre.");
    expect(entityIndexIntro(KIND_INFO.topics, 4, 0, 3)).toBe('4 sujets ont une page, par ordre alphabétique. Le nombre qui suit chaque nom est celui de ses articles.');
  });

  it('says the initials lead to the names when the index lists them on pages of their own', () => {
    expect(entityIndexIntro(KIND_INFO.people, 3754, 0, 2, true)).toBe(
      `${n(3754)} personnes ont une page. Chaque initiale ci-dessous mène à leur liste, par ordre alphabétique. ` +
        'Le nombre qui suit chaque nom est celui de ses articles.',
    );
  });
});

describe('initialPageIntro', () => {
  const counts = ' Le nombre qui suit chaque nom est celui de ses articles.';

  it('counts the names of an initial, in the singular and the plural, and says what the numbers are', () => {
    expect(initialPageIntro(KIND_INFO.people, 1312, 'M')).toBe(`${n(1312)} personnes dont le nom commence par M, par ordre alphabétique.${counts}`);
    expect(initialPageIntro(KIND_INFO.places, 1, 'Z')).toBe(`1 lieu dont le nom commence par Z, par ordre alphabétique.${counts}`);
  });

  it('says which page of the initial it is, as the listings of articles do', () => {
    expect(initialPageIntro(KIND_INFO.people, 400, 'B', ' (page 2 sur 2)')).toBe(
      `400 personnes dont le nom commence par B, par ordre alphabétique (page 2 sur 2).${counts}`,
    );
  });

  it('says what the other initials are', () => {
    expect(initialPageIntro(KIND_INFO.topics, 4, '#')).toBe(`4 sujets dont le nom ne commence pas par une lettre de A à Z, par ordre alphabétique.${counts}`);
  });
});
