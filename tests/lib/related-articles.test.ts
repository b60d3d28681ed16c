import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../src/lib/archive.ts';
import { ALWAYS_TELLING, relatedArticles } from '../../src/lib/related-articles.ts';

interface Item {
  slug: string;
  title: string;
  date?: string;
  keys: string[];
}
const item = (slug: string, date: string | undefined, keys: string[]): Item => ({ slug, title: slug, date, keys });
const related = (items: Item[], limit?: number, commonShare?: number) =>
  new Map([...relatedArticles(items, (entry) => entry.keys, limit, commonShare)].map(([slug, list]) => [slug, list.map((entry) => entry.slug)]));

describe('relatedArticles', () => {
  const items = [
    item('base', '2024-06', ['p:Halevi', 'l:Gaza', 'l:Israël', 'o:Tsahal']),
    item('three', '2022-01', ['p:Halevi', 'l:Gaza', 'o:Tsahal']),
    item('two-new', '2024-01', ['l:Gaza', 'l:Israël']),
    item('two-old', '2023-01', ['p:Halevi', 'o:Tsahal']),
    item('two-old-b', '2023-01', ['l:Gaza', 'o:Tsahal']),
    item('one-undated', undefined, ['l:Israël']),
    item('none', '2024-07', ['l:Iran']),
  ];

  it('ranks by shared keys, then newest date, then slug; never itself, never one sharing nothing', () => {
    expect(related(items).get('base')).toEqual(['three', 'two-new', 'two-old', 'two-old-b', 'one-undated']);
    expect(related(items).get('none')).toEqual([]);
  });

  it('keeps only the best ones', () => {
    expect(related(items, 2).get('base')).toEqual(['three', 'two-new']);
    expect(related(items, 0).get('base')).toEqual([]);
  });

  it('counts a key repeated in one article once', () => {
    const twice = [item('a', '2024', ['l:Gaza', 'l:Gaza']), item('b', '2023', ['l:Gaza']), item('c', '2022', ['l:Gaza', 'p:X'])];
    expect(related(twice).get('a')).toEqual(['b', 'c']);
  });

  it('leaves out names too common to tell, once the archive is large', () => {
    // One name in every article, another in two: past ALWAYS_TELLING articles, only the rare one counts.
    const count = ALWAYS_TELLING * 2;
    const many = Array.from({ length: count }, (_, index) => item(`a${String(index).padStart(3, '0')}`, '2024', index < 2 ? ['l:France', 'p:Rare'] : ['l:France']));
    expect(related(many, 5, 0.1).get('a000')).toEqual(['a001']);
    expect(related(many, 5, 0.1).get('a002')).toEqual([]);
    // Below the limit, every name counts.
    const few = many.slice(0, ALWAYS_TELLING);
    expect(related(few, 5, 0.1).get('a002')).toEqual(['a000', 'a001', 'a003', 'a004', 'a005']);
  });

  it('agrees with comparing every pair of articles', () => {
    const arbitraryItem = fc.record({
      date: fc.option(fc.constantFrom('2022', '2023-05', '2023-05-02', '2024-06'), { nil: undefined }),
      keys: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 12 }), fc.integer({ min: 1, max: 6 }), (drawn, limit) => {
        const all = drawn.map((entry, index) => item(`s${index}`, entry.date, entry.keys));
        const actual = related(all, limit);
        for (const article of all) {
          const expected = all
            .filter((other) => other !== article)
            .map((other) => ({ other, score: other.keys.filter((key) => article.keys.includes(key)).length }))
            .filter(({ score }) => score > 0)
            .sort((a, b) => b.score - a.score || compareNewestFirst(a.other, b.other))
            .slice(0, limit)
            .map(({ other }) => other.slug);
          expect(actual.get(article.slug)).toEqual(expected);
        }
      }),
    );
  });
});
