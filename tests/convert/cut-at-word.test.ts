import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtWord, stripTrailingPunctuation, trimEnd } from '../../src/convert/cut-at-word.ts';

const WORDS = ['les', 'généraux', 'de', "l'armée", 'israélienne', 'ont', 'rencontré', 'à', 'Bahreïn', 'leurs', 'homologues', 'et', 'la', 'coopération,', 'régionale.', '«', 'sécurité', '»', 'Émirats', 'arabes', 'unis', '—', 'Manama;', 'défense:'];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 50 }).map((words) => words.join(' '));
// Starts with a word that fits with its ellipsis, so that a whole-word cut always exists.
const prose = fc.tuple(fc.constantFrom('Les', 'Selon', 'Bahreïn'), text).map(([first, rest]) => `${first} ${rest}`);

describe('cutAtWord', () => {
  it('returns a text that fits unchanged, without ellipsis (the limit is inclusive)', () => {
    expect(cutAtWord('Les généraux', 12)).toBe('Les généraux');
    expect(cutAtWord('Les généraux', 200)).toBe('Les généraux');
  });

  it('cuts at a word boundary and drops dangling function words (its own example)', () => {
    expect(cutAtWord("les généraux de l'armée", 20)).toBe('les généraux…');
  });

  it('counts the ellipsis in the limit: a last word that fits only without it is dropped', () => {
    expect(cutAtWord('Les ministres arabes parlent longtemps', 28)).toBe('Les ministres arabes…');
    expect(cutAtWord('Les ministres arabes parlent longtemps', 29)).toBe('Les ministres arabes parlent…');
  });

  it('drops punctuation debris before the ellipsis', () => {
    expect(cutAtWord('Les généraux, les colonels et les soldats', 15)).toBe('Les généraux…');
    expect(cutAtWord('Il a dit : « nous vaincrons » et puis rien', 17)).toBe('Il a dit…');
  });

  it('cuts mid-word only when no whole word fits', () => {
    expect(cutAtWord('Anticonstitutionnellement', 10)).toBe('Anticonst…');
    expect(cutAtWord('« homologues les', 12)).toBe('« homologue…');
  });

  it('never leaves half of a surrogate pair (emoji, rare CJK) before the ellipsis', () => {
    expect(cutAtWord('😀'.repeat(100), 10).isWellFormed()).toBe(true);
  });

  it('does not leave a dangling function word that stood before a dash', () => {
    expect(cutAtWord('les armées du Golfe et — fait rare — celles', 26)).toBe('les armées du Golfe…');
  });

  it('keeps any text within the limit, with an ellipsis exactly when it cut', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 12, max: 200 }), (input, max) => {
        const cut = cutAtWord(input, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.endsWith('…')).toBe(input.length > max);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps whole words: what precedes the ellipsis is the text up to a word boundary', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 20, max: 200 }), (input, max) => {
        const cut = cutAtWord(input, max);
        if (!cut.endsWith('…')) return;
        const kept = cut.slice(0, -1);
        expect(input.startsWith(kept)).toBe(true);
        expect(input.charAt(kept.length)).toMatch(/[\s.,;:]/u);
        expect(kept).not.toMatch(/[\s.,;:«(–—-]$/u);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stripTrailingPunctuation', () => {
  it('drops trailing spaces, stops, commas, colons, dashes and opening quotes or brackets', () => {
    expect(stripTrailingPunctuation('a b, « (')).toBe('a b');
    expect(stripTrailingPunctuation('Manama ; — ')).toBe('Manama');
    expect(stripTrailingPunctuation('fin.')).toBe('fin');
  });

  it('keeps closing quotes, question and exclamation marks and ellipses, which end a text properly', () => {
    expect(stripTrailingPunctuation('Quoi ?')).toBe('Quoi ?');
    expect(stripTrailingPunctuation('« non »')).toBe('« non »');
    expect(stripTrailingPunctuation('Enfin !')).toBe('Enfin !');
    expect(stripTrailingPunctuation('et puis…')).toBe('et puis…');
  });
});

// What the functions above did with regular expressions, split and join: they read the text
// back from its end instead, and must give the same.
const DANGLING = new Set(
  (
    "a à au aux avec ce ces cet cette d' d’ dans de des du en entre et l' l’ la le les leur leurs ou par " +
    "pour qu' qu’ que qui sa se ses son sur un une plus très ne n' n’ s' s’ est sont ont été face quant"
  ).split(' '),
);
const TRAILING_PUNCTUATION = /[\s.,;:«(\[–—-]+$/u;
const expressions = {
  trimEnd(text: string): string {
    let words = text.replace(TRAILING_PUNCTUATION, '').split(/\s+/u);
    while (words.length > 1 && DANGLING.has(words[words.length - 1].toLocaleLowerCase('fr'))) {
      words = words.slice(0, -1).join(' ').replace(TRAILING_PUNCTUATION, '').split(/\s+/u);
    }
    return words.join(' ');
  },
  cutAtWord(text: string, maxLength: number): string {
    if (text.length <= maxLength) return text;
    const room = text.slice(0, maxLength);
    const words = room.split(/\s+/u);
    words.pop();
    const kept = expressions.trimEnd(words.join(' ')) || Array.from(room).slice(0, -1).join('').slice(0, maxLength - 1);
    return `${kept.replace(/[\uD800-\uDBFF]$/, '')}…`;
  },
};

describe('cutAtWord, trimEnd and stripTrailingPunctuation', () => {
  it('give what the same rules written with expressions, split and join give, on any mix of words, spaces and debris', () => {
    const unit = fc.constantFrom(...WORDS, 'De', 'LES', 'l’', "qu'", ' ', '  ', '\t', '\n', '\u00A0', '\u202F', '.', ',', ';', ':', '«', '»', '(', '[', '–', '—', '-', '…', '😀', '\uD83D');
    const mixed = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
    fc.assert(
      fc.property(mixed, fc.integer({ min: 1, max: 120 }), (input, max) => {
        expect(cutAtWord(input, max)).toBe(expressions.cutAtWord(input, max));
        expect(trimEnd(input)).toBe(expressions.trimEnd(input));
        expect(stripTrailingPunctuation(input)).toBe(input.replace(TRAILING_PUNCTUATION, ''));
      }),
      { numRuns: 5000 },
    );
  });
});
