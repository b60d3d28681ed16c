import { describe, expect, it } from 'vitest';
import { extractTopics, MAX_TOPICS } from '../../src/topics/extract-topics.ts';

const defence = [
  'La coopération dans le domaine de la défense antimissile progresse. La défense antimissile reste la priorité des armées.',
  'Les experts saluent la défense antimissile et la coopération régionale, malgré le coût des intercepteurs.',
];
const economy = [
  "La banque centrale a relevé ses taux d'intérêt. Les taux d'intérêt pèsent sur le crédit immobilier.",
  "Le crédit immobilier recule et les taux d'intérêt inquiètent les ménages.",
];

describe('extractTopics', () => {
  const [first, second] = extractTopics([defence, economy]);

  it('finds the phrases each article is about, as written', () => {
    expect(first).toContain('défense antimissile');
    expect(second).toContain('crédit immobilier');
  });

  it('ranks what is specific to an article above what every article says', () => {
    const [a, b] = extractTopics([[...defence, 'La réunion a eu lieu.'], [...economy, 'La réunion a eu lieu.']]);
    expect(a[0]).not.toBe('réunion');
    expect(b[0]).not.toBe('réunion');
  });

  it('keeps proper nouns, places, demonyms and stop words out', () => {
    const [topics] = extractTopics([['Les forces israéliennes et Israël ont frappé Gaza. Les forces israéliennes ont frappé Gaza.']]);
    for (const topic of topics) expect(topic).not.toMatch(/israël|israélienne|gaza|les|ont/i);
  });

  it('gives at most eight topics, in a deterministic order', () => {
    expect(first.length).toBeLessThanOrEqual(MAX_TOPICS);
    expect(extractTopics([defence, economy])).toEqual([first, second]);
  });
});
