import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFunctionWord, namesFewWords, onlyFunctionWords, withoutFunctionWords } from '../../src/lib/search-words.ts';

describe('isFunctionWord', () => {
  it('knows the articles, prepositions and pronouns of every article, in any case and punctuated', () => {
    for (const word of ['des', 'Les', 'DU', 'à', 'À', 'et,', '(de', 'qu']) expect(isFunctionWord(word), word).toBe(true);
  });

  it('leaves out the words that select articles, even short or common ones', () => {
    for (const word of ['défense', 'ministre', 'premier', 'seul', 'ONU', 'UE', 'Iran', 'dès', 'destruction', 'l’armée']) {
      expect(isFunctionWord(word), word).toBe(false);
    }
  });

  it('takes a decomposed accent as the composed one (« à » typed as a + U+0300)', () => {
    expect(isFunctionWord('a\u0300')).toBe(true);
  });
});

describe('withoutFunctionWords', () => {
  it('keeps the words that select articles, in their order', () => {
    expect(withoutFunctionWords('ministre des Armées')).toBe('ministre Armées');
    expect(withoutFunctionWords('  la   défense de l’Europe ')).toBe('défense l’Europe');
  });

  it('leaves a query of function words alone, as nothing else would be searched', () => {
    expect(withoutFunctionWords('les')).toBe('les');
    expect(withoutFunctionWords('  et  à ')).toBe('et à');
  });

  it('leaves a quoted phrase whole: Pagefind matches it word for word', () => {
    expect(withoutFunctionWords('"ministre des Armées"')).toBe('"ministre des Armées"');
  });

  const word = fc.oneof(fc.constantFrom('des', 'les', 'la', 'à', 'Et', 'du'), fc.stringMatching(/^[a-zéè]{1,8}$/));

  it('keeps every other word, and keeps a word whenever the query has one', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const result = withoutFunctionWords(words.join(' ')).split(' ');
        const others = words.filter((candidate) => !isFunctionWord(candidate));
        expect(result).toEqual(others.length > 0 ? others : words);
        expect(withoutFunctionWords(result.join(' '))).toBe(result.join(' '));
      }),
    );
  });
});

describe('namesFewWords', () => {
  it('is true once the last word has three letters and is no function word', () => {
    expect(namesFewWords('déf')).toBe(true);
    expect(namesFewWords('ministre des Armées')).toBe(true);
    expect(namesFewWords('Iran ')).toBe(true);
  });

  it('is false while the last word is short or a function word: it would load most of the index', () => {
    for (const query of ['d', 'dé', 'ministre de', 'des', 'ministre des', 'Les', 'armée à'])
      expect(namesFewWords(query), query).toBe(false);
  });
});

describe('onlyFunctionWords', () => {
  it('is true for a query of function words only, quoted or not', () => {
    for (const query of ['les', ' de  la ', 'Des', 'À', '"des"', '" les "', 'et,']) expect(onlyFunctionWords(query), query).toBe(true);
  });

  it('is false as soon as a word selects articles, and for an empty query', () => {
    for (const query of ['', '  ', '""', 'Kochavi des', '"ministre des Armées"', 'destinée', 'Le Pen']) expect(onlyFunctionWords(query), query).toBe(false);
  });

  it('is true exactly when every word is a function word', () => {
    const word = fc.oneof(fc.constantFrom('des', 'les', 'la', 'à', 'Et', 'du'), fc.stringMatching(/^[a-zéè]{1,8}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.boolean(), (words, quoted) => {
        const query = quoted ? `"${words.join(' ')}"` : words.join(' ');
        expect(onlyFunctionWords(query)).toBe(words.every(isFunctionWord));
      }),
    );
  });
});
