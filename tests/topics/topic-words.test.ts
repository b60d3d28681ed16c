import { describe, expect, it } from 'vitest';
import { spellingOf, topicWord } from '../../src/topics/topic-words.ts';

describe('spellingOf', () => {
  it('leaves out of topics stop words, elisions, places, numbers, adverbs and short words', () => {
    for (const written of ['les', 'Dans', "l'armée", 'd’Israël', 'israéliennes', 'Gaza', '2024', 'rapidement', 'an']) {
      expect([written, topicWord(spellingOf(written))]).toEqual([written, undefined]);
    }
  });

  it('gives every spelling of a word the same word, with its stem and what its ending says', () => {
    const [lower, upper] = [spellingOf('défense'), spellingOf('Défense')];
    expect([lower.capital, upper.capital]).toEqual([false, true]);
    expect(topicWord(upper)).toBe(topicWord(lower));
    expect(topicWord(lower)).toMatchObject({ text: 'défense', verb: false, adjective: false, stem: { text: 'défens' } });
    expect(topicWord(spellingOf('impliquant'))).toMatchObject({ verb: true });
    expect(topicWord(spellingOf('nucléaires'))).toMatchObject({ adjective: true });
    expect(topicWord(spellingOf('jugé'))).toMatchObject({ participle: true });
  });
});
