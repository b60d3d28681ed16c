import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../src/entities/evaluate.ts';

const empty = { people: [], places: [], organizations: [], sources: [] };

describe('scoreEntities', () => {
  it('counts hits, extras and misses per type, up to case and accents', () => {
    const { scores, differences } = scoreEntities([
      { id: 'a', expected: { ...empty, places: ['Israël', 'Iran'] }, found: { ...empty, places: ['israel', 'Gaza'] } },
      { id: 'b', expected: { ...empty, places: ['Gaza'] }, found: { ...empty, places: ['Gaza'] } },
    ]);
    expect(scores.places).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(differences).toEqual([{ id: 'a', type: 'places', missing: ['Iran'], extra: ['Gaza'] }]);
  });

  it('scores a type with nothing expected and nothing found as perfect', () => {
    expect(scoreEntities([{ id: 'a', expected: empty, found: empty }]).scores.people).toMatchObject({ precision: 1, recall: 1 });
  });
});
