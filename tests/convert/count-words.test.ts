import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countParagraphWords, countSegmentedWords, countWords, readingMinutes, WORD_CLASSES } from '../../src/convert/count-words.ts';

const known = [...Array(0x10000).keys()].filter((unit) => WORD_CLASSES[unit] !== 0).map((unit) => String.fromCharCode(unit));
const seeds = new URL('../../seeds/', import.meta.url);

describe('countWords', () => {
  it('counts as the platform segmenter does, on text made of the characters it reads itself', () => {
    const tricky = fc.constantFrom(...'aZé9:·,;.\'’‘ -«»\n'.split(''));
    const text = fc.array(fc.oneof(fc.constantFrom(...known), tricky), { maxLength: 40 }).map((units) => units.join(''));
    fc.assert(fc.property(text, (value) => countWords(value) === countSegmentedWords(value)), { numRuns: 20_000 });
  });

  it('counts as the platform segmenter does around each of those characters', () => {
    for (const unit of known) {
      const text = `x${unit}y ${unit} 1${unit}2 ${unit}${unit}a${unit}`;
      expect([unit, countWords(text)]).toEqual([unit, countSegmentedWords(text)]);
    }
  });

  it('leaves any other text to the platform segmenter', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (value) => countWords(value) === countSegmentedWords(value)));
    expect(countWords('Ελλάδα και Κύπρος')).toBe(3);
    expect(countWords('a_b c\u202Fd')).toBe(countSegmentedWords('a_b c\u202Fd'));
  });

  it('counts the real seeds as the platform segmenter does', () => {
    for (const name of readdirSync(seeds)) {
      const text = readFileSync(new URL(name, seeds), 'utf8');
      expect(countWords(text)).toBe(countSegmentedWords(text));
    }
    expect(countWords("l'armée a tiré 3,5 obus le 2024-06-01.")).toBe(9);
  });

  it('counts paragraphs as their text joined by line ends, which no word spans', () => {
    const tricky = fc.constantFrom(...'aZé9:·,;.\'’‘ -«»_\u0301\u200d'.split(''), 'import', '3,5');
    const paragraph = fc.oneof(fc.array(tricky, { maxLength: 15 }).map((units) => units.join('')), fc.string({ unit: 'grapheme', maxLength: 20 }));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => countParagraphWords(paragraphs) === countWords(paragraphs.join('\n'))),
      { numRuns: 5000 },
    );
  });

  it('rounds reading time up to whole minutes, at least one', () => {
    expect([0, 1, 200, 201].map(readingMinutes)).toEqual([1, 1, 1, 2]);
  });
});
