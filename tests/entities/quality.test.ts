import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { QUALITY_TARGETS, SCORED_TYPES, scoreEntities, type EntityLists } from '../../src/entities/evaluate.ts';
import { extractEntities } from '../../src/entities/extract-entities.ts';

const file = path.resolve(import.meta.dirname, '../fixtures/entities/paragraphs.json');
const { paragraphs } = JSON.parse(readFileSync(file, 'utf8')) as { paragraphs: ({ id: string; text: string } & EntityLists)[] };

it('meets the precision and recall targets on the hand-annotated paragraphs', () => {
  expect(paragraphs.length).toBeGreaterThanOrEqual(20);
  const { scores } = scoreEntities(paragraphs.map((p) => ({ id: p.id, expected: p, found: extractEntities([p.text]) })));
  for (const type of SCORED_TYPES) {
    expect.soft(scores[type].precision, `${type} precision`).toBeGreaterThanOrEqual(QUALITY_TARGETS[type].precision);
    expect.soft(scores[type].recall, `${type} recall`).toBeGreaterThanOrEqual(QUALITY_TARGETS[type].recall);
  }
});
