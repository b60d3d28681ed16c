import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNewestFirst, groupByYearAndMonth, groupStarts, monthHeading, monthLabel, neighboursBySlug, sortNewestFirst, type ArchiveItem } from '../../src/lib/archive.ts';

const item = (slug: string, date?: string): ArchiveItem => ({ slug, title: slug.toUpperCase(), date });
const slugs = (items: readonly ArchiveItem[]) => items.map((i) => i.slug);

const corpus = [
  item('undated-b'),
  item('mai', '2024-05-02'),
  item('juin-15', '2024-06-15'),
  item('annee-2023', '2023'),
  item('juin', '2024-06'),
  item('undated-a'),
  item('juin-01', '2024-06-01'),
  item('annee-2024', '2024'),
  item('dec-2023', '2023-12-31'),
  item('juin-15-bis', '2024-06-15'),
];

describe('compareNewestFirst and sortNewestFirst', () => {
  it('puts the newest first, undated last, ties broken by slug', () => {
    expect(slugs(sortNewestFirst(corpus))).toEqual([
      'juin-15', 'juin-15-bis', 'juin-01', 'juin', 'mai', 'annee-2024', 'dec-2023', 'annee-2023', 'undated-a', 'undated-b',
    ]);
  });

  // The JSDoc says "`2024-06` sorts before `2024-06-15`"; the code puts the less precise date after
  // the more precise ones of its period (as it does for a year-only date), which is what is asserted here.
  it('puts a month-precision date after the days of that month, a year-only date after its months', () => {
    expect(compareNewestFirst(item('a', '2024-06'), item('b', '2024-06-15'))).toBeGreaterThan(0);
    expect(compareNewestFirst(item('a', '2024'), item('b', '2024-01'))).toBeGreaterThan(0);
    expect(compareNewestFirst(item('a', '2024'), item('b', '2023-12-31'))).toBeLessThan(0);
  });

  it('puts any dated article before any undated one, and orders equal dates by slug', () => {
    expect(compareNewestFirst(item('z', '0001'), item('a'))).toBeLessThan(0);
    expect(compareNewestFirst(item('a'), item('z', '0001'))).toBeGreaterThan(0);
    expect(compareNewestFirst(item('a'), item('b'))).toBeLessThan(0);
    expect(compareNewestFirst(item('b', '2024'), item('a', '2024'))).toBeGreaterThan(0);
    expect(compareNewestFirst(item('a', '2024'), item('a', '2024'))).toBe(0);
  });

  it('returns a copy and leaves its input alone', () => {
    const input = [...corpus];
    expect(sortNewestFirst(input)).not.toBe(input);
    expect(input).toEqual(corpus);
  });

  it('gives one order whatever the input order', () => {
    const reference = sortNewestFirst(corpus);
    fc.assert(
      fc.property(fc.shuffledSubarray(corpus, { minLength: corpus.length }), (shuffled) => {
        expect(sortNewestFirst(shuffled)).toEqual(reference);
      }),
    );
  });

  it('sorts any set of articles into date-descending order, undated last', () => {
    const date = fc.option(fc.constantFrom('2023', '2024', '2024-01', '2024-06', '2024-06-01', '2024-06-15', '2025-02-28'), { nil: undefined });
    const items = fc.uniqueArray(fc.record({ slug: fc.stringMatching(/^[a-z]{1,4}$/), title: fc.constant('t'), date }), { selector: (i) => i.slug });
    fc.assert(
      fc.property(items, (list) => {
        const sorted = sortNewestFirst(list);
        for (let i = 1; i < sorted.length; i++) expect(compareNewestFirst(sorted[i - 1], sorted[i])).toBeLessThan(0);
        const firstUndated = sorted.findIndex((i) => i.date === undefined);
        if (firstUndated >= 0) expect(sorted.slice(firstUndated).every((i) => i.date === undefined)).toBe(true);
      }),
    );
  });
});

