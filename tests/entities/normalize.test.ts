import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, foldText } from '../../src/entities/normalize.ts';

// Characters whose folding has a trap: accents precomposed or combining, every kind of space,
// typographic apostrophes and dashes, « İ » (two units lowered), « Σ » (lowered by context),
// « ß », Greek, Cyrillic, surrogate pairs and lone halves, NUL.
const TRICKY = [
  ...'aZ09 .,;:!?\'"`´’ʼ‘‐‑‒–—-ÀÉèêëÇçÔœŒæßẞİıÅåǅǄĲŉΣσςΆάЁёﬁＡ',
  '\t', '\n', '\r', '\u00a0', '\u202f', '\u2009', '\u2000', '\u3000', '\ufeff', '\u2028',
  '\u0301', '\u0308', '\u0327', '\u0000', '\u00ad', '😀', '\ud83d', '\ude00',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((units) => units.join('')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('foldKey', () => {
  it('folds accents, case, apostrophes, dashes and spaces', () => {
    expect(foldKey('l’Armée  Israélienne ')).toBe("l'armee israelienne");
    expect(foldKey('Sud‐Soudan — ÉTATS-UNIS')).toBe('sud-soudan - etats-unis');
    expect(foldKey('ΟΔΥΣΣΕΥΣ')).toBe('οδυσσευς');
  });

  it('gives what folding the whole text gives, unit by unit or not', () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(foldKey(sample)).toBe(foldText(sample));
      }),
      { numRuns: 20_000 },
    );
  });

  it('folds texts longer than its buffer', () => {
    const long = 'Élysée  ’ '.repeat(600);
    expect(foldKey(long)).toBe(foldText(long));
  });
});
