import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PHRASE_WORDS, type DocumentTerms } from '../../src/topics/document-terms.ts';
import { MAX_TOPICS, MIN_TOPICS, rankTopics } from '../../src/topics/rank-topics.ts';

/** The ranking as described, every phrase scored and sorted before choosing. */
function described(documents: DocumentTerms[]): string[][] {
  const frequency = new Map<string, number>();
  for (const { stems } of documents) for (const stem of new Set(stems)) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const idf = (stem: string) => Math.log((1 + documents.length) / (1 + frequency.get(stem)!)) + 1;
  return documents.map(({ stems, forms, counts, phraseStems }) => {
    const stemsOf = (phrase: number) =>
      phraseStems.slice(MAX_PHRASE_WORDS * phrase, MAX_PHRASE_WORDS * (phrase + 1)).filter((index) => index >= 0).map((index) => stems[index]);
    const scored = forms
      .map((_, phrase) => ({ phrase, key: stemsOf(phrase).join(' '), score: counts[phrase] * stemsOf(phrase).reduce((sum, stem) => sum + idf(stem), 0) }))
      .sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
    const chosen: number[] = [];
    const covered = new Set<string>();
    for (const { phrase, score } of scored) {
      if (chosen.length >= MAX_TOPICS) break;
      if (chosen.length >= MIN_TOPICS && score < scored[0].score * 0.4) break;
      if (stemsOf(phrase).every((stem) => covered.has(stem))) continue;
      chosen.push(phrase);
      for (const stem of stemsOf(phrase)) covered.add(stem);
    }
    return chosen.map((phrase) => forms[phrase]);
  });
}

const STEMS = ['def', 'antimissil', 'cooper', 'regional', 'taux', 'credit', 'immobili', 'reunion'];
// A document: some of the stems, and phrases of one to three of them, each with a unique key.
const document = fc.subarray(STEMS, { minLength: 1 }).chain((stems) =>
  fc
    .uniqueArray(fc.array(fc.nat(stems.length - 1), { minLength: 1, maxLength: 3 }), { selector: (indexes) => indexes.join(' '), maxLength: 12 })
    .chain((keys) => fc.tuple(fc.constant(stems), fc.array(fc.integer({ min: 1, max: 4 }), { minLength: keys.length, maxLength: keys.length }), fc.constant(keys))),
).map(([stems, counts, keys]): DocumentTerms => ({
  stems,
  forms: keys.map((indexes) => indexes.map((i) => stems[i]).join(' ')),
  counts,
  phraseStems: keys.flatMap((indexes) => [0, 1, 2].map((place) => indexes[place] ?? -1)),
}));

describe('rankTopics', () => {
  it('chooses what scoring and sorting every phrase would choose', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 6 }), (documents) => {
        expect(rankTopics(documents)).toEqual(described(documents));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a document with no phrase no topic', () => {
    expect(rankTopics([{ stems: ['a'], forms: [], counts: [], phraseStems: [] }])).toEqual([[]]);
  });
});
