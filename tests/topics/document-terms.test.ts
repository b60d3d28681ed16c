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
