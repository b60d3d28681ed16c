import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { documentTerms } from '../../src/topics/document-terms.ts';

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
    const { stems, phrases } = documentTerms(['La défense antimissile progresse. Les défenses antimissiles et la défense antimissile coûtent.']);
    const phrase = phrases.find(([form]) => form === 'défense antimissile');
    expect(phrase?.[1]).toBe(3);
    expect((phrase!.slice(2) as number[]).map((index) => stems[index])).toEqual(['défens', 'antimissil']);
  });
});

describe('documentTerms: phrases and what separates them', () => {
  const phrase = (paragraphs: string[], form: string) => documentTerms(paragraphs).phrases.find(([text]) => text === form);

  it('reads a phrase across any white space, and no phrase across punctuation', () => {
    expect(phrase(['La défense\u00a0antimissile et la défense\tantimissile.'], 'défense antimissile')?.[1]).toBe(2);
    expect(phrase(['La défense, antimissile et la défense ; antimissile.'], 'défense antimissile')).toBeUndefined();
  });

  it('shows a phrase as first written when two ways of writing it are as frequent', () => {
    const paragraphs = ['Les défenses antimissiles tiennent. La défense antimissile tient.'];
    expect(phrase(paragraphs, 'défenses antimissiles')?.[1]).toBe(2);
    expect(phrase(paragraphs, 'défense antimissile')).toBeUndefined();
    expect(phrase(paragraphs.map((text) => text.split('. ').reverse().join('. ')), 'défense antimissile')?.[1]).toBe(2);
  });
});

describe('documentTerms: white space as regular expressions know it', () => {
  it('joins a phrase across any character `\\s` matches, and across no other mark', () => {
    const phraseCount = (separator: string) =>
      documentTerms([`La défense${separator}antimissile et la défense${separator}antimissile.`]).phrases.find(([text]) => text === 'défense antimissile')?.[1];
    for (let unit = 0; unit < 0x10000; unit++) {
      const separator = String.fromCharCode(unit);
      // Letters, digits, joiners and surrogates are part of words, not between them.
      if (/[\p{L}\p{N}\p{M}'’\-\uD800-\uDFFF]/u.test(separator)) continue;
      expect(phraseCount(separator), `U+${unit.toString(16).padStart(4, '0')}`).toBe(/\s/u.test(separator) ? 2 : undefined);
    }
  });
});
