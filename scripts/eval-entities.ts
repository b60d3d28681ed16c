// Measures entity extraction against hand-annotated French news paragraphs and prints
// precision and recall per type, for each set in tests/fixtures/entities/:
//   paragraphs.json  the development set, which the targets are checked on;
//   held-out.json    a second set written apart and never tuned on, to show how the
//                    extractor does on news it has not seen.
// --details lists every miss and extra. Exits non-zero when the development set misses a target.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from '../src/entities/extract-entities.ts';
import { QUALITY_TARGETS, SCORED_TYPES, scoreEntities, type EntityLists } from '../src/entities/evaluate.ts';

const root = path.resolve(import.meta.dirname, '..');
let developmentMet = true;
for (const [name, checked] of [['paragraphs.json', true], ['held-out.json', false]] as const) {
  const file = path.join(root, 'tests/fixtures/entities', name);
  const { paragraphs } = JSON.parse(readFileSync(file, 'utf8')) as { paragraphs: ({ id: string; text: string } & EntityLists)[] };
  const started = performance.now();
  const cases = paragraphs.map((paragraph) => ({ id: paragraph.id, expected: paragraph, found: extractEntities([paragraph.text]) }));
  const elapsed = performance.now() - started;
  const { scores, differences } = scoreEntities(cases);
  const rows = SCORED_TYPES.map((type) => {
    const score = scores[type];
    const target = QUALITY_TARGETS[type];
    const met = score.precision >= target.precision && score.recall >= target.recall;
    if (checked && !met) developmentMet = false;
    return {
      type,
      precision: score.precision.toFixed(3),
      recall: score.recall.toFixed(3),
      f1: score.f1.toFixed(3),
      tp: score.truePositives,
      fp: score.falsePositives,
      fn: score.falseNegatives,
      target: `P≥${target.precision} R≥${target.recall}`,
      met: met ? 'yes' : 'no',
    };
  });
  console.log(`\n${name}${checked ? '' : ' (held out, not checked)'}: ${paragraphs.length} paragraphs, ${Math.round(elapsed)} ms`);
  console.table(rows);
  if (process.argv.includes('--details')) {
    for (const difference of differences) {
      console.log(`${difference.id} ${difference.type}: missing ${JSON.stringify(difference.missing)} extra ${JSON.stringify(difference.extra)}`);
    }
  }
}
process.exit(developmentMet ? 0 : 1);
