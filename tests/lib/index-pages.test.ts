import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/lib/entity-index.ts';
import { initialParam, listsByInitial, mostCited, MOST_CITED } from '../../src/lib/index-pages.ts';

const entity = (name: string, articles: number): Entity<number> => ({
  kind: 'people',
  name,
  slug: name.toLowerCase(),
  articles: Array.from({ length: articles }, (_, index) => index),
});

describe('listsByInitial', () => {
  it('keeps an index on its own page while its names fit, and lists them by initial beyond', () => {
    expect(listsByInitial(0, 300)).toBe(false);
    expect(listsByInitial(300, 300)).toBe(false);
    expect(listsByInitial(301, 300)).toBe(true);
    expect(listsByInitial(2, 1)).toBe(true);
  });
});

describe('mostCited', () => {
  it('gives the names most articles cite, most first, index order on a tie', () => {
    const index = [entity('Abbas', 2), entity('Biden', 9), entity('Netanyahou', 9), entity('Sinwar', 4), entity('Zelensky', 3)];
    expect(mostCited(index, 3).map((each) => each.name)).toEqual(['Biden', 'Netanyahou', 'Sinwar']);
    expect(index.map((each) => each.name)).toEqual(['Abbas', 'Biden', 'Netanyahou', 'Sinwar', 'Zelensky']);
  });

  it(`shows ${MOST_CITED} names at most, each at least as cited as any left out`, () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 2, max: 40 }), { maxLength: 120 }), (counts) => {
        const index = counts.map((count, place) => entity(`N${String(place).padStart(3, '0')}`, count));
        const shown = mostCited(index);
        expect(shown).toHaveLength(Math.min(MOST_CITED, index.length));
        const fewest = Math.min(...shown.map((each) => each.articles.length));
        for (const left of index.filter((each) => !shown.includes(each))) expect(left.articles.length).toBeLessThanOrEqual(fewest);
        for (let place = 1; place < shown.length; place++) {
          const [before, after] = [shown[place - 1], shown[place]];
          expect(before.articles.length > after.articles.length || (before.articles.length === after.articles.length && before.name < after.name)).toBe(true);
        }
      }),
    );
  });
});

describe('initialParam', () => {
  it('is what follows « lettre- » in the address of an initial', () => {
    expect(initialParam('M')).toBe('m');
    expect(initialParam('#')).toBe('autres');
  });
});
