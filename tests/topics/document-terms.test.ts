import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { documentTerms, MAX_PHRASE_WORDS, type DocumentTerms } from '../../src/topics/document-terms.ts';

/** The phrase of `terms` shown as `form`: its count and its stems. */
function phraseOf({ stems, forms, counts, phraseStems }: DocumentTerms, form: string): { count: number; stems: string[] } | undefined {
  const phrase = forms.indexOf(form);
  if (phrase < 0) return undefined;
  const places = phraseStems.slice(MAX_PHRASE_WORDS * phrase, MAX_PHRASE_WORDS * (phrase + 1));
  return { count: counts[phrase], stems: places.filter((index) => index >= 0).map((index) => stems[index]) };
}

const documents = generateCorpus(12, 9).map(({ text }) => text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('date ')));

describe('documentTerms', () => {
  it('depends on the document alone, not on the documents read before it', () => {
    const first = documentTerms(documents[0]);
    for (const other of documents.slice(1)) documentTerms(other);
    expect(documentTerms(documents[0])).toEqual(first);
  });

  it('is plain data that survives being stored', () => {
    const terms = documentTerms(documents[1]);
    expect(v8.deserialize(v8.serialize(terms))).toEqual(terms);
    expect(JSON.parse(JSON.stringify(terms))).toEqual(terms);
  });

  it('keeps a phrase with its count, its stems and the form it is most often written in', () => {
    const terms = documentTerms(['La défense antimissile progresse. Les défenses antimissiles et la défense antimissile coûtent.']);
    expect(phraseOf(terms, 'défense antimissile')).toEqual({ count: 3, stems: ['défens', 'antimissil'] });
    expect(terms.forms.length * MAX_PHRASE_WORDS).toBe(terms.phraseStems.length);
    expect(terms.counts.length).toBe(terms.forms.length);
  });
});

describe('documentTerms: phrases and what separates them', () => {
  const phrase = (paragraphs: string[], form: string) => phraseOf(documentTerms(paragraphs), form);

  it('reads a phrase across any white space, and no phrase across punctuation', () => {
    expect(phrase(['La défense\u00a0antimissile et la défense\tantimissile.'], 'défense antimissile')?.count).toBe(2);
    expect(phrase(['La défense, antimissile et la défense ; antimissile.'], 'défense antimissile')).toBeUndefined();
  });

  it('shows a phrase as first written when two ways of writing it are as frequent', () => {
    const paragraphs = ['Les défenses antimissiles tiennent. La défense antimissile tient.'];
    expect(phrase(paragraphs, 'défenses antimissiles')?.count).toBe(2);
    expect(phrase(paragraphs, 'défense antimissile')).toBeUndefined();
    expect(phrase(paragraphs.map((text) => text.split('. ').reverse().join('. ')), 'défense antimissile')?.count).toBe(2);
  });
});

describe('documentTerms: white space as regular expressions know it', () => {
  it('joins a phrase across any character `\\s` matches, and across no other mark', () => {
    const phraseCount = (separator: string) =>
      phraseOf(documentTerms([`La défense${separator}antimissile et la défense${separator}antimissile.`]), 'défense antimissile')?.count;
    for (let unit = 0; unit < 0x10000; unit++) {
      const separator = String.fromCharCode(unit);
      // Letters, digits, joiners and surrogates are part of words, not between them.
      if (/[\p{L}\p{N}\p{M}'’\-\uD800-\uDFFF]/u.test(separator)) continue;
      expect(phraseCount(separator), `U+${unit.toString(16).padStart(4, '0')}`).toBe(/\s/u.test(separator) ? 2 : undefined);
    }
  });
});
