import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../src/entities/word-spans.ts';

/** The spans the expressions the scanner stands for find. */
const matched = (text: string, withStop: boolean) =>
  [...text.matchAll(withStop ? /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?/gu : /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)].flatMap((match) => [
    match.index,
    match.index + match[0].length,
  ]);

describe('wordSpans', () => {
  it('finds the words the regular expression finds, in any text', () => {
    const tricky = fc.constantFrom(...'aZé9-\'’. ,«»\u00a0\u202f\u0301ǅ٣²Ⅻ_'.split(''), '𝐀', '\ud800');
    const text = fc.oneof(fc.array(tricky, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
    for (const withStop of [true, false]) {
      fc.assert(
        fc.property(text, (value) => {
          expect(wordSpans(value, withStop)).toEqual(matched(value, withStop));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("keeps inner hyphens and apostrophes, and an abbreviation's full stop when asked", () => {
    const text = "M. Le Drian, aujourd'hui aux États-Unis - ou pas.";
    const words = (withStop: boolean) => {
      const spans = wordSpans(text, withStop);
      return spans.filter((_, index) => index % 2 === 0).map((start, index) => text.slice(start, spans[2 * index + 1]));
    };
    expect(words(true)).toEqual(['M.', 'Le', 'Drian', "aujourd'hui", 'aux', 'États-Unis', 'ou', 'pas.']);
    expect(words(false)).toEqual(['M', 'Le', 'Drian', "aujourd'hui", 'aux', 'États-Unis', 'ou', 'pas']);
  });
});