describe('groupByYearAndMonth', () => {
  const archive = groupByYearAndMonth(corpus);

  it('groups by year, newest year first, with the number of articles of each', () => {
    expect(archive.years.map((y) => [y.year, y.count])).toEqual([[2024, 6], [2023, 2]]);
  });

  it('groups months newest first, year-only articles in a group without month, last', () => {
    expect(archive.years[0].months.map((m) => [m.year, m.month, slugs(m.items)])).toEqual([
      [2024, 6, ['juin-15', 'juin-15-bis', 'juin-01', 'juin']],
      [2024, 5, ['mai']],
      [2024, undefined, ['annee-2024']],
    ]);
    expect(archive.years[1].months.map((m) => [m.month, slugs(m.items)])).toEqual([[12, ['dec-2023']], [undefined, ['annee-2023']]]);
  });

  it('keeps undated articles apart, by slug, and counts every article once', () => {
    expect(slugs(archive.undated)).toEqual(['undated-a', 'undated-b']);
    const grouped = archive.years.flatMap((y) => y.months.flatMap((m) => m.items));
    expect(grouped.length + archive.undated.length).toBe(corpus.length);
    expect(archive.years.reduce((sum, y) => sum + y.count, 0)).toBe(grouped.length);
  });

  it('treats an impossible date as undated', () => {
    expect(groupByYearAndMonth([item('x', '2024-02-30')])).toEqual({ years: [], undated: [item('x', '2024-02-30')] });
  });
});

describe('neighboursBySlug', () => {
  const neighbours = neighboursBySlug([item('old', '2022'), item('new', '2024-06'), item('mid', '2023-03'), item('nodate')]);

  it('gives the older and newer article of each, in newest-first order', () => {
    expect(neighbours.get('mid')).toEqual({ newer: item('new', '2024-06'), older: item('old', '2022') });
    expect(neighbours.get('old')).toEqual({ newer: item('mid', '2023-03'), older: item('nodate') });
  });

  it('has no newer article for the newest and no older one for the last', () => {
    expect(neighbours.get('new')).toEqual({ newer: undefined, older: item('mid', '2023-03') });
    expect(neighbours.get('nodate')).toEqual({ newer: item('old', '2022'), older: undefined });
  });

  it('has an entry for every slug, and none for a single article', () => {
    expect([...neighbours.keys()].sort()).toEqual(['mid', 'new', 'nodate', 'old']);
    expect(neighboursBySlug([item('seul', '2024')]).get('seul')).toEqual({ newer: undefined, older: undefined });
    expect(neighboursBySlug([]).size).toBe(0);
  });
});

describe('monthLabel and monthHeading', () => {
  it('name a month, or the year-only articles, as text and as a heading', () => {
    expect(monthLabel(2024, 6)).toBe('juin 2024');
    expect(monthLabel(2024)).toBe('2024, mois inconnu');
    expect(monthHeading(2024, 6)).toBe('Juin 2024');
    expect(monthHeading(2024)).toBe('2024, mois inconnu');
  });
});

describe('groupStarts', () => {
  const archive = groupByYearAndMonth([
    ...Array.from({ length: 3 }, (_, i) => ({ slug: `a${i}`, title: 'a', date: '2024-06-01' })),
    ...Array.from({ length: 4 }, (_, i) => ({ slug: `b${i}`, title: 'b', date: '2023' })),
    { slug: 'c', title: 'c' },
  ]);

  it('gives the page on which each year, then the undated articles, start', () => {
    expect(groupStarts(archive, 2)).toEqual([{ year: 2024, page: 1 }, { year: 2023, page: 2 }, { page: 4 }]);
    expect(groupStarts(archive, 100)).toEqual([{ year: 2024, page: 1 }, { year: 2023, page: 1 }, { page: 1 }]);
  });

  it('leaves out the undated articles when there are none', () => {
    expect(groupStarts(groupByYearAndMonth([{ slug: 'a', title: 'a', date: '2024' }]), 10)).toEqual([{ year: 2024, page: 1 }]);
  });
});
