import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanTable } from '../../src/lib/span-table.ts';

describe('SpanTable', () => {
  it('gives for every span the value of the word written there, made once per word, as a Map keyed by the word would', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abé’\u00a0 '.split(''), '𝐀'), maxLength: 12 });
    const span = fc.tuple(fc.nat(12), fc.nat(12)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(
      fc.property(fc.array(fc.tuple(text, span), { maxLength: 200 }), (lookups) => {
        const made: string[] = [];
        const table = new SpanTable((word) => {
          made.push(word);
          return { word };
        });
        const expected = new Map<string, { word: string }>();
        for (const [value, [start, end]] of lookups) {
          const word = value.slice(start, end);
          const found = table.at(value, Math.min(start, value.length), Math.min(end, value.length));
          if (!expected.has(word)) expected.set(word, found);
          expect(found).toBe(expected.get(word));
          expect(found.word).toBe(word);
        }
        expect(made).toEqual([...expected.keys()]);
        expect(table.size).toBe(expected.size);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every word as it grows far past its first capacity', () => {
    const table = new SpanTable((word) => word.toUpperCase());
    const words = Array.from({ length: 50_000 }, (_, index) => `w${index.toString(36)}`);
    const text = words.join(' ');
    let start = 0;
    const spans = words.map((word) => [start, (start += word.length + 1) - 1] as const);
    for (const [from, to] of spans) table.at(text, from, to);
    expect(table.size).toBe(words.length);
    const again = spans.map(([from, to]) => table.at(text, from, to));
    expect(again).toEqual(words.map((word) => word.toUpperCase()));
    expect(table.size).toBe(words.length);
  });

  it('keeps words longer than all the words it held so far, beside short ones', () => {
    const table = new SpanTable((word) => word.length);
    const long = 'a'.repeat(20_000);
    const longer = `${long}b`;
    const text = `le ${long} ${longer} la`;
    expect(table.at(text, 0, 2)).toBe(2);
    expect(table.at(text, 3, 3 + long.length)).toBe(20_000);
    expect(table.at(text, 4 + long.length, 4 + long.length + longer.length)).toBe(20_001);
    expect(table.at(text, text.length - 2, text.length)).toBe(2);
    expect(table.size).toBe(4);
    expect(table.at(`${long}b`, 0, 20_001)).toBe(20_001);
    expect(table.at(`${long}c`, 0, 20_001)).toBe(20_001);
    expect(table.size).toBe(5);
  });

  it('forgets every word when cleared, and makes them again', () => {
    let made = 0;
    const table = new SpanTable(() => ++made);
    expect([table.at('le la', 0, 2), table.at('le la', 3, 5), table.at('la', 0, 2)]).toEqual([1, 2, 2]);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.at('la', 0, 2)).toBe(3);
  });
});
