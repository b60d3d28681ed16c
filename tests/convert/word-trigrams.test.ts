import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANDIDATES } from '../../src/convert/detect-language.ts';
import { francUnits, latinModel, scriptOf } from '../../src/convert/franc-models.ts';
import { countedTrigrams, countUnits, startCounting } from '../../src/convert/trigram-counts.ts';
import { countWordTrigrams } from '../../src/convert/word-trigrams.ts';
import { readWords } from '../../src/entities/read-words.ts';
import { sentencePool } from '../../scripts/bench/corpus.ts';

const model = latinModel(CANDIDATES);

/** What the sample's own units count: the trigrams of `francUnits(sample)`. */
function unitCounts(sample: string): Map<number, number> {
  startCounting(model);
  countUnits(francUnits(sample));
  return countedTrigrams();
}

/** What the paragraphs' words count for the same sample, or undefined when they leave it to the sample. */
function wordCounts(paragraphs: string[], sampleLength: number): Map<number, number> | undefined {
  return countWordTrigrams(paragraphs, paragraphs.map(readWords), sampleLength, model) ? countedTrigrams() : undefined;
}

// Words, gaps and what sits between them: elisions, hyphens, digits, an abbreviation's full
// stop, the punctuation franc keeps as letters (« — … €), white space of every kind.
const tricky = fc.constantFrom(
  ...'aZé9:·,;.\'’‘ -«»—–…€°“”\n\t\u00a0\u202f_'.split(''),
  "aujourd'hui",
  'M.',
  '2024',
  'l’armée',
  'F-16',
  'ÉTATS-UNIS',
  "d'Israël.",
);
const pool = sentencePool();
const plainPiece = fc.oneof(fc.constantFrom(...pool.slice(0, 80)), fc.array(tricky, { maxLength: 24 }).map((units) => units.join('')));
const plainParagraph = fc.array(plainPiece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(' '));

/** Paragraphs and a sample length from none of their characters to all of them joined, ending anywhere. */
const sampled = (paragraph: fc.Arbitrary<string>) =>
  fc.array(paragraph, { minLength: 1, maxLength: 8 }).chain((paragraphs) =>
    fc.tuple(fc.constant(paragraphs), fc.integer({ min: 0, max: paragraphs.join('\n').length })),
  );

describe('countWordTrigrams', () => {
  it('counts the trigrams the sample itself gives, cut anywhere, on text mostly in Latin script', () => {
    fc.assert(
      fc.property(sampled(plainParagraph), ([paragraphs, length]) => {
        const sample = paragraphs.join('\n').slice(0, length);
        const expected = unitCounts(sample);
        const counted = wordCounts(paragraphs, length);
        // Left to the sample only when Latin script is not most of it (franc may take it for Latin all the same).
        if (counted === undefined) return [...sample].filter((character) => /\p{Script=Latin}/u.test(character)).length * 2 <= sample.length;
        expect(counted).toEqual(expected);
        return scriptOf(sample, CANDIDATES) === model;
      }),
      { numRuns: 3000 },
    );
  });

  it('counts as the sample, or leaves it to the sample, on any text', () => {
    const piece = fc.oneof(plainPiece, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('İstanbul', 'ΣΟΦΙΑ', '𝐀𝐁', 'é\u0301'));
    const paragraph = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(' '));
    fc.assert(
      fc.property(sampled(paragraph), ([paragraphs, length]) => {
        const sample = paragraphs.join('\n').slice(0, length);
        const expected = unitCounts(sample);
        const counted = wordCounts(paragraphs, length);
        if (counted !== undefined) expect(counted).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same counts again for words it has met before', () => {
    const paragraphs = [pool.slice(0, 6).join(' '), pool.slice(6, 12).join(' ')];
    const length = Math.min(1000, paragraphs.join('\n').length);
    const first = wordCounts(paragraphs, length);
    expect(first).toEqual(unitCounts(paragraphs.join('\n').slice(0, length)));
    expect(wordCounts(paragraphs, length)).toEqual(first);
  });
});
