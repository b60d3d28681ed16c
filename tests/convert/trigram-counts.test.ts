import { describe, expect, it } from 'vitest';
import { CANDIDATES } from '../../src/convert/detect-language.ts';
import { francUnits, latinModel } from '../../src/convert/franc-models.ts';
import { closestCounted, countedTrigrams, countUnits, startCounting } from '../../src/convert/trigram-counts.ts';

const model = latinModel(CANDIDATES);
const english = 'The quick brown fox jumps over the lazy dog and keeps running through the field all day long.';
const french = 'Le ministre des Armées a présenté mardi la loi de programmation militaire devant les députés.';

function counted(sample: string): Map<number, number> {
  startCounting(model);
  countUnits(francUnits(sample));
  return countedTrigrams();
}

describe('trigram counts', () => {
  it('counts each trigram of the text as often as it occurs', () => {
    const once = counted(english);
    const twice = counted(`${english} ${english}`);
    expect(once.size).toBeGreaterThan(30);
    // The text twice has each of its trigrams twice, and one more across the join.
    for (const [id, count] of once) expect(twice.get(id)).toBeGreaterThanOrEqual(2 * count);
  });

  it('names the closest language, and starts the next count from zero', () => {
    startCounting(model);
    countUnits(francUnits(french));
    expect(closestCounted()).toBe('fra');
    expect(counted(english)).toEqual(counted(english));
    startCounting(model);
    countUnits(francUnits(english));
    expect(closestCounted()).toBe('eng');
  });

  it('starts from zero after a count given up before its end', () => {
    const alone = counted(english);
    startCounting(model);
    countUnits(francUnits(french)); // given up: no closest language asked
    expect(counted(english)).toEqual(alone);
  });
});
