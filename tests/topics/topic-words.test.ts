import { describe, expect, it } from 'vitest';
import { spellingOf } from '../../src/topics/topic-words.ts';

describe('spellingOf', () => {
  it('leaves out of topics stop words, elisions, places, numbers, adverbs and short words', () => {
    for (const written of ['les', 'Dans', "l'armée", 'd’Israël', 'israéliennes', 'Gaza', '2024', 'rapidement', 'an']) {
      expect([written, spellingOf(written).word]).toEqual([written, undefined]);
    }
  });

  it('gives every spelling of a word the same word, with its stem and what its ending says', () => {
    const [lower, upper] = [spellingOf('défense'), spellingOf('Défense')];
    expect([lower.capital, upper.capital]).toEqual([false, true]);
    expect(upper.word).toBe(lower.word);
    expect(lower.word).toMatchObject({ text: 'défense', verb: false, adjective: false, stem: { text: 'défens' } });
    expect(spellingOf('impliquant').word).toMatchObject({ verb: true });
    expect(spellingOf('nucléaires').word).toMatchObject({ adjective: true });
    expect(spellingOf('jugé').word).toMatchObject({ participle: true });
  });
});
