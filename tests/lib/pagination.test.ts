import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pageNumbers, pagePath, pageSizeFrom, pageSuffix } from '../../src/lib/pagination.ts';

describe('pageNumbers', () => {
  it('shows the ends, the current page and its neighbours, with gaps', () => {
    expect(pageNumbers(6, 12)).toEqual([1, undefined, 5, 6, 7, undefined, 12]);
    expect(pageNumbers(1, 12)).toEqual([1, 2, undefined, 12]);
    expect(pageNumbers(12, 12)).toEqual([1, undefined, 11, 12]);
  });

  it('shows a single missing page rather than a gap', () => {
    expect(pageNumbers(4, 12)).toEqual([1, 2, 3, 4, 5, undefined, 12]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('is just 1 for a single page', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
  });

  it('always holds 1, the current and the last page, in order, never more than 7 entries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }).chain((last) => fc.tuple(fc.integer({ min: 1, max: last }), fc.constant(last))), ([current, last]) => {
        const numbers = pageNumbers(current, last);
        const pages = numbers.filter((n): n is number => n !== undefined);
        expect(pages).toContain(1);
        expect(pages).toContain(current);
        expect(pages).toContain(last);
        expect(pages).toEqual([...pages].sort((a, b) => a - b));
        expect(new Set(pages).size).toBe(pages.length);
        expect(numbers.length).toBeLessThanOrEqual(7);
      }),
    );
  });
});

describe('pagePath', () => {
  it('keeps the first page at the listing address and numbers the others', () => {
    expect(pagePath('/lieux/paris/', 1)).toBe('/lieux/paris/');
    expect(pagePath('/lieux/paris/', 3)).toBe('/lieux/paris/3/');
  });
});

describe('pageSuffix', () => {
  it('numbers the page only when there are several', () => {
    expect(pageSuffix(2, 5)).toBe(' (page 2 sur 5)');
    expect(pageSuffix(1, 1)).toBe('');
  });
});

describe('pageSizeFrom', () => {
  it('defaults to 100 and reads a positive integer', () => {
    expect(pageSizeFrom(undefined, 'VEILLE_PAGE_SIZE', 100)).toBe(100);
    expect(pageSizeFrom('', 'VEILLE_PAGE_SIZE', 100)).toBe(100);
    expect(pageSizeFrom('3', 'VEILLE_PAGE_SIZE', 100)).toBe(3);
  });

  it('refuses anything else with the reason', () => {
    for (const text of ['0', '-2', '2.5', 'dix']) expect(() => pageSizeFrom(text, 'VEILLE_PAGE_SIZE', 100)).toThrow(/VEILLE_PAGE_SIZE must be a positive integer/);
  });

  it('names the variable it reads and takes its default', () => {
    expect(pageSizeFrom(undefined, 'VEILLE_INDEX_PAGE_SIZE', 300)).toBe(300);
    expect(pageSizeFrom('12', 'VEILLE_INDEX_PAGE_SIZE', 300)).toBe(12);
    expect(() => pageSizeFrom('0', 'VEILLE_INDEX_PAGE_SIZE', 300)).toThrow(/^VEILLE_INDEX_PAGE_SIZE must be a positive integer, not "0"$/);
  });
});
