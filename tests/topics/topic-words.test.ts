import { describe, expect, it } from 'vitest';
import { readWords } from '../../src/entities/read-words.ts';
import { forgetWords, startsWithCapital, topicWord } from '../../src/topics/topic-words.ts';

/** The one word `text` is read as. */
const read = (text: string) => {
  const { words } = readWords(text);
  expect(words).toHaveLength(1);
  return words[0];
};

describe('topicWord', () => {
  it('leaves out of topics stop words, elisions, places, numbers, adverbs and short words', () => {
    for (const written of ['les', 'Dans', "l'armée", 'd’Israël', 'israéliennes', 'Gaza', '2024', 'rapidement', 'an']) {
      expect([written, topicWord(read(written))]).toEqual([written, undefined]);
    }
  });

  it('gives every spelling of a word the same word, with its stem and what its ending says', () => {
    const [lower, upper, stopped] = [read('défense'), read('Défense'), read('défense.')];
    expect([startsWithCapital(lower), startsWithCapital(upper)]).toEqual([false, true]);
    expect(topicWord(upper)).toBe(topicWord(lower));
    expect(topicWord(stopped)).toBe(topicWord(lower));
    expect(topicWord(lower)).toMatchObject({ text: 'défense', verb: false, adjective: false, stem: { text: 'défens' } });
    expect(topicWord(read('impliquant'))).toMatchObject({ verb: true });
    expect(topicWord(read('nucléaires'))).toMatchObject({ adjective: true });
    expect(topicWord(read('jugé'))).toMatchObject({ participle: true });
  });

  it('once its words are forgotten, leads every spelling of a word, read before or after, to the word made anew', () => {
    const before = topicWord(read('défense'));
    forgetWords();
    const after = topicWord(read('Défense'));
    expect(after).toMatchObject({ text: 'défense' });
    expect(after).not.toBe(before);
    expect(topicWord(read('défense'))).toBe(after);
    expect(topicWord(read('défense.'))).toBe(after);
  });
});
