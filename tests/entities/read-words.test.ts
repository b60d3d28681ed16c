import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWords } from '../../src/entities/read-words.ts';
import { wordSpans } from '../../src/entities/word-spans.ts';

describe('readWords', () => {
  it("gives the scanner's spans and, for each, the word written there, in any text", () => {
    const tricky = fc.constantFrom(...'aZé9-\'’. ,«»\u00a0'.split(''), 'M.', 'Israël', 'israël', '𝐀');
    const text = fc.oneof(fc.array(tricky, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(text, (value) => {
        const { spans, words } = readWords(value);
        expect(spans).toEqual(wordSpans(value, true));
        expect(words.map((word) => word.text)).toEqual(words.map((_, index) => value.slice(spans[2 * index], spans[2 * index + 1])));
      }),
      { numRuns: 3000 },
    );
  });

  it('shares one written word between all occurrences of a spelling, and only of that spelling', () => {
    // Many distinct words, so that the table grows while words are looked up again.
    const many = Array.from({ length: 5000 }, (_, index) => `mot${index.toString(36)}`);
    const first = readWords(many.join(' ')).words;
    const again = readWords([...many].reverse().join(', ')).words.reverse();
    expect(again.every((word, index) => word === first[index])).toBe(true);
    expect(new Set(first).size).toBe(many.length);
    const { words } = readWords('Israël israël Israël. Israël');
    expect([words[0] === words[3], words[0] === words[1], words[0] === words[2]]).toEqual([true, false, false]);
  });
});
